import type { Pool, PoolRole } from '../model/pool';
import { isStandardEdition } from '../model/poolPredicates';

export interface RoleLabel {
  /** What the planning pages call it: "Front End pool", "Exchange UM server". */
  label: string;
  /** The short form for tight places (palette tiles, canvas captions): "Front End", "Exchange UM". */
  short: string;
}

/** The one table of role names: messages, the report, the palette, the canvas, the legend and print all read it. */
export const ROLE_LABELS: Record<PoolRole, RoleLabel> = {
  frontEnd: { label: 'Front End pool', short: 'Front End' },
  backEnd: { label: 'Back End SQL store', short: 'Back End' },
  edge: { label: 'Edge pool', short: 'Edge' },
  director: { label: 'Director pool', short: 'Director' },
  mediation: { label: 'Mediation pool', short: 'Mediation' },
  persistentChat: { label: 'Persistent Chat pool', short: 'Persistent Chat' },
  persistentChatStore: { label: 'Persistent Chat store', short: 'Chat store' },
  officeWebApps: { label: 'Office Web Apps farm', short: 'Office Web Apps' },
  fileStore: { label: 'File store', short: 'File store' },
  reverseProxy: { label: 'Reverse proxy', short: 'Reverse proxy' },
  exchangeUm: { label: 'Exchange UM server', short: 'Exchange UM' },
  sba: { label: 'Survivable Branch Appliance', short: 'SBA' },
  sbs: { label: 'Survivable Branch Server', short: 'SBS' },
  pstnGateway: { label: 'PSTN gateway', short: 'PSTN gateway' },
  // Lync Server 2010 roles; in 2013 Archiving and Monitoring are Front End services (migration.md).
  archiving: { label: 'Archiving Server', short: 'Archiving' },
  monitoring: { label: 'Monitoring Server', short: 'Monitoring' },
};

/** A Standard Edition server is a Front End "pool" of one, but nobody calls it a pool. */
export const STANDARD_EDITION_LABEL: RoleLabel = { label: 'Standard Edition server', short: 'Standard Edition' };

export function roleLabelOf(pool: Pool): RoleLabel {
  return isStandardEdition(pool) ? STANDARD_EDITION_LABEL : ROLE_LABELS[pool.role];
}

/** "Front End pool", "Standard Edition server". */
export function roleName(pool: Pool): string {
  return roleLabelOf(pool).label;
}
