import { type Pool, type PoolRole, poolRoles } from '../../../shared/model/pool';
import { isStandardEdition } from '../../../shared/model/poolPredicates';
import { ROLE_LABELS, STANDARD_EDITION_LABEL } from '../../../shared/wording/roleLabels';

export type IconName = PoolRole | 'standardEdition' | 'centralSite' | 'branchSite' | 'userGroup' | 'server' | 'link';

export interface RoleStyle {
  label: string;
  short: string;
  color: string;
  icon: IconName;
}

const ROLE_LOOKS: Record<PoolRole, Pick<RoleStyle, 'color' | 'icon'>> = {
  frontEnd: { color: '#2563eb', icon: 'frontEnd' },
  backEnd: { color: '#7c3aed', icon: 'backEnd' },
  edge: { color: '#ea580c', icon: 'edge' },
  director: { color: '#0d9488', icon: 'director' },
  mediation: { color: '#16a34a', icon: 'mediation' },
  persistentChat: { color: '#db2777', icon: 'persistentChat' },
  persistentChatStore: { color: '#9333ea', icon: 'persistentChatStore' },
  officeWebApps: { color: '#c2410c', icon: 'officeWebApps' },
  fileStore: { color: '#475569', icon: 'fileStore' },
  reverseProxy: { color: '#0891b2', icon: 'reverseProxy' },
  exchangeUm: { color: '#4f46e5', icon: 'exchangeUm' },
  sba: { color: '#a16207', icon: 'sba' },
  sbs: { color: '#854d0e', icon: 'sbs' },
  pstnGateway: { color: '#15803d', icon: 'pstnGateway' },
  archiving: { color: '#78716c', icon: 'archiving' },
  monitoring: { color: '#78716c', icon: 'monitoring' },
};

/** Each role's name (from the one table of role labels), colour and icon: the same on the palette, the canvas, the legend and in print. */
export const ROLE_STYLES = Object.fromEntries(
  poolRoles.map((role) => [role, { ...ROLE_LABELS[role], ...ROLE_LOOKS[role] }]),
) as Record<PoolRole, RoleStyle>;

export const STANDARD_EDITION_STYLE: RoleStyle = {
  ...STANDARD_EDITION_LABEL,
  color: '#0284c7',
  icon: 'standardEdition',
};

export function styleOfPool(pool: Pool): RoleStyle {
  return isStandardEdition(pool) ? STANDARD_EDITION_STYLE : ROLE_STYLES[pool.role];
}
