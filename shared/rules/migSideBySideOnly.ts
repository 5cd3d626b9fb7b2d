import { SOURCES } from '../catalog/sources';
import type { Design } from '../model/design';
import type { Step } from '../model/migration';
import type { Pool } from '../model/pool';
import { describePool } from '../wording/entityNames';
import type { DesignVerdict } from './define/designRule';
import { definePlanRule } from './define/migrationRule';
import { describeStep, hasSteps, versionOf } from './define/planLookups';

/** A pool or a server that carries a name in some state, with the version it has there. */
interface Named {
  id: string;
  /** The pool it is or belongs to: a pool's own name in two versions is the in-place upgrade, reported below. */
  poolId: string;
  says: string;
  edge: boolean;
}

/**
 * Lync Server 2013 supports side-by-side migration only: "system names and pool names are different in the new
 * configuration" (migration paths page), and the pilot pool's FQDN "cannot match the name of the currently deployed
 * Lync Server 2010 pool, or any other servers" (deploy pilot pool page). So no 2013 pool or server takes a name any
 * 2010 pool or server has anywhere in the plan (a name a removed 2010 pool freed included), and a `set` of a pool's
 * `version` is an in-place upgrade. A clash inside one state that TB-FQDN-UNIQUE already reports is left to it.
 */
export const migSideBySideOnly = definePlanRule({
  id: 'MIG-SIDE-BY-SIDE-ONLY',
  title: 'Lync 2013 is deployed beside Lync 2010, under new names',
  source: SOURCES.migrationPaths,
  check({ design, states, validationAt }) {
    if (!hasSteps(design)) return [];
    const order = new Map(states.ids.map((id, i) => [id, i]));
    const candidates = clashCandidates(design);
    if (candidates.size === 0 && !design.migration!.steps.some((step) => step.actions.some(setsVersion))) return [];
    // name -> version -> entity id -> the entity and the states it has that name in
    const names = new Map<string, Map<number, Map<string, { named: Named; states: string[] }>>>();
    const covered = new Set<string>();
    const candidatePools = [...candidates].filter((id) => design.pools.some((pool) => pool.id === id));
    const anyServer = candidatePools.length < candidates.size;
    states.ids.forEach((state, i) => {
      if (candidates.size === 0) return;
      const topology = states.stateAt(i - 1);
      const pools = validationAt(i - 1).index.pools;
      const note = (fqdn: string, version: number, named: Named) => {
        const key = fqdn.toLowerCase();
        const byVersion = names.get(key) ?? new Map();
        names.set(key, byVersion);
        const byId = byVersion.get(version) ?? new Map();
        byVersion.set(version, byId);
        const seen = byId.get(named.id) ?? { named, states: [] };
        byId.set(named.id, seen);
        if (!seen.states.includes(state)) seen.states.push(state);
      };
      for (const id of candidatePools) {
        const pool = pools.get(id);
        if (!pool) continue;
        note(pool.fqdn, versionOf(pool), {
          id: pool.id,
          poolId: pool.id,
          says: describePool(pool),
          edge: pool.role === 'edge',
        });
      }
      for (const server of anyServer ? topology.servers : []) {
        if (!candidates.has(server.id)) continue;
        const pool = pools.get(server.poolId);
        if (pool)
          note(server.fqdn, versionOf(pool), {
            id: server.id,
            poolId: pool.id,
            says: `the server ${server.fqdn} of ${describePool(pool)}`,
            edge: pool.role === 'edge',
          });
      }
      for (const finding of validationAt(i - 1).findings) {
        if (finding.rule !== 'TB-FQDN-UNIQUE') continue;
        for (const a of finding.subjects) for (const b of finding.subjects) covered.add(`${a}|${b}`);
      }
    });
    const verdicts: Array<DesignVerdict & { steps: string[] }> = [];
    for (const [name, byVersion] of names) {
      const legacy = [...(byVersion.get(2010)?.values() ?? [])];
      const current = [...(byVersion.get(2013)?.values() ?? [])];
      const clash = (a: Named, b: Named) => a.poolId !== b.poolId && !covered.has(`${a.id}|${b.id}`);
      const newOnes = current.filter((c) => legacy.some((l) => clash(c.named, l.named)));
      const oldOnes = legacy.filter((l) => current.some((c) => clash(c.named, l.named)));
      if (newOnes.length === 0) continue;
      const steps = [...new Set(newOnes.flatMap((c) => c.states))].sort((a, b) => order.get(a)! - order.get(b)!);
      const first = states.steps.find((step) => step.id === steps[0]);
      const edge = newOnes.some((c) => c.named.edge) && oldOnes.some((l) => l.named.edge);
      verdicts.push({
        severity: 'error',
        subjects: [...(first ? [first.id] : []), ...newOnes.map((c) => c.named.id), ...oldOnes.map((l) => l.named.id)],
        steps,
        message:
          `${name} names Lync 2010 ${oldOnes.map((l) => l.named.says).join(', ')} and Lync 2013 ${newOnes.map((c) => c.named.says).join(', ')}` +
          `${first ? ` (from ${describeStep(first)})` : ''}; migration to Lync Server 2013 is side by side, and the new pools and servers get new names, never one a 2010 pool or server has had in the plan. Rename the 2013 one.` +
          (edge ? ' Reusing the FQDNs of the existing Edge deployment for the 2013 Edge is a common mistake.' : ''),
      });
    }
    states.steps.forEach((step, k) => {
      const before = states.stateAt(k - 1);
      for (const action of step.actions) {
        if (action.op !== 'set' || !setsVersion(action)) continue;
        const pool: Pool | undefined = before.pools.find((p) => p.id === action.id);
        const to = action.fields.version ?? 2013;
        if (!pool || to === versionOf(pool)) continue;
        verdicts.push({
          severity: 'error',
          subjects: [step.id, pool.id],
          steps: [step.id],
          message: `${describeStep(step)} changes ${describePool(pool)} from Lync ${versionOf(pool)} to Lync ${String(to)}: that is an in-place upgrade, which Lync Server 2013 does not support. Deploy a new pool under a new name beside it, move its users and services, then remove it.`,
        });
      }
    });
    return verdicts;
  },
});

