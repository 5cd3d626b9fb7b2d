import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { applyAction } from '../plan/applyAction';
import { entityLookup } from '../plan/entityLookup';
import { planStates } from '../plan/planStates';
import { stateDiff } from '../plan/stateDiff';
import { fabrikamMigration } from '../samples/fabrikamMigration';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';
import { designDiagram } from './designDiagram';
import type { Diagram, DiagramBox } from './diagram';

const states = planStates(fabrikamMigration());

/** The diagram of the state after a step, with that step's changes marked, and the plain diagram of the state before. */
function stepOf(stepId: string) {
  const k = states.indexOf(stepId)!;
  const before = states.stateAt(k - 1);
  const after = states.stateAt(k);
  return {
    before,
    after,
    diagram: designDiagram(after, validate(after), undefined, stateDiff(before, after)),
    plainBefore: designDiagram(before, validate(before)),
  };
}

const boxOf = (diagram: Diagram, id: string) => diagram.boxes.find((box) => box.id === id);
const rectOf = (box: DiagramBox | undefined) => box && { x: box.x, y: box.y, width: box.width, height: box.height };
const marks = (diagram: Diagram) =>
  new Map([...diagram.boxes, ...diagram.lines].filter((item) => item.mark).map((item) => [item.id, item.mark]));

describe('designDiagram with a step’s changes', () => {
  it('keeps the decommissioned Seattle pool as a ghost with its servers, where it stood before', () => {
    const { before, after, diagram, plainBefore } = stepOf('sea-8-decommission');
    expect(after.pools.some((pool) => pool.id === 'fe2010-sea')).toBe(false);
    const ghost = boxOf(diagram, 'fe2010-sea');
    expect(ghost).toMatchObject({ kind: 'pool', mark: 'removed', parentId: 'sea', legacy: true });
    expect(ghost!.findings).toBeUndefined();
    expect(ghost?.kind === 'pool' && ghost.figures).toBeUndefined();
    expect(rectOf(ghost)).toEqual(rectOf(boxOf(plainBefore, 'fe2010-sea')));
    // Every server the pool had is a ghost inside it, where the state before drew it.
    const servers = before.servers.filter((server) => server.poolId === 'fe2010-sea');
    expect(servers.length).toBeGreaterThan(0);
    for (const server of servers) {
      expect(boxOf(diagram, server.id)).toMatchObject({ kind: 'server', parentId: 'fe2010-sea', mark: 'removed' });
      expect(rectOf(boxOf(diagram, server.id))).toEqual(rectOf(boxOf(plainBefore, server.id)));
    }
    // Its Back End and file store go with it, and so do the associations between them, as ghost lines.
    expect(boxOf(diagram, 'be2010-sea')?.mark).toBe('removed');
    expect(boxOf(diagram, 'fs2010-sea')?.mark).toBe('removed');
    const ghostLines = diagram.lines.filter((line) => line.mark === 'removed').map((line) => line.id);
    const toBackEnd = before.associations.find((a) => a.from === 'fe2010-sea' && a.to === 'be2010-sea')!;
    expect(ghostLines).toContain(toBackEnd.id);
    // The 2013 pool that received the conference directories is changed, and nothing else is marked.
    expect(boxOf(diagram, 'fe2013-sea')?.mark).toBe('changed');
    const others = [...marks(diagram)].filter(([, mark]) => mark !== 'removed');
    expect(others).toEqual([['fe2013-sea', 'changed']]);
  });

  it('marks the Dallas pilot pool and its servers as added, and nothing that was there before', () => {
    const { before, diagram } = stepOf('dal-3-pilot-pool');
    expect(boxOf(diagram, 'fe2013-dal')?.mark).toBe('added');
    expect(boxOf(diagram, 'fe2013-dal-01')?.mark).toBe('added');
    const existing = new Set([...before.pools, ...before.servers, ...before.sites].map((entity) => entity.id));
    for (const box of diagram.boxes) if (existing.has(box.id)) expect(box.mark).toBeUndefined();
    expect(diagram.boxes.some((box) => box.mark === 'removed')).toBe(false);
  });

  it('marks the groups a step moves as changed', () => {
    const { diagram } = stepOf('dal-6-users');
    expect(boxOf(diagram, 'ug-dal-hq')?.mark).toBe('changed');
    expect(boxOf(diagram, 'ug-dal-sales')?.mark).toBe('changed');
    expect(boxOf(diagram, 'ug-dal-pilot')?.mark).toBeUndefined();
  });

  it('is the plain diagram when no changes are given, with no marks at all', () => {
    const after = states.stateAt(states.indexOf('sea-8-decommission')!);
    const plain = designDiagram(after, validate(after));
    expect(plain.boxes.some((box) => 'mark' in box)).toBe(false);
    expect(plain.lines.some((line) => 'mark' in line)).toBe(false);
    expect(boxOf(plain, 'fe2010-sea')).toBeUndefined();
    const none = stateDiff(after, after);
    expect(designDiagram(after, validate(after), undefined, none)).toEqual(plain);
  });
});

