import type { DesignIndex } from '../analysis/designIndex';
import type { Design } from '../model/design';
import type { Link } from '../model/link';
import type { Pool } from '../model/pool';
import { roleName } from './roleLabels';

/** "Front End pool pool01.contoso.com", "Standard Edition server se01.contoso.com": names a Lync architect uses. */
export function describePool(pool: Pool): string {
  return `${roleName(pool)} ${pool.fqdn}`;
}

/** "the link Oslo – Bergen". */
export function describeLink(link: Link, index: DesignIndex): string {
  const a = index.sites.get(link.siteA)?.name ?? link.siteA;
  const b = index.sites.get(link.siteB)?.name ?? link.siteB;
  return `the link ${a} – ${b}`;
}

/**
 * What a person calls any entity, by id: a pool or server by its FQDN, a site by its name, a link by its two
 * sites, a user group by its name (or its count and site). For lists of findings, where a reader scans names.
 */
export function subjectName(design: Design, id: string | undefined): string {
  if (id === undefined) return '(design)';
  const site = design.sites.find((s) => s.id === id);
  if (site) return site.name;
  const named = design.pools.find((pool) => pool.id === id) ?? design.servers.find((server) => server.id === id);
  if (named) return named.fqdn;
  const link = design.links.find((l) => l.id === id);
  if (link) return `${subjectName(design, link.siteA)} – ${subjectName(design, link.siteB)}`;
  const group = design.userGroups.find((g) => g.id === id);
  if (group) return group.name ?? `${group.count} users at ${subjectName(design, group.siteId)}`;
  // A transition finding names its step first (migration.md).
  const steps = design.migration?.steps ?? [];
  const at = steps.findIndex((step) => step.id === id);
  if (at >= 0) return stepTitle(at, steps[at]!.name);
  return id;
}

/** "step 3 — Move the pilot users": a step as the readable output and the runbook name it (its place, 1-based). */
export function stepTitle(stepIndex: number, name: string): string {
  return `step ${stepIndex + 1} — ${name}`;
}
