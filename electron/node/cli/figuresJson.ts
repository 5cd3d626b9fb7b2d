import type { Figures, Finding } from '../../../shared/rules/define/rule';

/** The `figures` object of cli.md's JSON: plain objects keyed by id, kbps rounded to 0.1. */
export function figuresJson(figures: Figures) {
  const pools: Record<string, { users: number; servers: number; requiredServers?: number }> = {};
  for (const [id, pool] of figures.pools) {
    pools[id] = {
      users: pool.users,
      servers: pool.servers,
      ...(pool.requiredServers !== undefined ? { requiredServers: pool.requiredServers } : {}),
    };
  }
  const links: Record<string, Record<string, number>> = {};
  for (const [id, link] of figures.links) {
    links[id] = {
      demandKbps: link.demandKbps,
      capacityKbps: link.capacityKbps,
      utilizationPercent: link.utilizationPercent,
      rtcAllowanceKbps: Math.round(link.rtcAllowanceKbps * 10) / 10,
      ...(link.audioSessionsAdmitted !== undefined
        ? { audioSessionsAdmitted: link.audioSessionsAdmitted, videoSessionsAdmitted: link.videoSessionsAdmitted! }
        : {}),
    };
  }
  return { pools, links };
}

/** A finding as cli.md writes it: value and limit only where the rule compares numbers. */
export function findingJson(finding: Finding) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    subjects: finding.subjects,
    message: finding.message,
    ...(finding.value !== undefined ? { value: finding.value } : {}),
    ...(finding.limit !== undefined ? { limit: finding.limit } : {}),
    source: finding.source,
  };
}
