import type { Pool } from '../../model/pool';
import type { PlanDraft } from './planDraft';
import { legacyFrontEnds, stillUsed } from './stateQueries';

/**
 * The last of phase 8, once no Lync 2010 Front End pool is left: the 2010 Edge pools that a 2013 Edge replaced, the
 * 2010 Directors, and the 2010 Archiving and Monitoring Servers, each once nothing that stays uses it
 * (remove-legacy-archiving-and-monitoring-servers.md: "all users have been removed from any remaining legacy pools").
 * An estate that keeps a 2010 pool the plan does not migrate keeps them too.
 */
export function decommissionEstate(
  draft: PlanDraft,
  replacedEdges: ReadonlySet<string>,
  by: { legacyPoolId: string },
): void {
  const state = draft.state;
  if (legacyFrontEnds(state).length > 0) return;
  const legacy = (role: Pool['role']) => state.pools.filter((p) => p.role === role && p.version === 2010);
  const edges = legacy('edge').filter((edge) => replacedEdges.has(edge.id));
  const leaving = new Set(edges.map((p) => p.id));
  const directors = legacy('director').filter(
    (director) =>
      !(director.role === 'director' && director.sipSrvTarget === true) && !stillUsed(state, director.id, leaving),
  );
  const remoteAccess = [...edges.filter((edge) => !stillUsed(state, edge.id, leaving)), ...directors];
  if (remoteAccess.length > 0)
    draft.step({
      id: 'decommission-2010-edge',
      phase: 8,
      name: `Decommission the 2010 ${remoteAccess.some((p) => p.role === 'director') ? 'Edge and Director pools' : 'Edge pools'}`,
      ...by,
      notes: `${remoteAccess.map((p) => p.fqdn).join(', ')}: no pool uses them any more; the 2013 Edge federates and its next hop is a 2013 pool.`,
      actions: [{ op: 'remove', ids: remoteAccess.map((p) => p.id) }],
    });
  const after = draft.state;
  const statistics = after.pools.filter(
    (p) =>
      (p.role === 'archiving' || p.role === 'monitoring') && p.version === 2010 && !stillUsed(after, p.id, new Set()),
  );
  if (statistics.length > 0)
    draft.step({
      id: 'decommission-2010-arch-mon',
      phase: 8,
      name: 'Remove the 2010 Archiving and Monitoring Servers',
      ...by,
      notes: `${statistics.map((p) => p.fqdn).join(', ')}: no user is left on a 2010 pool and no pool or appliance is associated with them (remove-legacy-archiving-and-monitoring-servers.md). Their data is not migrated.`,
      actions: [{ op: 'remove', ids: statistics.map((p) => p.id) }],
    });
}
