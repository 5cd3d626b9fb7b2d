import type { Design } from '../model/design';
import type { FrontEndEdition, Pool, PoolRole } from '../model/pool';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';
import { withLayout } from './layoutOf';
import { nextPoolFqdn } from './nextFreeName';

export interface AddPoolArgs {
  id: string;
  siteId: string | undefined;
  role: PoolRole;
  edition?: FrontEndEdition;
  fqdn?: string;
  position: { x: number; y: number };
}

/** The role-specific fields a new pool starts with: the documented defaults, nothing the planner must undo. */
function roleDefaults(role: PoolRole, edition: FrontEndEdition): Record<string, unknown> {
  switch (role) {
    case 'frontEnd':
      return { edition };
    case 'backEnd':
      return { ha: 'none' };
    default:
      return {};
  }
}

export function addPool(design: Design, args: AddPoolArgs): Design {
  if (args.siteId === undefined || !design.sites.some((site) => site.id === args.siteId)) {
    throw new CommandRefused('Every pool belongs to a site: drop it inside a central or branch site.');
  }
  const edition = args.edition ?? 'enterprise';
  const pool = {
    id: args.id,
    siteId: args.siteId,
    fqdn: withinFieldLimits('pools', { fqdn: args.fqdn }).fqdn ?? nextPoolFqdn(design, args.role, edition),
    role: args.role,
    ...roleDefaults(args.role, edition),
  } as Pool;
  return withLayout({ ...design, pools: [...design.pools, pool] }, args.id, args.position);
}
