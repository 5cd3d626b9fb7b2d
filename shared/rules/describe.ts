import type { DesignIndex } from '../analysis/designIndex';
import type { Link } from '../model/link';
import type { Pool, PoolRole } from '../model/pool';

const roleNames: Record<PoolRole, string> = {
  frontEnd: 'Front End pool',
  backEnd: 'Back End SQL store',
  edge: 'Edge pool',
  director: 'Director pool',
  mediation: 'Mediation pool',
  persistentChat: 'Persistent Chat pool',
  persistentChatStore: 'Persistent Chat store',
  officeWebApps: 'Office Web Apps farm',
  fileStore: 'File store',
  reverseProxy: 'Reverse proxy',
  exchangeUm: 'Exchange UM server',
  sba: 'Survivable Branch Appliance',
  sbs: 'Survivable Branch Server',
  pstnGateway: 'PSTN gateway',
};

/** "Front End pool pool01.contoso.com", "Standard Edition server se01.contoso.com": names a Lync architect uses. */
export function describePool(pool: Pool): string {
  if (pool.role === 'frontEnd' && pool.edition === 'standard') return `Standard Edition server ${pool.fqdn}`;
  return `${roleNames[pool.role]} ${pool.fqdn}`;
}

export function roleName(pool: Pool): string {
  if (pool.role === 'frontEnd' && pool.edition === 'standard') return 'Standard Edition server';
  return roleNames[pool.role];
}

/** "the link Oslo – Bergen". */
export function describeLink(link: Link, index: DesignIndex): string {
  const a = index.sites.get(link.siteA)?.name ?? link.siteA;
  const b = index.sites.get(link.siteB)?.name ?? link.siteB;
  return `the link ${a} – ${b}`;
}

/** Thousands separated by commas, as the Lync documentation writes them; far cheaper than Intl on hot paths. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 80,000 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value);
  return `${rounded < 0 ? '-' : ''}${groupThousands(String(Math.abs(rounded)))}`;
}

/** 1,240.5 kbps (at most one decimal, none when whole) */
export function formatKbps(value: number): string {
  const tenths = Math.round(Math.abs(value) * 10);
  const whole = groupThousands(String(Math.floor(tenths / 10)));
  return `${value < 0 && tenths > 0 ? '-' : ''}${whole}${tenths % 10 ? `.${tenths % 10}` : ''} kbps`;
}
