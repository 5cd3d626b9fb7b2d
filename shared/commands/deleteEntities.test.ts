import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { DesignBuilder } from '../testing/designBuilder';
import { smallMigration } from '../testing/smallMigration';
import { deleteEntities, deleteEntitiesReporting, idsToDelete } from './deleteEntities';

function estate() {
  const b = new DesignBuilder();
  const central = b.site('Central');
  const branch = b.site('Branch', 'branch', central);
  const pool = b.frontEnd(central, 2);
  const sql = b.pool(central, 'backEnd', { servers: 1 });
  const association = b.associate('backEnd', pool, sql);
  const group = b.users(branch, pool, 100);
  const link = b.link(branch, central, 1024);
  b.design.layout = { nodes: { [central]: { x: 0, y: 0 }, [pool]: { x: 10, y: 10 }, [branch]: { x: 500, y: 0 } } };
  return { b, central, branch, pool, sql, association, group, link };
}

describe('deleteEntities', () => {
  it('deleting a pool takes its servers, associations and homed user groups, and leaves a valid design', () => {
    const { b, pool, association, group } = estate();
    const next = deleteEntities(b.design, { ids: [pool] });
    expect(next.pools.map((p) => p.id)).not.toContain(pool);
    expect(next.servers.filter((s) => s.poolId === pool)).toEqual([]);
    expect(next.associations.map((a) => a.id)).not.toContain(association);
    expect(next.userGroups.map((g) => g.id)).not.toContain(group);
    expect(next.layout?.nodes?.[pool]).toBeUndefined();
    expect(parseDesign(serializeDesign(next)).ok).toBe(true);
  });

  it('decommissioning a pool at a step (keepHomedGroups) keeps its users, still homed on it, and its site’s groups', () => {
    const { b, pool, association, group } = estate();
    const next = deleteEntities(b.design, { ids: [pool], keepHomedGroups: true });
    expect(next.pools.map((p) => p.id)).not.toContain(pool);
    expect(next.associations.map((a) => a.id)).not.toContain(association);
    expect(next.userGroups.find((g) => g.id === group)?.homePoolId).toBe(pool);
  });

  it('deleting a central site keeps its branches, unassigned, and removes its links', () => {
    const { b, central, branch, link } = estate();
    const next = deleteEntities(b.design, { ids: [central] });
    expect(next.sites).toEqual([{ id: branch, name: 'Branch', kind: 'branch' }]);
    expect(next.links.map((l) => l.id)).not.toContain(link);
    expect(next.pools).toEqual([]);
    expect(parseDesign(serializeDesign(next)).ok).toBe(true);
  });

  it('lists what a delete takes with it, for the confirmation', () => {
    const { b, sql, association } = estate();
    expect([...idsToDelete(b.design, [sql])].sort()).toEqual(
      [association, sql, ...b.design.servers.filter((s) => s.poolId === sql).map((s) => s.id)].sort(),
    );
  });

  it('returns the same design when nothing matches', () => {
    const { b } = estate();
    expect(deleteEntities(b.design, { ids: [] })).toBe(b.design);
  });

  it('removes the waivers that name a deleted entity, its dependents included, and keeps the others', () => {
    const { b, central, branch, pool, sql, link } = estate();
    const waiver = (id: string, subjects: string[]) => ({
      id,
      rule: 'TEST-RULE',
      subjects,
      reason: 'Accepted',
      author: 'A. Architect',
      waivedAt: '2026-11-02T09:30:00.000Z',
    });
    b.design.waivers = [waiver('w-1', [pool]), waiver('w-2', [link, branch]), waiver('w-3', [branch])];
    // Deleting the central site takes the pool and the link with it, and so the waivers about them.
    const next = deleteEntities(b.design, { ids: [central] });
    expect(next.waivers!.map((w) => w.id)).toEqual(['w-3']);
    expect(parseDesign(serializeDesign(next)).ok).toBe(true);
    // Deleting what the last waiver names leaves no waivers key at all; deleting what none names keeps the list.
    expect(deleteEntities(next, { ids: [branch] })).not.toHaveProperty('waivers');
    expect(deleteEntities(b.design, { ids: [sql] }).waivers).toBe(b.design.waivers);
  });

  it('on a design with a plan, takes every action that names what it deletes out of the plan, so the file stays valid', () => {
    const { design, ids } = smallMigration();
    const { design: next, droppedActions } = deleteEntitiesReporting(design, { ids: [ids.fe2013] });
    expect(droppedActions.map((d) => `${d.stepId} ${d.action.op}`)).toEqual([
      'st2 moveUsers',
      'st3 moveUsers',
      'st4 moveHosted',
      'st5 moveHosted',
      'st5 moveCms',
    ]);
    const added = next.migration!.steps[0]!.actions.flatMap((a) => (a.op === 'add' ? a.ids : []));
    expect(added).toContain(ids.be2013);
    expect(added).not.toContain(ids.fe2013);
    expect(parseDesign(serializeDesign(next)).ok).toBe(true);
    expect(deleteEntities(design, { ids: [ids.fe2013] })).toEqual(next);
  });
});
