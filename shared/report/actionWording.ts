import type { Association, AssociationKind } from '../model/association';
import type { Design } from '../model/design';
import { type HostedKind, hostedKinds } from '../model/hosts';
import type { Action, ActionOf, Step } from '../model/migration';
import type { Pool } from '../model/pool';
import { applyAction } from '../plan/applyAction';
import type { EntityLookup } from '../plan/entityLookup';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount, formatKbps } from '../wording/numbers';
import { roleName } from '../wording/roleLabels';
import { HOSTED_NOUNS, listOf, midSentence, StateNames } from './entityWording';
import { setWords } from './setWording';

/**
 * A step's actions in words, for the runbook: one sentence per thing done, in the step's order. Each action is said
 * from the state just before it (how many servers a pool being removed has, which dial-in numbers are still homed on
 * the pool they move from), so a step that moves hosted objects and then removes their pool says both truthfully.
 */
export function stepActionWords(step: Step, before: Design, file: EntityLookup): string[] {
  const lines: string[] = [];
  let state = before;
  for (const action of step.actions) {
    const after = applyAction(state, action, file) as Design;
    lines.push(...actionWords(action, state, after, file));
    state = after;
  }
  return lines;
}

/** One action in words, from the states on each side of it and the file (which holds every entity it may name). */
export function actionWords(action: Action, before: Design, after: Design, file: EntityLookup): string[] {
  switch (action.op) {
    case 'add':
      return addWords(action.ids, new StateNames(after, file));
    case 'remove':
      return removeWords(action.ids, new StateNames(before, file));
    case 'moveUsers':
      return [moveUsersWords(action, new StateNames(before, file))];
    case 'moveHosted':
      return [moveHostedWords(action, new StateNames(before, file))];
    case 'moveCms':
      return [moveCmsWords(action.to, new StateNames(before, file))];
    case 'set':
      return setWords(action.id, action.fields, new StateNames(before, file));
  }
}

/**
 * The kinds of association whose target belongs to the pool that names it (its stores and services): a pool deployed
 * or decommissioned together with them is said once, with them. An Edge, a gateway or another pool is not: that is
 * a pool of its own, associated.
 */
const BELONGS_TO_POOL: ReadonlySet<AssociationKind> = new Set([
  'backEnd',
  'fileStore',
  'archiving',
  'monitoring',
  'officeWebApps',
  'persistentChatStore',
]);

/** A role this runbook puts as a dependency after "with": "Back End SQL store sql2013.contoso.com (2 servers)". */
function dependency(pool: Pool, servers: number): string {
  return `${midSentence(roleName(pool))} ${pool.fqdn}${servers > 1 ? ` (${countOf(servers, 'server')})` : ''}`;
}

const serversOf = (state: Design, poolId: string) => state.servers.filter((server) => server.poolId === poolId).length;

/**
 * Pools named together, each with the dependencies (BELONGS_TO_POOL) that are named with it: a pool that is the
 * dependency of another is said with it, not on its own; one that depends on nothing named comes first.
 */
function poolGroups(pools: readonly Pool[], associations: readonly Association[]) {
  const named = new Set(pools.map((pool) => pool.id));
  const owns = associations.filter((a) => BELONGS_TO_POOL.has(a.kind) && named.has(a.from) && named.has(a.to));
  const owned = new Set(owns.map((a) => a.to));
  const heads = [...pools.filter((pool) => !owned.has(pool.id)), ...pools.filter((pool) => owned.has(pool.id))];
  const said = new Set<string>();
  const used = new Set<Association>();
  const groups: Array<{ pool: Pool; with: Pool[] }> = [];
  for (const head of heads) {
    if (said.has(head.id)) continue;
    said.add(head.id);
    const withPools: Pool[] = [];
    for (const association of owns) {
      if (association.from !== head.id) continue;
      used.add(association);
      if (said.has(association.to)) continue;
      said.add(association.to);
      withPools.push(pools.find((pool) => pool.id === association.to)!);
    }
    groups.push({ pool: head, with: withPools });
  }
  return { groups, used };
}

/** "Deploy Front End pool pool2013.contoso.com (3 servers) with Back End SQL store sql2013.contoso.com and …". */
function addWords(ids: readonly string[], names: StateNames): string[] {
  const { state } = names;
  const pick = <C extends 'sites' | 'pools' | 'servers' | 'userGroups' | 'links' | 'associations'>(collection: C) =>
    ids.flatMap((id) => (names.file.collectionOf(id) === collection ? [names.entity(collection, id)!] : []));
  const pools = pick('pools');
  const associations = pick('associations');
  const { groups, used } = poolGroups(pools, associations);
  const deployed = new Set(pools.map((pool) => pool.id));
  const lines = pick('sites').map((site) =>
    site.kind === 'branch' && site.centralSiteId
      ? `Add the branch site ${site.name} of ${names.site(site.centralSiteId)}`
      : `Add the ${site.kind} site ${site.name}`,
  );
  for (const group of groups) {
    const withText = group.with.map((pool) => dependency(pool, serversOf(state, pool.id)));
    lines.push(
      `Deploy ${describePool(group.pool)} (${countOf(serversOf(state, group.pool.id), 'server')})${withText.length > 0 ? ` with ${listOf(withText)}` : ''}`,
    );
  }
  lines.push(
    ...serverLines(
      pick('servers').filter((server) => !deployed.has(server.poolId)),
      names,
      'add',
    ),
  );
  for (const association of associations) {
    if (used.has(association)) continue;
    lines.push(`Associate ${names.describePool(association.from)} with ${associationTarget(association, names)}`);
  }
  for (const link of pick('links')) lines.push(`Add ${names.link(link.id)} (${formatKbps(link.capacityKbps)})`);
  for (const group of pick('userGroups'))
    lines.push(`Add ${names.usersWithSite(group)}, homed on ${names.fqdn(group.homePoolId)}`);
  return lines;
}

