import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import type { Design } from '../model/design';
import { planStates } from '../plan/planStates';
import { smallMigration } from '../testing/smallMigration';
import { addPool } from './addPool';
import { addServer } from './addServer';
import { deleteEntities } from './deleteEntities';
import { moveCmsTo } from './moveCmsTo';
import { moveHostedObjects } from './moveHostedObjects';
import { moveNodes } from './moveNodes';
import { recordInStep, recordInStepReporting } from './recordInStep';
import { updateEntity } from './updateEntity';

const actionsOf = (design: Design, stepId: string) => design.migration!.steps.find((s) => s.id === stepId)!.actions;
const valid = (design: Design) => expect(parseDesign(serializeDesign(design)).ok).toBe(true);
const at = { x: 10, y: 10 };

describe('recordInStep: what an edit of a step’s state writes into the plan', () => {
  it('a new entity is added at the step: appended to its add, written into the file, absent before', () => {
    const { design, ids } = smallMigration();
    const siteId = design.sites[0]!.id;
    const next = recordInStep(design, 'st1', (s) =>
      addPool(s, { id: 'owas', siteId, role: 'officeWebApps', position: at }),
    );
    expect(actionsOf(next, 'st1')).toEqual([
      { op: 'add', ids: [...(actionsOf(design, 'st1')[0] as { ids: string[] }).ids, 'owas'] },
    ]);
    expect(next.pools.map((p) => p.id)).toContain('owas');
    expect(
      planStates(next)
        .state('start')!
        .pools.map((p) => p.id),
    ).not.toContain('owas');
    expect(next.layout?.nodes?.owas).toEqual(at);
    // A step without an add gets one, first.
    const later = recordInStep(next, 'st3', (s) => addServer(s, { id: 'fe2013-04', poolId: ids.fe2013 }));
    expect(actionsOf(later, 'st3')[0]).toEqual({ op: 'add', ids: ['fe2013-04'] });
    valid(later);
  });

  it('deleting what existed before the step removes only the roots: a pool, not its servers and associations', () => {
    const { design, ids } = smallMigration();
    const next = recordInStep(design, 'st4', (s) => deleteEntities(s, { ids: [ids.be2010] }));
    expect(actionsOf(next, 'st4').at(-1)).toEqual({ op: 'remove', ids: [ids.be2010] });
    expect(next.pools.map((p) => p.id)).toContain(ids.be2010);
    expect(next.layout).toBe(design.layout);
    // The next removal merges into that remove, the step's last action.
    const more = recordInStep(next, 'st4', (s) => deleteEntities(s, { ids: [ids.fs2010] }));
    expect(actionsOf(more, 'st4').at(-1)).toEqual({ op: 'remove', ids: [ids.be2010, ids.fs2010] });
    valid(more);
  });

  it('deleting what the step added takes it out of the plan and the file, with the later actions that name it', () => {
    const { design, ids } = smallMigration();
    const { design: next, droppedActions } = recordInStepReporting(design, 'st1', (s) =>
      deleteEntities(s, { ids: [ids.fe2013] }),
    );
    expect(next.pools.map((p) => p.id)).not.toContain(ids.fe2013);
    expect((actionsOf(next, 'st1')[0] as { ids: string[] }).ids).not.toContain(ids.fe2013);
    expect(droppedActions.map((d) => `${d.stepId} ${d.action.op}`)).toEqual([
      'st2 moveUsers',
      'st3 moveUsers',
      'st4 moveHosted',
      'st5 moveHosted',
      'st5 moveCms',
    ]);
    valid(next);
  });

  it('a new home is moveUsers: merged with a move to the same pool, none when the group is back home', () => {
    const { design, ids } = smallMigration();
    const move = (group: string, to: string) => (s: Design) =>
      updateEntity(s, { collection: 'userGroups', id: group, patch: { homePoolId: to } });
    const merged = recordInStep(design, 'st2', move(ids.users, ids.fe2013));
    expect(actionsOf(merged, 'st2')).toEqual([{ op: 'moveUsers', groupIds: [ids.pilot, ids.users], to: ids.fe2013 }]);
    const back = recordInStep(design, 'st2', move(ids.pilot, ids.fe2010));
    expect(actionsOf(back, 'st2')).toEqual([]);
    valid(merged);
  });

  it('a group moved twice in one step keeps the last move', () => {
    const { design, ids } = smallMigration();
    const siteId = design.sites[0]!.id;
    const withPool = recordInStep(design, 'st2', (s) =>
      addPool(s, { id: 'fe-b', siteId, role: 'frontEnd', position: at }),
    );
    const moved = recordInStep(withPool, 'st2', (s) =>
      updateEntity(s, { collection: 'userGroups', id: ids.pilot, patch: { homePoolId: 'fe-b' } }),
    );
    expect(actionsOf(moved, 'st2')).toEqual([
      { op: 'add', ids: ['fe-b'] },
      { op: 'moveUsers', groupIds: [ids.pilot], to: 'fe-b' },
    ]);
  });

  it('"Move CMS here" is moveCms; "Move hosted objects to…" is moveHosted', () => {
    const { design, ids } = smallMigration();
    const cms = recordInStep(design, 'st3', (s) => moveCmsTo(s, { poolId: ids.fe2013 }));
    expect(actionsOf(cms, 'st3').at(-1)).toEqual({ op: 'moveCms', to: ids.fe2013 });
    const hosted = recordInStep(design, 'st3', (s) =>
      moveHostedObjects(s, { fromPoolId: ids.fe2010, toPoolId: ids.fe2013, what: ['responseGroups'] }),
    );
    expect(actionsOf(hosted, 'st3').at(-1)).toEqual({
      op: 'moveHosted',
      from: ids.fe2010,
      to: ids.fe2013,
      what: ['responseGroups'],
    });
    valid(cms);
    valid(hosted);
  });

  it('another field of an entity that existed before is set, merged per entity; a value set back drops it', () => {
    const { design, ids } = smallMigration();
    const patch = (p: Record<string, unknown>) => (s: Design) =>
      updateEntity(s, { collection: 'pools', id: ids.fe2010, patch: p });
    const one = recordInStep(design, 'st2', patch({ fqdn: 'old.contoso.com' }));
    const two = recordInStep(one, 'st2', patch({ maxMeetingSize: 250 }));
    expect(actionsOf(two, 'st2').at(-1)).toEqual({
      op: 'set',
      id: ids.fe2010,
      fields: { fqdn: 'old.contoso.com', maxMeetingSize: 250 },
    });
    const back = recordInStep(two, 'st2', patch({ fqdn: 'pool2010.contoso.com' }));
    expect(actionsOf(back, 'st2').at(-1)).toEqual({ op: 'set', id: ids.fe2010, fields: { maxMeetingSize: 250 } });
    expect(back.pools).toBe(design.pools);
    valid(back);
  });

  it('a field cleared at a step is recorded as the value absence means, or refused when none says it', () => {
    const { design, ids } = smallMigration();
    const cleared = recordInStep(design, 'st2', (s) =>
      updateEntity(s, { collection: 'pools', id: ids.fe2010, patch: { version: undefined } }),
    );
    expect(actionsOf(cleared, 'st2').at(-1)).toEqual({ op: 'set', id: ids.fe2010, fields: { version: 2013 } });
    const sized = recordInStep(design, 'start', (s) =>
      updateEntity(s, { collection: 'pools', id: ids.fe2010, patch: { maxMeetingSize: 250 } }),
    );
    expect(() =>
      recordInStep(sized, 'st2', (s) =>
        updateEntity(s, { collection: 'pools', id: ids.fe2010, patch: { maxMeetingSize: undefined } }),
      ),
    ).toThrow('A step cannot clear the maxMeetingSize of an item that exists before it');
  });

  it('a field of an entity the step adds changes the file’s entity, not the plan', () => {
    const { design, ids } = smallMigration();
    const next = recordInStep(design, 'st1', (s) =>
      updateEntity(s, { collection: 'pools', id: ids.fe2013, patch: { fqdn: 'lync2013.contoso.com' } }),
    );
    expect(next.pools.find((p) => p.id === ids.fe2013)!.fqdn).toBe('lync2013.contoso.com');
    expect(next.migration).toEqual(design.migration);
  });

  it('layout goes to the file as it is; an edit that changes nothing is the same design', () => {
    const { design } = smallMigration();
    const siteId = design.sites[0]!.id;
    const moved = recordInStep(design, 'st3', (s) => moveNodes(s, { moves: [{ id: siteId, x: 40, y: 50 }] }));
    expect(moved.layout?.nodes?.[siteId]).toMatchObject({ x: 40, y: 50 });
    expect(moved.migration).toBe(design.migration);
    expect(recordInStep(design, 'st3', (s) => s)).toBe(design);
    expect(recordInStep(design, 'st3', (s) => deleteEntities(s, { ids: [] }))).toBe(design);
    const sameFqdn = (s: Design) =>
      updateEntity(s, { collection: 'pools', id: s.pools[0]!.id, patch: { fqdn: s.pools[0]!.fqdn } });
    expect(recordInStep(design, 'st3', sameFqdn)).toBe(design);
    expect(recordInStep(design, 'start', sameFqdn)).toBe(design);
  });

  it('with start selected the edit changes the file, and what it deletes leaves every action naming it', () => {
    const { design, ids } = smallMigration();
    const renamed = recordInStep(design, 'start', (s) =>
      updateEntity(s, { collection: 'pools', id: ids.fe2010, patch: { fqdn: 'legacy.contoso.com' } }),
    );
    expect(renamed.pools.find((p) => p.id === ids.fe2010)!.fqdn).toBe('legacy.contoso.com');
    expect(renamed.migration).toBe(design.migration);
    const { design: next, droppedActions } = recordInStepReporting(design, 'start', (s) =>
      deleteEntities(s, { ids: [ids.fe2010] }),
    );
    expect(next.pools.map((p) => p.id)).not.toContain(ids.fe2010);
    // Deleting the pool deletes the groups homed on it (deleteEntities): their moves go too.
    expect(droppedActions.map((d) => `${d.stepId} ${d.action.op}`)).toEqual([
      'st2 moveUsers',
      'st3 moveUsers',
      'st4 moveHosted',
      'st5 moveHosted',
    ]);
    expect(next.migration!.steps[0]!.legacyPoolId).toBeUndefined();
    valid(next);
  });

  it('refuses an unknown step and a new entity whose id the plan already uses', () => {
    const { design, ids } = smallMigration();
    const siteId = design.sites[0]!.id;
    expect(() => recordInStep(design, 'gone', (s) => s)).toThrow('no longer in the plan');
    expect(() =>
      recordInStep(design, 'start', (s) => addPool(s, { id: ids.fe2013, siteId, role: 'frontEnd', position: at })),
    ).toThrow(`The id “${ids.fe2013}” is already used in this plan`);
    expect(() =>
      recordInStep(design, 'st2', (s) => addPool(s, { id: 'st1', siteId, role: 'frontEnd', position: at })),
    ).toThrow('The id “st1” is already used in this plan');
  });

  it('refuses to delete, at the step that adds it, a site whose pools exist before that step (a half-made plan)', () => {
    const { design, ids } = smallMigration();
    // A plan where the 2010 pool's site is "added" at st2 though the pool is in the start estate: a planning mistake,
    // still a valid file. Deleting the site at st2 would take the start estate's pool (and its moves) out of every state.
    const siteId = design.pools.find((pool) => pool.id === ids.fe2010)!.siteId;
    const steps = design.migration!.steps.map((step) =>
      step.id === 'st2' ? { ...step, actions: [{ op: 'add' as const, ids: [siteId] }, ...step.actions] } : step,
    );
    const halfMade: Design = { ...design, migration: { ...design.migration!, steps } };
    valid(halfMade);
    const fe2010 = design.pools.find((pool) => pool.id === ids.fe2010)!.fqdn;
    expect(() => recordInStep(halfMade, 'st2', (s) => deleteEntities(s, { ids: [siteId] }))).toThrow(
      `cannot leave the plan at this step: “${fe2010}”`,
    );
    // Later, where the site exists already, the same delete is a `remove`.
    const later = recordInStep(halfMade, 'st3', (s) => deleteEntities(s, { ids: [siteId] }));
    expect(actionsOf(later, 'st3').at(-1)).toMatchObject({ op: 'remove' });
    expect(
      planStates(later)
        .state('st1')!
        .pools.some((pool) => pool.id === ids.fe2010),
    ).toBe(true);
  });

  it('an inspector field of an entity that exists before the step is a `set` there: an association’s target', () => {
    const { design, ids } = smallMigration();
    // The 2013 pool's Back End association (added at st1) pointed at the 2010 store at st2.
    const association = design.associations.find((a) => a.from === ids.fe2013 && a.kind === 'backEnd')!;
    const next = recordInStep(design, 'st2', (s) =>
      updateEntity(s, { collection: 'associations', id: association.id, patch: { to: ids.be2010 } }),
    );
    expect(actionsOf(next, 'st2').at(-1)).toEqual({ op: 'set', id: association.id, fields: { to: ids.be2010 } });
    expect(
      planStates(next)
        .state('st1')!
        .associations.find((a) => a.id === association.id)!.to,
    ).toBe(ids.be2013);
    valid(next);
  });

  it('refuses to change what an item is at a step (an association’s kind): a `set` cannot say it', () => {
    const { design, ids } = smallMigration();
    const association = design.associations.find((a) => a.from === ids.fe2010 && a.kind === 'backEnd')!;
    const edit = (s: Design) =>
      updateEntity(s, { collection: 'associations', id: association.id, patch: { kind: 'monitoring' } });
    expect(() => recordInStep(design, 'st4', edit)).toThrow('A step cannot change the kind of an item');
    // At the step that adds it, or at Start, the record itself changes.
    const added = design.associations.find((a) => a.from === ids.fe2013 && a.kind === 'backEnd')!;
    const atAdd = recordInStep(design, 'st1', (s) =>
      updateEntity(s, { collection: 'associations', id: added.id, patch: { kind: 'monitoring' } }),
    );
    expect(atAdd.associations.find((a) => a.id === added.id)!.kind).toBe('monitoring');
    expect(actionsOf(atAdd, 'st1')).toEqual(actionsOf(design, 'st1'));
    expect(recordInStep(design, 'start', edit).associations.find((a) => a.id === association.id)!.kind).toBe(
      'monitoring',
    );
  });
});
