import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { type Design, type Entity, entityCollections } from '../model/design';
import { homingRoles, type PoolRole } from '../model/pool';
import { planStates } from '../plan/planStates';
import { valueWhenAbsent } from '../plan/valueWhenAbsent';
import { plannedDesignArbitrary } from '../testing/planArbitrary';
import { addLink } from './addLink';
import { addPool } from './addPool';
import { addServer } from './addServer';
import { addUserGroup } from './addUserGroup';
import { CommandRefused } from './commandError';
import { deleteEntities } from './deleteEntities';
import { copyFragment, fragmentIds } from './fragment';
import { moveCmsTo } from './moveCmsTo';
import { moveHostedObjects } from './moveHostedObjects';
import { moveNodes } from './moveNodes';
import { moveServerToPool } from './moveServerToPool';
import { pasteFragment } from './pasteFragment';
import { recordInStepReporting } from './recordInStep';
import { updateEntity } from './updateEntity';

type Edit = (state: Design) => Design;
const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];
const roles: PoolRole[] = ['frontEnd', 'backEnd', 'edge', 'fileStore', 'sba'];

/** A random edit through the real commands, its subjects chosen in the state it is given. */
const editArbitrary: fc.Arbitrary<{ label: string; edit: Edit }> = fc
  .record({ kind: fc.integer({ min: 0, max: 14 }), a: fc.nat(), b: fc.nat(), n: fc.integer({ min: 1, max: 5000 }) })
  .map(({ kind, a, b, n }) => {
    const id = `new-${kind}-${a % 1000}`;
    const edits: Array<[string, Edit]> = [
      [
        'addPool',
        (s) =>
          addPool(s, { id, siteId: pick(s.sites, a)?.id, role: roles[b % roles.length]!, position: { x: n, y: 0 } }),
      ],
      ['addServer', (s) => addServer(s, { id, poolId: pick(s.pools, a)?.id })],
      [
        'addUserGroup',
        (s) => {
          const home = pick(
            s.pools.filter((p) => homingRoles.includes(p.role)),
            b,
          );
          return addUserGroup(s, {
            id,
            siteId: pick(s.sites, a)?.id,
            homePoolId: home?.id,
            count: n,
            position: { x: 0, y: 0 },
          });
        },
      ],
      [
        'addLink',
        (s) =>
          addLink(s, { id, siteA: pick(s.sites, a)?.id ?? '', siteB: pick(s.sites, b)?.id ?? '', capacityKbps: n }),
      ],
      [
        'delete',
        (s) => {
          const all = entityCollections.flatMap((c) => (s[c] as readonly Entity[]).map((e) => e.id));
          const target = pick(all, a);
          return target ? deleteEntities(s, { ids: [target] }) : s;
        },
      ],
      [
        'rename pool',
        (s) =>
          updateEntity(s, {
            collection: 'pools',
            id: pick(s.pools, a)?.id ?? '',
            patch: { fqdn: `edited${n}.contoso.com` },
          }),
      ],
      [
        'federation',
        (s) => {
          const edge = pick(
            s.pools.filter((p) => p.role === 'edge'),
            a,
          );
          return updateEntity(s, {
            collection: 'pools',
            id: edge?.id ?? '',
            patch: { federation: edge && 'federation' in edge && edge.federation ? undefined : true },
          });
        },
      ],
      [
        'version',
        (s) =>
          updateEntity(s, {
            collection: 'pools',
            id: pick(s.pools, a)?.id ?? '',
            patch: { version: b % 2 === 0 ? 2010 : undefined },
          }),
      ],
      [
        'move users',
        (s) => {
          const home = pick(
            s.pools.filter((p) => homingRoles.includes(p.role)),
            b,
          );
          return updateEntity(s, {
            collection: 'userGroups',
            id: pick(s.userGroups, a)?.id ?? '',
            patch: { homePoolId: home?.id },
          });
        },
      ],
      [
        'count',
        (s) => updateEntity(s, { collection: 'userGroups', id: pick(s.userGroups, a)?.id ?? '', patch: { count: n } }),
      ],
      [
        'move server',
        (s) => moveServerToPool(s, { serverId: pick(s.servers, a)?.id ?? '', poolId: pick(s.pools, b)?.id ?? '' }),
      ],
      [
        'move CMS',
        (s) =>
          moveCmsTo(s, {
            poolId:
              pick(
                s.pools.filter((p) => p.role === 'frontEnd'),
                a,
              )?.id ?? '',
          }),
      ],
      [
        'move hosted',
        (s) => moveHostedObjects(s, { fromPoolId: pick(s.pools, a)?.id ?? '', toPoolId: pick(s.pools, b)?.id ?? '' }),
      ],
      [
        'move nodes',
        (s) => moveNodes(s, { moves: s.sites.slice(0, 1).map((site) => ({ id: site.id, x: n, y: a % 100 })) }),
      ],
      [
        'paste a copy of a pool',
        (s) => {
          const pool = pick(s.pools, a);
          if (!pool) return s;
          const fragment = copyFragment(s, [pool.id]);
          const idMap = Object.fromEntries(fragmentIds(fragment).map(({ id: old }, i) => [old, `${id}-${i}`]));
          return pasteFragment(s, { fragment, idMap, offset: { x: 40, y: 40 } });
        },
      ],
    ];
    const [label, edit] = edits[kind]!;
    return { label, edit };
  });

