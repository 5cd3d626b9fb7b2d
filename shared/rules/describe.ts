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

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** 80,000 */
export const formatCount = (value: number): string => integer.format(value);
/** 1,240.5 kbps */
export const formatKbps = (value: number): string => `${decimal.format(value)} kbps`;
