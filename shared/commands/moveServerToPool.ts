import type { Design } from '../model/design';
import { isStandardEdition } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { roleName } from '../wording/roleLabels';
import { CommandRefused } from './commandError';

/**
 * Moves a server to another pool of the same kind (role, and for Front End the edition: a Standard Edition
 * server is not an Enterprise pool); any other pool refuses it with the reason.
 */
export function moveServerToPool(design: Design, { serverId, poolId }: { serverId: string; poolId: string }): Design {
  const server = design.servers.find((candidate) => candidate.id === serverId);
  const target = design.pools.find((candidate) => candidate.id === poolId);
  const source = design.pools.find((candidate) => candidate.id === server?.poolId);
  if (!server || !target || !source) throw new CommandRefused('Drop the server onto a pool.');
  if (source.id === target.id) return design;
  if (roleName(source) !== roleName(target)) {
    throw new CommandRefused(
      `${server.fqdn} is a ${roleName(source).replace(/ pool$/, '')} server; ${describePool(target)} takes only ${roleName(target).replace(/ pool$/, '')} servers.`,
    );
  }
  if (isStandardEdition(target) && design.servers.some((s) => s.poolId === target.id)) {
    throw new CommandRefused(`${target.fqdn} is a Standard Edition server, a pool of exactly one server.`);
  }
  return { ...design, servers: design.servers.map((s) => (s.id === serverId ? { ...s, poolId } : s)) };
}
