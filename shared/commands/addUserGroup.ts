import type { Design } from '../model/design';
import { homingRoles } from '../model/pool';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';
import { withLayout } from './layoutOf';

export interface AddUserGroupArgs {
  id: string;
  siteId: string | undefined;
  /** Defaults to a Front End pool, SBA or SBS in the group's site, else in its central site, else the design's first. */
  homePoolId?: string;
  count: number;
  name?: string;
  position: { x: number; y: number };
}

/** The registrar a new group is most likely homed on: one in its own site, then its central site's, then any. */
export function defaultHomePool(design: Design, siteId: string): string | undefined {
  const site = design.sites.find((candidate) => candidate.id === siteId);
  const candidates = design.pools.filter((pool) => homingRoles.includes(pool.role));
  return (
    candidates.find((pool) => pool.siteId === siteId)?.id ??
    candidates.find((pool) => pool.siteId === site?.centralSiteId)?.id ??
    candidates[0]?.id
  );
}

export function addUserGroup(design: Design, args: AddUserGroupArgs): Design {
  if (args.siteId === undefined || !design.sites.some((site) => site.id === args.siteId)) {
    throw new CommandRefused('People sit at a site: drop the user group inside a site.');
  }
  const homePoolId = args.homePoolId ?? defaultHomePool(design, args.siteId);
  if (homePoolId === undefined) {
    throw new CommandRefused(
      'Users are homed on a Front End pool, Standard Edition server, SBA or SBS: add one first.',
    );
  }
  const { name, count } = withinFieldLimits('userGroups', { name: args.name, count: args.count });
  const group = { id: args.id, ...(name ? { name } : {}), siteId: args.siteId, homePoolId, count };
  return withLayout({ ...design, userGroups: [...design.userGroups, group] }, args.id, args.position);
}
