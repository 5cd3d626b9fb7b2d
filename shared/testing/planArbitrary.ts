import fc from 'fast-check';
import { type Design, type Entity, entityCollections } from '../model/design';
import type { Action, Step } from '../model/migration';
import type { Pool } from '../model/pool';
import { designArbitrary } from './designArbitrary';

/** One action of a random plan, its ids chosen later among the design's (numbers taken modulo what there is). */
const actionSpec = fc.oneof(
  fc.record({ op: fc.constant('add' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
  fc.record({ op: fc.constant('remove' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }) }),
  fc.record({ op: fc.constant('moveUsers' as const), group: fc.nat(), pool: fc.nat() }),
  fc.record({ op: fc.constant('moveCms' as const), pool: fc.nat() }),
  fc.record({ op: fc.constant('moveHosted' as const), from: fc.nat(), pool: fc.nat(), all: fc.boolean() }),
  fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: fc.nat(1000) }),
);

/**
 * Random designs (`designArbitrary`, with hosted objects on their Front End pools) with a random plan of up to five
 * steps: entities of the file added at some step (each by one step), removes, moves of users, of the CMS and of hosted
 * objects, and sets of a field each kind of entity has. Every result is a valid file; many plans are planning
 * mistakes (a move to a pool added only later), which is what a plan being edited looks like.
 */
export function plannedDesignArbitrary(): fc.Arbitrary<Design> {
  return fc
    .record({
      design: designArbitrary(),
      steps: fc.array(
        fc.record({ phase: fc.integer({ min: 1, max: 8 }), actions: fc.array(actionSpec, { maxLength: 4 }) }),
        {
          minLength: 1,
          maxLength: 5,
        },
      ),
      hosts: fc.array(fc.nat(5), { minLength: 2, maxLength: 2 }),
    })
    .map(({ design, steps, hosts }) => {
      const pools: Pool[] = design.pools.map((pool, i) =>
        pool.role === 'frontEnd' && i % 2 === 0
          ? { ...pool, hosts: { dialInNumbers: hosts[0]! + 1, responseGroups: hosts[1]! } }
          : pool,
      );
      const file: Design = { ...design, pools };
      const all = entityCollections.flatMap((c) => (file[c] as readonly Entity[]).map((e) => ({ c, e })));
      const groupIds = file.userGroups.map((g) => g.id);
      const poolIds = file.pools.map((p) => p.id);
      const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;
      const added = new Set<string>();
      const plan: Step[] = steps.map((spec, s) => ({
        id: `step-${s + 1}`,
        phase: spec.phase,
        name: `Step ${s + 1}`,
        actions: spec.actions.flatMap((a): Action[] => {
          switch (a.op) {
            case 'add': {
              const ids = [...new Set(a.picks.map((n) => pick(all, n).e.id))].filter((id) => !added.has(id));
              for (const id of ids) added.add(id);
              return ids.length > 0 ? [{ op: 'add', ids }] : [];
            }
            case 'remove':
              return all.length === 0
                ? []
                : [{ op: 'remove', ids: [...new Set(a.picks.map((n) => pick(all, n).e.id))] }];
            case 'moveUsers':
              return groupIds.length === 0
                ? []
                : [{ op: 'moveUsers', groupIds: [pick(groupIds, a.group)], to: pick(poolIds, a.pool) }];
            case 'moveCms':
              return poolIds.length === 0 ? [] : [{ op: 'moveCms', to: pick(poolIds, a.pool) }];
            case 'moveHosted': {
              if (poolIds.length < 2) return [];
              const from = pick(poolIds, a.from);
              const to = pick(poolIds, a.pool);
              if (from === to) return [];
              return [{ op: 'moveHosted', from, to, ...(a.all ? {} : { what: ['dialInNumbers' as const] }) }];
            }
            case 'set': {
              if (all.length === 0) return [];
              const { c, e } = pick(all, a.pick);
              const fields = setFields(c, e, a.value);
              return fields ? [{ op: 'set', id: e.id, fields }] : [];
            }
          }
          return [];
        }),
      }));
      return { ...file, migration: { steps: plan } };
    });
}

/** A field each kind of entity has, with a valid value (the result must still satisfy the entity's schema). */
function setFields(
  collection: (typeof entityCollections)[number],
  entity: Entity,
  value: number,
): Record<string, unknown> | undefined {
  switch (collection) {
    case 'pools':
      return (entity as Pool).role === 'edge' ? { federation: value % 2 === 0 } : { fqdn: `set${value}.contoso.com` };
    case 'servers':
      return { running: value % 2 === 0 };
    case 'userGroups':
      return { count: value };
    case 'links':
      return { capacityKbps: value + 1 };
    case 'sites':
      return { name: `Site ${value}` };
    default:
      return undefined;
  }
}
