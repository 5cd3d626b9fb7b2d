import { indexDesign } from './analysis/designIndex';
import { linkDemand } from './analysis/linkDemand';
import { poolFigures } from './analysis/poolLoad';
import { siteFigures } from './analysis/siteLoad';
import type { Design } from './model/design';
import { rules } from './rules/registry';
import { severities, type Figures, type Finding } from './rules/rule';

export interface ValidationResult {
  findings: Finding[];
  figures: Figures;
}

const severityRank = new Map(severities.map((severity, rank) => [severity, rank]));

/**
 * The one entry point every host uses: the renderer on every change, the command line, the tests.
 * Findings come most severe first, then by rule id and subject, so their order never flickers.
 */
export function validate(design: Design): ValidationResult {
  const index = indexDesign(design);
  const demand = linkDemand(design, index);
  const figures: Figures = { pools: poolFigures(index), links: demand.links, sites: siteFigures(design, index) };
  const context = { design, index, figures, demandTenths: demand.demandTenths };
  const findings = rules.flatMap((rule) => rule.check(context));
  findings.sort(
    (a, b) =>
      severityRank.get(a.severity)! - severityRank.get(b.severity)! ||
      a.rule.localeCompare(b.rule) ||
      (a.subjects[0] ?? '').localeCompare(b.subjects[0] ?? ''),
  );
  return { findings, figures };
}