const setsVersion = (action: Step['actions'][number]): action is Extract<Step['actions'][number], { op: 'set' }> =>
  action.op === 'set' && 'version' in action.fields;

/**
 * The pools and servers that could carry a name of both versions in some state: a plan changes a name, a version or
 * a server's pool only by `set`, so every name and version an entity can have is its own in the file or one a step
 * sets. Only these are followed state by state (a 10,000-server estate has a handful, or none).
 */
function clashCandidates(design: Design): ReadonlySet<string> {
  // Kept per pools and servers lists and the `set`s that change a name, a version or a server's pool: an edit of
  // anything else (a count, a move, a step's name) leaves the candidates as they were.
  const sets = JSON.stringify(
    (design.migration?.steps ?? []).flatMap((step) =>
      step.actions.flatMap((action) => {
        if (action.op !== 'set') return [];
        const { fqdn, version, poolId } = action.fields;
        return fqdn === undefined && version === undefined && poolId === undefined
          ? []
          : [[action.id, fqdn, version, poolId]];
      }),
    ),
  );
  const known = candidatesKept.get(design.pools);
  if (known && known.servers === design.servers && known.sets === sets) return known.candidates;
  const candidates = findCandidates(design);
  candidatesKept.set(design.pools, { servers: design.servers, sets, candidates });
  return candidates;
}

const candidatesKept = new WeakMap<
  Design['pools'],
  { servers: Design['servers']; sets: string; candidates: ReadonlySet<string> }
>();

function findCandidates(design: Design): Set<string> {
  // Versions as bits (2010: 1, 2013: 2), so a name of both versions is one with both bits set.
  const bit = (version: unknown): number => (version === 2010 ? 1 : version === 2013 ? 2 : 0);
  const poolBits = new Map<string, number>();
  for (const pool of design.pools) poolBits.set(pool.id, bit(versionOf(pool)));
  // The rare `set`s of a name, a version or a server's pool, by entity.
  const setNames = new Map<string, string[]>();
  const setPools = new Map<string, string[]>();
  for (const step of design.migration?.steps ?? [])
    for (const action of step.actions) {
      if (action.op !== 'set') continue;
      const { fqdn, version, poolId } = action.fields;
      if (typeof fqdn === 'string') setNames.set(action.id, [...(setNames.get(action.id) ?? []), fqdn]);
      if (bit(version) > 0) poolBits.set(action.id, (poolBits.get(action.id) ?? 0) | bit(version));
      if (typeof poolId === 'string') setPools.set(action.id, [...(setPools.get(action.id) ?? []), poolId]);
    }
  const namesOf = (entity: { id: string; fqdn: string }) => [entity.fqdn, ...(setNames.get(entity.id) ?? [])];
  const serverBits = (server: { id: string; poolId: string }) =>
    [server.poolId, ...(setPools.get(server.id) ?? [])].reduce((bits, poolId) => bits | (poolBits.get(poolId) ?? 0), 0);
  const nameBits = new Map<string, number>();
  const mark = (name: string, bits: number) => {
    const key = name.toLowerCase();
    nameBits.set(key, (nameBits.get(key) ?? 0) | bits);
  };
  for (const pool of design.pools) for (const name of namesOf(pool)) mark(name, poolBits.get(pool.id)!);
  for (const server of design.servers) for (const name of namesOf(server)) mark(name, serverBits(server));
  const candidates = new Set<string>();
  const clashes = (entity: { id: string; fqdn: string }) =>
    namesOf(entity).some((name) => nameBits.get(name.toLowerCase()) === 3);
  for (const pool of design.pools) if (clashes(pool)) candidates.add(pool.id);
  for (const server of design.servers) if (clashes(server)) candidates.add(server.id);
  return candidates;
}