/** "Decommission Front End pool pool2010.contoso.com (2 servers) and its Back End SQL store sql2010.contoso.com". */
function removeWords(ids: readonly string[], names: StateNames): string[] {
  const { state, file } = names;
  const gone = new Set(ids);
  const of = (collection: 'sites' | 'pools' | 'servers' | 'userGroups' | 'links' | 'associations') =>
    ids.filter((id) => file.collectionOf(id) === collection);
  const pools = of('pools').map((id) => names.pool(id)!);
  // A pool's associations go with it (migration.md): those of the state before, between pools removed together.
  const { groups } = poolGroups(pools, state.associations);
  const lines: string[] = [];
  for (const group of groups) {
    const withText = group.with.map((pool) => dependency(pool, serversOf(state, pool.id)));
    lines.push(
      `Decommission ${describePool(group.pool)} (${countOf(serversOf(state, group.pool.id), 'server')})${withText.length > 0 ? ` and its ${listOf(withText)}` : ''}`,
    );
  }
  const servers = of('servers').flatMap((id) => names.entity('servers', id) ?? []);
  lines.push(
    ...serverLines(
      servers.filter((server) => !gone.has(server.poolId)),
      names,
      'remove',
    ),
  );
  for (const id of of('associations')) {
    const association = names.entity('associations', id)!;
    if (gone.has(association.from) || gone.has(association.to)) continue;
    lines.push(`Dissociate ${names.describePool(association.from)} from ${associationTarget(association, names)}`);
  }
  for (const id of of('links')) lines.push(`Remove ${names.link(id)}`);
  for (const id of of('userGroups')) lines.push(`Remove ${names.users(names.entity('userGroups', id), id)}`);
  for (const id of of('sites')) lines.push(`Remove the site ${names.site(id)}`);
  return lines;
}

/** "Add 2 servers to Front End pool pool01.contoso.com: srv7.contoso.com, srv8.contoso.com", one line per pool. */
function serverLines(
  servers: ReadonlyArray<{ poolId: string; fqdn: string }>,
  names: StateNames,
  op: 'add' | 'remove',
) {
  const byPool = new Map<string, string[]>();
  for (const server of servers) byPool.set(server.poolId, [...(byPool.get(server.poolId) ?? []), server.fqdn]);
  return [...byPool].map(
    ([poolId, fqdns]) =>
      `${op === 'add' ? 'Add' : 'Remove'} ${countOf(fqdns.length, 'server')} ${op === 'add' ? 'to' : 'from'} ${names.describePool(poolId)}: ${fqdns.join(', ')}`,
  );
}

/** The pool an association points at, and what it is to the pool that names it when its role does not say it. */
function associationTarget(association: Association, names: StateNames): string {
  const role = {
    backupPool: ' as its backup pool',
    registrar: ' as its registrar',
    edgeNextHop: ' as its next hop',
  } as Partial<Record<AssociationKind, string>>;
  return `${names.describePool(association.to)}${role[association.kind] ?? ''}`;
}

/** "Move 2,400 users of Dallas staff and 2,000 users at Dallas to pool2013.contoso.com". */
function moveUsersWords(action: ActionOf<'moveUsers'>, names: StateNames): string {
  const groups = action.groupIds.map((id) => names.users(names.entity('userGroups', id), id));
  return `Move ${listOf(groups)} to ${names.fqdn(action.to)}`;
}

/** "Move 2 dial-in access numbers and 5 response groups from pool2010.contoso.com to pool2013.contoso.com". */
function moveHostedWords(action: ActionOf<'moveHosted'>, names: StateNames): string {
  const hosts = names.state.pools.find((pool) => pool.id === action.from)?.hosts ?? {};
  const kinds: readonly HostedKind[] = action.what ?? hostedKinds;
  const present = kinds.filter((kind) => (hosts[kind] ?? 0) > 0);
  const route = `from ${names.fqdn(action.from)} to ${names.fqdn(action.to)}`;
  if (present.length === 0) {
    const what = action.what ? listOf(action.what.map((kind) => HOSTED_NOUNS[kind][1])) : 'the hosted objects';
    return `Move ${what} ${route} (none is homed there)`;
  }
  const counted = present.map((kind) => {
    const [one, many] = HOSTED_NOUNS[kind];
    const count = hosts[kind]!;
    return `${formatCount(count)} ${count === 1 ? one : many}`;
  });
  return `Move ${listOf(counted)} ${route}`;
}

/** "Move the Central Management Server from pool2010.contoso.com to pool2013.contoso.com". */
function moveCmsWords(to: string, names: StateNames): string {
  const from = names.state.pools.find((pool) => pool.role === 'frontEnd' && pool.hostsCms === true);
  if (from?.id === to) return `Move the Central Management Server to ${names.fqdn(to)} (it is there already)`;
  return `Move the Central Management Server ${from ? `from ${from.fqdn} ` : ''}to ${names.fqdn(to)}`;
}