describe('designDiagram of Lync Server 2010 pools', () => {
  it('flags a 2010 pool and its servers as legacy, and a 2013 pool not', () => {
    const after = states.stateAt(states.indexOf('dal-3-pilot-pool')!);
    const diagram = designDiagram(after, validate(after));
    expect(boxOf(diagram, 'fe2010-dal')).toMatchObject({ kind: 'pool', legacy: true });
    const legacyServer = after.servers.find((server) => server.poolId === 'fe2010-dal')!;
    expect(boxOf(diagram, legacyServer.id)).toMatchObject({ kind: 'server', legacy: true });
    expect(boxOf(diagram, 'fe2013-dal')).not.toHaveProperty('legacy');
    expect(boxOf(diagram, 'fe2013-dal-01')).not.toHaveProperty('legacy');
  });
});

describe('ghosts of what a step removes with its container', () => {
  /** A branch with its own pool, users and link, all removed in one step. */
  function branchRemoved() {
    const b = new DesignBuilder();
    const hq = b.site('Dallas');
    const frontEnd = b.frontEnd(hq, 2);
    const branch = b.site('Austin', 'branch', hq);
    const sba = b.pool(branch, 'sba', { servers: 1 });
    const users = b.users(branch, sba, 200);
    const link = b.link(hq, branch, 10_000);
    const registrar = b.associate('registrar', sba, frontEnd);
    const spare = b.servers(frontEnd, 1)[0]!;
    // Homed on the SBA and left behind: the plan's mistake the MIG rules report.
    const stranded = b.users(hq, sba, 50);
    const before: Design = b.design;
    const after = applyAction(
      before,
      { op: 'remove', ids: [branch, sba, users, link, spare] },
      entityLookup(before),
    ) as Design;
    return { before, after, hq, frontEnd, branch, sba, users, link, registrar, spare, stranded };
  }

  const sbaName = (e: ReturnType<typeof branchRemoved>) => e.before.pools.find((pool) => pool.id === e.sba)!.fqdn;

  it('draws a removed site as a ghost holding its ghost pool, servers and users, with its ghost link', () => {
    const e = branchRemoved();
    const diagram = designDiagram(e.after, validate(e.after), undefined, stateDiff(e.before, e.after));
    const plainBefore = designDiagram(e.before, validate(e.before));
    expect(boxOf(diagram, e.branch)).toMatchObject({ kind: 'site', mark: 'removed', pools: 1, users: 200 });
    expect(boxOf(diagram, e.sba)).toMatchObject({ parentId: e.branch, mark: 'removed' });
    expect(boxOf(diagram, e.users)).toMatchObject({ parentId: e.branch, mark: 'removed', homeName: sbaName(e) });
    for (const id of [e.branch, e.sba, e.users])
      expect(rectOf(boxOf(diagram, id))).toEqual(rectOf(boxOf(plainBefore, id)));
    expect(diagram.lines.find((line) => line.id === e.link)).toMatchObject({ kind: 'link', mark: 'removed' });
    expect(diagram.lines.find((line) => line.id === e.registrar)).toMatchObject({ mark: 'removed' });
    // Ghosts are inside the drawing's bounds, so print does not cut them off.
    const site = boxOf(diagram, e.branch)!;
    expect(diagram.bounds.x + diagram.bounds.width).toBeGreaterThan(site.x + site.width);
  });

  it('draws a server removed from a live pool after the pool’s live servers, the pool grown to hold it', () => {
    const e = branchRemoved();
    const diagram = designDiagram(e.after, validate(e.after), undefined, stateDiff(e.before, e.after));
    const plainBefore = designDiagram(e.before, validate(e.before));
    expect(boxOf(diagram, e.frontEnd)?.mark).toBeUndefined();
    expect(boxOf(diagram, e.spare)).toMatchObject({ kind: 'server', parentId: e.frontEnd, mark: 'removed' });
    expect(rectOf(boxOf(diagram, e.frontEnd))).toEqual(rectOf(boxOf(plainBefore, e.frontEnd)));
    expect(rectOf(boxOf(diagram, e.spare))).toEqual(rectOf(boxOf(plainBefore, e.spare)));
  });

  it('draws a ghost site open even when it was collapsed, and names the ghost a stranded group is homed on', () => {
    const e = branchRemoved();
    const diagram = designDiagram(e.after, validate(e.after), new Set([e.branch]), stateDiff(e.before, e.after));
    expect(boxOf(diagram, e.branch)).toMatchObject({ collapsed: false, mark: 'removed' });
    expect(boxOf(diagram, e.sba)?.mark).toBe('removed');
    expect(boxOf(diagram, e.stranded)).toMatchObject({ homeName: sbaName(e), homeBoxId: e.sba });
    expect(boxOf(diagram, e.stranded)).not.toHaveProperty('mark');
    // Without the step's changes the pool is simply gone.
    expect(boxOf(designDiagram(e.after, validate(e.after)), e.stranded)).toMatchObject({ homeName: '?' });
  });
});
