import type { Figures, Finding } from '../../../shared/rules/define/rule';
import type { StaleWaiver, WaivedFinding } from '../../../shared/waivers/applyWaivers';

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

/** A waived finding: the finding as cli.md writes it, and the waiver that accepts it (who, when, why). */
export function waivedFindingJson({ finding, waiver }: WaivedFinding) {
  return {
    ...findingJson(finding),
    waiver: { id: waiver.id, reason: waiver.reason, author: waiver.author, waivedAt: waiver.waivedAt },
  };
}

/** A waiver that no longer matches, as the file has it, with the finding the rule gives now, if any. */
export function staleWaiverJson({ waiver, now }: StaleWaiver) {
  return { ...waiver, ...(now ? { now: findingJson(now) } : {}) };
}
