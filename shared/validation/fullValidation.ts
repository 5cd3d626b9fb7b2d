import { type DesignIndex, indexDesign } from '../analysis/designIndex';
import { type LinkDemand, linkDemand } from '../analysis/linkDemand';
import { poolFigures } from '../analysis/poolLoad';
import { pstnCallsByPool } from '../analysis/pstnCalls';
import { sizedFigures } from '../analysis/requiredServers';
import { resolveBandwidthSettings } from '../analysis/resolveSettings';
import { siteFigures } from '../analysis/siteLoad';
import type { Design } from '../model/design';
import { rules } from '../rules/define/registry';
import type { Figures, Finding, Rule, RuleContext } from '../rules/define/rule';
import { collectFindings, sortFindings } from './findingOrder';
import { type FindingsBySubject, groupBySubject } from './findingsBySubject';

export interface ValidationResult {
  /** Most severe first, then by rule id and subject. */
  findings: Finding[];
  figures: Figures;
  /** The lookups the rules used, for views that need the same (the canvas nests boxes by them). */
  index: DesignIndex;
  /** The findings about each entity, in the order of `findings`: what the badges show. */
  findingsBySubject: FindingsBySubject;
}

/**
 * Everything one validation knew, kept so the next design can be checked from what changed. The next incremental
 * validation updates `demand.load` (and so `context.demandTenths`) in place: only the validator may keep a state.
 */
export interface ValidationState {
  design: Design;
  demand: LinkDemand;
  context: RuleContext;
  /** Findings of pool, link and site rules, by rule and subject (only subjects that have findings). */
  scoped: Map<Rule, Map<string, Finding[]>>;
  /** Findings of the design-wide rules. */
  global: Map<Rule, Finding[]>;
  result: ValidationResult;
}

/** How a design is judged: on its own, or as one state of a migration plan (`RuleContext.inPlan`). */
export interface ValidationOptions {
  inPlan?: boolean;
}

/** Every figure and every rule, from the design alone. */
export function fullValidation(design: Design, options: ValidationOptions = {}): ValidationState {
  const index = indexDesign(design);
  const demand = linkDemand(design, index);
  const figures: Figures = {
    pools: poolFigures(design, index),
    links: demand.links,
    sites: siteFigures(design, index),
  };
  const context: RuleContext = {
    design,
    index,
    figures,
    demandTenths: demand.demandTenths,
    bandwidth: resolveBandwidthSettings(design),
    pstnCalls: pstnCallsByPool(design, index),
    inPlan: options.inPlan === true,
  };
  // Every pool a capacity rule sizes says how many servers it needs, from the function the rule compares with.
  for (const pool of index.pools.values())
    figures.pools.set(pool.id, sizedFigures(pool, figures.pools.get(pool.id)!, context));
  const scoped = new Map<Rule, Map<string, Finding[]>>();
  const global = new Map<Rule, Finding[]>();
  for (const rule of rules) {
    if (!rule.scope) {
      global.set(rule, rule.check(context));
      continue;
    }
    const bySubject = new Map<string, Finding[]>();
    const subjects =
      rule.scope.kind === 'pool'
        ? index.pools.keys()
        : rule.scope.kind === 'link'
          ? index.linksById.keys()
          : index.sites.keys();
    for (const subject of subjects) {
      const found = rule.scope.evaluate(subject, context);
      if (found.length > 0) bySubject.set(subject, found);
    }
    scoped.set(rule, bySubject);
  }
  const findings = sortFindings(collectFindings(scoped, global));
  return {
    design,
    demand,
    context,
    scoped,
    global,
    result: { findings, figures, index, findingsBySubject: groupBySubject(findings) },
  };
}
