import type { Design } from '../model/design';
import type { FrontEndEdition, Pool, PoolRole } from '../model/pool';

/**
 * Numbering of names, the way a planner numbers servers, in one place: new pools and servers (`fe01`, `fe02`...),
 * pasted copies (`fe03` -> `fe04`) and copied sites (`Dallas` -> `Dallas 2`) all take the next free number.
 */

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
  archiving: 'arch',
  monitoring: 'mon',
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

/** The domain of new names in a design that has no FQDNs and no default SIP domain of its own. */
const DEFAULT_DOMAIN = 'contoso.com';

/** The FQDN for a new pool: its role's prefix numbered after the highest pool of that prefix, in the design's domain. */
export function nextPoolFqdn(design: Design, role: PoolRole, edition?: FrontEndEdition): string {
  const prefix = role === 'frontEnd' && edition === 'standard' ? 'se' : poolPrefix[role];
  return nextNumberedFqdn(design, prefix, design.pools, takenNames(design));
}

/**
 * The FQDN for a new server of `pool`: its role's prefix numbered after the highest server of that prefix (the
 * pools' numbers play no part: fe01, fe02... whatever the pools are called), skipping every name the design holds.
 * A role whose pool is one computer named like it (a file store, an SBA, a gateway: `fs01`) gives an empty pool's
 * first server the pool's own name, as Topology Builder does; TB-FQDN-UNIQUE allows that for a one-server pool.
 */
export function nextServerFqdn(design: Design, pool: Pool): string {
  const prefix = serverPrefix[pool.role];
  const taken = takenNames(design);
  const empty = !design.servers.some((server) => server.poolId === pool.id);
  if (empty && poolPrefix[pool.role] === prefix && !design.servers.some((server) => sameName(server.fqdn, pool.fqdn)))
    return pool.fqdn;
  return nextNumberedFqdn(design, prefix, design.servers, taken);
}

/**
 * The domain new names take: the design's default SIP domain when the planner set one, otherwise the DNS domain
 * most FQDNs in the design use (so new names follow the planner's own), otherwise contoso.com.
 */
export function domainForNewNames(design: Design): string {
  return design.settings?.defaultSipDomain ?? dominantDomain(design);
}

/** The DNS domain most FQDNs in the design use, or contoso.com when none has one. */
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

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Every pool and server FQDN of the design, in lower case. */
function takenNames(design: Design): Set<string> {
  return new Set([...design.pools, ...design.servers].map((entity) => entity.fqdn.toLowerCase()));
}

/**
 * `prefix` numbered after the highest number `numbered` (the pools, or the servers) has with that prefix, in any
 * domain (so a deleted `fe02` is not handed out again while `fe03` exists), at least two digits, skipping `taken`.
 */
function nextNumberedFqdn(
  design: Design,
  prefix: string,
  numbered: ReadonlyArray<{ fqdn: string }>,
  taken: ReadonlySet<string>,
): string {
  const pattern = new RegExp(`^${prefix}(\\d+)\\.`, 'i');
  let highest = 0;
  for (const entity of numbered) {
    const match = pattern.exec(entity.fqdn);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return nextFreeFqdn(`${prefix}${String(highest).padStart(2, '0')}.${domainForNewNames(design)}`, taken);
}

/**
 * The next name after `fqdn` that `taken` (lower case) does not hold: the number at the end of the first DNS
 * label goes up, keeping its zero padding (`fe03.contoso.com` -> `fe04.contoso.com`, `fe09` -> `fe10`,
 * `sql099` -> `sql100`). A label without a number gets one (`sip` -> `sip2`). Comparison ignores case, as DNS does.
 */
export function nextFreeFqdn(fqdn: string, taken: ReadonlySet<string>): string {
  const dot = fqdn.indexOf('.');
  const label = dot < 0 ? fqdn : fqdn.slice(0, dot);
  const rest = dot < 0 ? '' : fqdn.slice(dot);
  return nextFree(label, taken, (candidate) => `${candidate}${rest}`);
}

/** The same numbering for display names: `Dallas 2` -> `Dallas 3`, `Dallas` -> `Dallas 2`. */
export function nextFreeName(name: string, taken: ReadonlySet<string>): string {
  const spaced = /\s\d+$/.test(name) || !/\d$/.test(name);
  return nextFree(name, taken, (candidate) => candidate, spaced ? ' ' : '');
}

function nextFree(
  label: string,
  taken: ReadonlySet<string>,
  compose: (label: string) => string,
  separator = '',
): string {
  const match = /^(.*?)(\d+)$/.exec(label);
  const stem = match ? match[1]! : `${label}${separator}`;
  const digits = match ? match[2]! : '';
  let number = match ? Number(digits) : 1;
  for (;;) {
    number += 1;
    const candidate = compose(`${stem}${String(number).padStart(digits.length, '0')}`);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