/**
 * A state as the plan can say it: layout, meta and waivers are not plan content; a flag off and absent are the same
 * (the plan writes `false` where the command left it out, `plan/valueWhenAbsent.ts`), and a branch keeps naming the
 * central site a step removes (as the plan keeps a group on a removed pool).
 */
function topologyOf(state: Design, without: ReadonlySet<string> = new Set()) {
  const siteIds = new Set(state.sites.filter((site) => !without.has(site.id)).map((site) => site.id));
  const out: Record<string, unknown> = { settings: state.settings };
  for (const collection of entityCollections) {
    const kept = (state[collection] as readonly Entity[]).filter((entity) => !without.has(entity.id));
    out[collection] = kept.map((entity) => {
      const copy = { ...entity } as Record<string, unknown>;
      for (const key of Object.keys(copy)) {
        const absent = valueWhenAbsent(collection, key);
        if (copy[key] === undefined || (absent !== undefined && JSON.stringify(absent) === JSON.stringify(copy[key])))
          delete copy[key];
      }
      if (collection === 'sites' && typeof copy.centralSiteId === 'string' && !siteIds.has(copy.centralSiteId))
        delete copy.centralSiteId;
      return copy;
    });
  }
  return out;
}

/** The edit on a state, or undefined when the command refuses it there. */
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof CommandRefused) return undefined;
    throw error;
  }
}

describe('recordInStep, for random designs, plans and edits through the real commands', () => {
  it('makes the state after the step what the edit made of it, leaves earlier states alone, and writes a valid file', () => {
    let recorded = 0;
    fc.assert(
      fc.property(
        plannedDesignArbitrary(),
        fc.nat(),
        fc.array(editArbitrary, { minLength: 1, maxLength: 3 }),
        (design, at, edits) => {
          let current = design;
          for (const { edit } of edits) {
            const states = planStates(current);
            const stepId = states.ids[at % states.ids.length]!;
            const expected = attempt(() => edit(states.state(stepId)!));
            if (!expected) continue;
            const result = attempt(() => recordInStepReporting(current, stepId, edit));
            if (!result) continue;
            const next = result.design;
            recorded++;
            const after = planStates(next);
            // What left the file with what the user deleted, because its first record named it (a pool of a site the
            // step adds, a group first homed on a pool the step adds), is reported and leaves every state.
            const dropped = new Set(result.droppedEntityIds);
            expect(topologyOf(after.state(stepId)!)).toEqual(topologyOf(expected, dropped));
            const index = states.indexOf(stepId)!;
            if (index >= 0) {
              for (let k = -1; k < index; k++)
                expect(topologyOf(after.stateAt(k))).toEqual(topologyOf(states.stateAt(k), dropped));
            }
            const parsed = parseDesign(serializeDesign(next));
            if (!parsed.ok) throw new Error(`${parsed.error.message} after ${JSON.stringify(next.migration)}`);
            current = next;
          }
        },
      ),
      // A fixed seed, so CI is repeatable (seed 539416900 found the half-made plan recordInStep now refuses: pools of
      // the start estate in a site a later step adds, the site deleted at that step).
      { numRuns: 400, seed: 539416900 },
    );
    expect(recorded).toBeGreaterThan(200);
  }, 60_000);
});
