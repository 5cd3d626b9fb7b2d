import type { Design } from '../model/design';
import { type DroppedAction, withoutPlanReferences } from '../plan/withoutPlanReferences';
import { withWaivers } from './withWaivers';

/** How a delete treats the users of a deleted pool. */
export interface DeleteOptions {
  /**
   * Keep the user groups homed on a deleted pool (still homed on it): a pool decommissioned at a step of a migration
   * plan does not take its users with it (migration.md: removing a pool removes its servers and associations); they
   * stay, and MIG-POOL-EMPTY-BEFORE-DECOM says to move them first. Groups of a deleted site still go with it.
   */
  keepHomedGroups?: boolean;
}

/**
 * Every id that goes when `ids` are deleted: a site takes its pools, user groups and links; a pool takes its
 * servers, associations and the groups homed on it (unless `keepHomedGroups`). A branch of a deleted central site
 * stays (unassigned).
 */
export function idsToDelete(design: Design, ids: Iterable<string>, options: DeleteOptions = {}): Set<string> {
  const gone = new Set(ids);
  // Sites first: the pools they hold are then deleted with their own dependents below.
  for (const pool of design.pools) if (gone.has(pool.siteId)) gone.add(pool.id);
  for (const group of design.userGroups) if (gone.has(group.siteId)) gone.add(group.id);
  for (const link of design.links) if (gone.has(link.siteA) || gone.has(link.siteB)) gone.add(link.id);
  for (const pool of design.pools) {
    if (!gone.has(pool.id)) continue;
    for (const server of design.servers) if (server.poolId === pool.id) gone.add(server.id);
    if (!options.keepHomedGroups)
      for (const group of design.userGroups) if (group.homePoolId === pool.id) gone.add(group.id);
    for (const association of design.associations)
      if (association.from === pool.id || association.to === pool.id) gone.add(association.id);
  }
  return gone;
}

/**
 * Deletes entities and everything that cannot exist without them, so the design stays whole: a waiver that names a
 * deleted entity goes too (its finding cannot come back; undo brings both back). On a design with a plan the entities
 * leave the file, so every state: the plan's actions that name them go with them (`withoutPlanReferences`).
 */
export function deleteEntities(design: Design, args: { ids: readonly string[] } & DeleteOptions): Design {
  return deleteEntitiesReporting(design, args).design;
}

/** What `deleteEntities` did: the design, every id that left the file, and the plan's actions that went with them. */
export interface DeletedEntities {
  design: Design;
  deletedIds: ReadonlySet<string>;
  droppedActions: readonly DroppedAction[];
}

export function deleteEntitiesReporting(
  design: Design,
  { ids, ...options }: { ids: readonly string[] } & DeleteOptions,
): DeletedEntities {
  const gone = idsToDelete(design, ids, options);
  if (gone.size === 0) return { design, deletedIds: gone, droppedActions: [] };
  const keep = <T extends { id: string }>(list: T[]) =>
    list.some((entity) => gone.has(entity.id)) ? list.filter((entity) => !gone.has(entity.id)) : list;
  const nodes = design.layout?.nodes;
  const layout = nodes
    ? { ...design.layout, nodes: Object.fromEntries(Object.entries(nodes).filter(([id]) => !gone.has(id))) }
    : design.layout;
  const waivers = design.waivers?.some((waiver) => waiver.subjects.some((id) => gone.has(id)))
    ? design.waivers.filter((waiver) => !waiver.subjects.some((id) => gone.has(id)))
    : design.waivers;
  const plan = design.migration ? withoutPlanReferences(design.migration, gone) : undefined;
  const next = withWaivers(
    {
      ...design,
      sites: keep(design.sites).map((site) =>
        site.centralSiteId && gone.has(site.centralSiteId) ? withoutCentral(site) : site,
      ),
      pools: keep(design.pools),
      servers: keep(design.servers),
      userGroups: keep(design.userGroups),
      links: keep(design.links),
      associations: keep(design.associations),
      ...(layout ? { layout } : {}),
      ...(plan ? { migration: plan.migration } : {}),
    },
    waivers,
  );
  return { design: next, deletedIds: gone, droppedActions: plan?.dropped ?? [] };
}

function withoutCentral<T extends { centralSiteId?: string }>(site: T): T {
  const { centralSiteId: _removed, ...rest } = site;
  return rest as T;
}
