import type { FrontEndEdition, PoolRole } from '../../../shared/model/pool';
import type { SiteKind } from '../../../shared/model/site';
import type { IconName } from '../ui/roleStyle';
import { ROLE_STYLES, STANDARD_EDITION_STYLE } from '../ui/roleStyle';

export type PaletteItem =
  | { key: string; kind: 'site'; siteKind: SiteKind; label: string; hint: string; icon: IconName; color: string }
  | {
      key: string;
      kind: 'pool';
      role: PoolRole;
      edition?: FrontEndEdition;
      label: string;
      hint: string;
      icon: IconName;
      color: string;
    }
  | { key: string; kind: 'server'; label: string; hint: string; icon: IconName; color: string }
  | { key: string; kind: 'userGroup'; label: string; hint: string; icon: IconName; color: string };

const pool = (role: PoolRole, hint: string, edition?: FrontEndEdition): PaletteItem => {
  const style = edition === 'standard' ? STANDARD_EDITION_STYLE : ROLE_STYLES[role];
  return {
    key: edition === 'standard' ? 'pool:standardEdition' : `pool:${role}`,
    kind: 'pool',
    role,
    ...(edition ? { edition } : {}),
    label: style.label,
    hint,
    icon: style.icon,
    color: style.color,
  };
};

/** What can be dragged onto the canvas, grouped as a Lync architect thinks of a topology. */
export const paletteGroups: ReadonlyArray<{ title: string; items: PaletteItem[] }> = [
  {
    title: 'Sites',
    items: [
      {
        key: 'site:central',
        kind: 'site',
        siteKind: 'central',
        label: 'Central site',
        hint: 'A data centre with Front End pools',
        icon: 'centralSite',
        color: '#334155',
      },
      {
        key: 'site:branch',
        kind: 'site',
        siteKind: 'branch',
        label: 'Branch site',
        hint: 'An office attached to a central site',
        icon: 'branchSite',
        color: '#64748b',
      },
    ],
  },
  {
    title: 'Registrars and stores',
    items: [
      pool('frontEnd', 'Enterprise Edition, up to 12 servers', 'enterprise'),
      pool('frontEnd', 'One server with SQL Express', 'standard'),
      pool('backEnd', 'SQL store of a pool'),
      pool('fileStore', 'File share for a pool'),
      pool('officeWebApps', 'PowerPoint in meetings'),
    ],
  },
  {
    title: 'Edge and remote access',
    items: [
      pool('edge', 'Remote users and federation'),
      pool('director', 'Authenticates external sign-ins'),
      pool('reverseProxy', 'Publishes web services'),
    ],
  },
  {
    title: 'Voice and branches',
    items: [
      pool('mediation', 'Stand-alone Mediation'),
      pool('pstnGateway', 'Gateway, IP-PBX or SBC'),
      pool('sba', 'Branch registrar, 25–1,000 users'),
      pool('sbs', 'Branch registrar, 1,000–5,000 users'),
      pool('exchangeUm', 'Voice mail'),
    ],
  },
  {
    title: 'Persistent Chat',
    items: [pool('persistentChat', 'Chat rooms'), pool('persistentChatStore', 'Chat and compliance store')],
  },
  {
    title: 'Servers and people',
    items: [
      { key: 'server', kind: 'server', label: 'Server', hint: 'Drop onto a pool', icon: 'server', color: '#1e293b' },
      {
        key: 'userGroup',
        kind: 'userGroup',
        label: 'User group',
        hint: 'People at a site, homed on a pool',
        icon: 'userGroup',
        color: '#0f766e',
      },
    ],
  },
];

export const paletteItemByKey: ReadonlyMap<string, PaletteItem> = new Map(
  paletteGroups.flatMap((group) => group.items.map((item) => [item.key, item])),
);

export const PALETTE_MIME = 'application/x-lyncplan-item';
