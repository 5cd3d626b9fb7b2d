import type { Design } from '../model/design';
import type { FrontEndEdition, PoolRole } from '../model/pool';

/** Host-name prefixes a Lync architect expects, by role: fe01, sql01, edge01... */
const serverPrefix: Record<PoolRole, string> = {
  frontEnd: 'fe',
  backEnd: 'sql',
  edge: 'edge',
  director: 'dir',
  mediation: 'med',
  persistentChat: 'pchat',
  persistentChatStore: 'pcsql',
  officeWebApps: 'owas',
  fileStore: 'fs',
  reverseProxy: 'rp',
  exchangeUm: 'um',
  sba: 'sba',
  sbs: 'sbs',
  pstnGateway: 'gw',
};

const poolPrefix: Record<PoolRole, string> = {
  ...serverPrefix,
  frontEnd: 'pool',
  backEnd: 'sqlpool',
  edge: 'edgepool',
  director: 'dirpool',
  mediation: 'medpool',
  persistentChat: 'pchatpool',
};

const DEFAULT_DOMAIN = 'contoso.com';

/** The DNS domain most FQDNs in the design use, so new names follow the planner's own. */
export function dominantDomain(design: Design): string {
  const counts = new Map<string, number>();
  for (const entity of [...design.pools, ...design.servers]) {
    const dot = entity.fqdn.indexOf('.');
    if (dot <= 0) continue;
    const domain = entity.fqdn.slice(dot + 1).toLowerCase();
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  let best = DEFAULT_DOMAIN;
  let bestCount = 0;
  for (const [domain, count] of counts) {
    if (count > bestCount) [best, bestCount] = [domain, count];
  }
  return best;
}

/** `prefix` followed by the next free two-digit number in the design: fe01, fe02, ... */
function nextName(design: Design, prefix: string): string {
  const pattern = new RegExp(`^${prefix}(\\d+)\\.`, 'i');
  let highest = 0;
  for (const entity of [...design.pools, ...design.servers]) {
    const match = pattern.exec(entity.fqdn);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${String(highest + 1).padStart(2, '0')}.${dominantDomain(design)}`;
}

export function nextPoolFqdn(design: Design, role: PoolRole, edition?: FrontEndEdition): string {
  return nextName(design, role === 'frontEnd' && edition === 'standard' ? 'se' : poolPrefix[role]);
}

export function nextServerFqdn(design: Design, role: PoolRole): string {
  return nextName(design, serverPrefix[role]);
}
