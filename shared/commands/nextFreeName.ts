import type { Design } from '../model/design';
import type { FrontEndEdition, PoolRole } from '../model/pool';

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

/** The FQDN for a new pool: its role's prefix numbered after the highest in the design, in the design's domain. */
export function nextPoolFqdn(design: Design, role: PoolRole, edition?: FrontEndEdition): string {
  return nextNumberedFqdn(design, role === 'frontEnd' && edition === 'standard' ? 'se' : poolPrefix[role]);
}

/** The FQDN for a new server in a pool of `role`: fe01, fe02... in the design's domain. */
export function nextServerFqdn(design: Design, role: PoolRole): string {
  return nextNumberedFqdn(design, serverPrefix[role]);
}

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

/**
 * `prefix` numbered after the highest number any pool or server of the design has with that prefix, in any
 * domain (so a deleted `fe02` is not handed out again while `fe03` exists), at least two digits: fe01, fe02...
 */
function nextNumberedFqdn(design: Design, prefix: string): string {
  const pattern = new RegExp(`^${prefix}(\\d+)\\.`, 'i');
  const taken = new Set<string>();
  let highest = 0;
  for (const entity of [...design.pools, ...design.servers]) {
    taken.add(entity.fqdn.toLowerCase());
    const match = pattern.exec(entity.fqdn);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return nextFreeFqdn(`${prefix}${String(highest).padStart(2, '0')}.${dominantDomain(design)}`, taken);
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
