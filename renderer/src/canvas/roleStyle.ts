import type { Pool, PoolRole } from '../../../shared/model/pool';

export type IconName = PoolRole | 'standardEdition' | 'centralSite' | 'branchSite' | 'userGroup' | 'server' | 'link';

export interface RoleStyle {
  label: string;
  short: string;
  color: string;
  icon: IconName;
}

/** Each role's colour and icon, the same on the palette, the canvas, the legend and in print. */
export const ROLE_STYLES: Record<PoolRole, RoleStyle> = {
  frontEnd: { label: 'Front End pool', short: 'Front End', color: '#2563eb', icon: 'frontEnd' },
  backEnd: { label: 'Back End SQL store', short: 'Back End', color: '#7c3aed', icon: 'backEnd' },
  edge: { label: 'Edge pool', short: 'Edge', color: '#ea580c', icon: 'edge' },
  director: { label: 'Director pool', short: 'Director', color: '#0d9488', icon: 'director' },
  mediation: { label: 'Mediation pool', short: 'Mediation', color: '#16a34a', icon: 'mediation' },
  persistentChat: { label: 'Persistent Chat pool', short: 'Persistent Chat', color: '#db2777', icon: 'persistentChat' },
  persistentChatStore: { label: 'Persistent Chat store', short: 'Chat store', color: '#9333ea', icon: 'persistentChatStore' },
  officeWebApps: { label: 'Office Web Apps farm', short: 'Office Web Apps', color: '#c2410c', icon: 'officeWebApps' },
  fileStore: { label: 'File store', short: 'File store', color: '#475569', icon: 'fileStore' },
  reverseProxy: { label: 'Reverse proxy', short: 'Reverse proxy', color: '#0891b2', icon: 'reverseProxy' },
  exchangeUm: { label: 'Exchange UM', short: 'Exchange UM', color: '#4f46e5', icon: 'exchangeUm' },
  sba: { label: 'Survivable Branch Appliance', short: 'SBA', color: '#a16207', icon: 'sba' },
  sbs: { label: 'Survivable Branch Server', short: 'SBS', color: '#854d0e', icon: 'sbs' },
  pstnGateway: { label: 'PSTN gateway', short: 'PSTN gateway', color: '#15803d', icon: 'pstnGateway' },
};

export const STANDARD_EDITION_STYLE: RoleStyle = { label: 'Standard Edition server', short: 'Standard Edition', color: '#0284c7', icon: 'standardEdition' };

export function styleOfPool(pool: Pool): RoleStyle {
  return pool.role === 'frontEnd' && pool.edition === 'standard' ? STANDARD_EDITION_STYLE : ROLE_STYLES[pool.role];
}
