import { beforeEach, describe, expect, it } from 'vitest';
import { deleteEntities } from '../../../shared/commands/deleteEntities';
import { moveNodes } from '../../../shared/commands/moveNodes';
import { unwaiveFinding } from '../../../shared/commands/unwaiveFinding';
import { updateEntity } from '../../../shared/commands/updateEntity';
import { waiveFinding } from '../../../shared/commands/waiveFinding';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import {
  asTyping,
  isDirty,
  loadDesign,
  markSaved,
  redo,
  runCommand,
  setSelection,
  UNDO_LIMIT,
  undo,
  useDocument,
} from './documentStore';

function open() {
  const b = new DesignBuilder();
  const site = b.site('Dallas');
  const pool = b.frontEnd(site, 2);
  const group = b.users(site, pool, 1000);
  loadDesign(b.design, {}, { dirty: false });
  return { site, pool, group };
}

const count = (group: string) => useDocument.getState().design!.userGroups.find((g) => g.id === group)?.count;
const setCount = (group: string, value: number) =>
  runCommand((d) => updateEntity(d, { collection: 'userGroups', id: group, patch: { count: value } }));

describe('undo history', () => {
  beforeEach(() => void open());

  it('undoes and redoes document changes, and validation follows the design', () => {
    const { group, pool } = open();
    setCount(group, 2000);
    setCount(group, 90000);
    expect(useDocument.getState().validation!.figures.pools.get(pool)!.users).toBe(90000);
    expect(undo()).toBe(true);
    expect(count(group)).toBe(2000);
    expect(useDocument.getState().validation!.figures.pools.get(pool)!.users).toBe(2000);
    expect(undo()).toBe(true);
    expect(count(group)).toBe(1000);
    expect(undo()).toBe(false);
    expect(redo()).toBe(true);
    expect(redo()).toBe(true);
    expect(count(group)).toBe(90000);
    expect(redo()).toBe(false);
  });

  it('never records selection as a step', () => {
    const { group, site } = open();
    setCount(group, 5);
    setSelection([site]);
    setSelection([site, group]);
    undo();
    expect(count(group)).toBe(1000);
    expect(useDocument.getState().selection).toEqual([site, group]);
    expect(undo()).toBe(false);
  });

  it('makes a new change forget what was undone', () => {
    const { group } = open();
    setCount(group, 5);
    undo();
    setCount(group, 7);
    expect(redo()).toBe(false);
    expect(count(group)).toBe(7);
  });

  it('treats a multi-node move as one step', () => {
    const { site, pool, group } = open();
    runCommand((d) =>
      moveNodes(d, {
        moves: [
          { id: pool, x: 40, y: 80 },
          { id: group, x: 300, y: 80 },
          { id: site, x: 500, y: 500 },
        ],
      }),
    );
    undo();
    expect(useDocument.getState().design!.layout?.nodes?.[pool]).toBeUndefined();
    expect(useDocument.getState().design!.layout?.nodes?.[group]).toBeUndefined();
  });

  it('drops undone-away entities from the selection', () => {
    const { group, site } = open();
    setCount(group, 5);
    runCommand((d) => deleteEntities(d, { ids: [group] }));
    undo();
    setSelection([group, site]);
    undo();
    expect(useDocument.getState().selection).toEqual([group, site]);
    redo();
    redo();
    expect(useDocument.getState().selection).toEqual([site]);
  });

  it('is clean again when undone back to the saved design, and dirty when redone', () => {
    const { group } = open();
    expect(isDirty(useDocument.getState())).toBe(false);
    setCount(group, 5);
    expect(isDirty(useDocument.getState())).toBe(true);
    undo();
    expect(isDirty(useDocument.getState())).toBe(false);
    redo();
    expect(isDirty(useDocument.getState())).toBe(true);
    markSaved({}, useDocument.getState().design!);
    expect(isDirty(useDocument.getState())).toBe(false);
  });

  it('makes one step of a typing session, however many commits it has', () => {
    const { group } = open();
    asTyping('field#1', () => setCount(group, 2));
    asTyping('field#1', () => setCount(group, 20));
    asTyping('field#1', () => setCount(group, 200));
    expect(count(group)).toBe(200);
    expect(undo()).toBe(true);
    expect(count(group)).toBe(1000);
    expect(undo()).toBe(false);
    expect(redo()).toBe(true);
    expect(count(group)).toBe(200);
  });

  it('starts a new step for another session, after any other command, after undo and after a save', () => {
    const { group, site } = open();
    asTyping('field#1', () => setCount(group, 2));
    asTyping('field#2', () => setCount(group, 3));
    setSelection([site]);
    asTyping('field#2', () => setCount(group, 4));
    runCommand((d) => updateEntity(d, { collection: 'sites', id: site, patch: { name: 'Austin' } }));
    asTyping('field#2', () => setCount(group, 5));
    undo();
    redo();
    asTyping('field#2', () => setCount(group, 6));
    markSaved({}, useDocument.getState().design!);
    asTyping('field#2', () => setCount(group, 7));
    const seen: Array<number | undefined> = [];
    while (undo()) seen.push(count(group));
    // Selection is not a step and does not end the session: 3 and 4 are one step.
    expect(seen).toEqual([6, 5, 4, 4, 2, 1000]);
  });

  it('starts empty for every opened design', () => {
    const { group } = open();
    setCount(group, 5);
    open();
    expect(undo()).toBe(false);
  });

  it(`keeps the last ${UNDO_LIMIT} steps`, () => {
    const { group } = open();
    for (let i = 1; i <= UNDO_LIMIT + 10; i++) setCount(group, i);
    let steps = 0;
    while (undo()) steps += 1;
    expect(steps).toBe(UNDO_LIMIT);
    expect(count(group)).toBe(10);
  });
});

describe('waivers in the document', () => {
  it("leaves waived findings out of the validation's findings and badges; each waiver is one undo step", () => {
    const b = new DesignBuilder();
    const pool = b.frontEnd(b.site('Dallas'), 13);
    loadDesign(b.design, {}, { dirty: false });
    const rule = 'CAP-FE-MAX-SERVERS';
    const counted = () => useDocument.getState().validation!.findings.some((f) => f.rule === rule);
    const badged = () =>
      (useDocument.getState().validation!.findingsBySubject.get(pool) ?? []).some((f) => f.rule === rule);
    expect(counted() && badged()).toBe(true);
    runCommand((d) =>
      waiveFinding(d, {
        id: 'w-1',
        finding: { rule, subjects: [pool], value: 13 },
        reason: 'Approved',
        author: 'A. Architect',
        waivedAt: '2026-11-02T09:30:00.000Z',
      }),
    );
    expect(counted() || badged()).toBe(false);
    expect(useDocument.getState().validation!.waivers.waived.map((w) => w.waiver.id)).toEqual(['w-1']);
    // A rename changes no finding and no waiver: the same validation object, nothing redraws.
    const before = useDocument.getState().validation;
    runCommand((d) => ({ ...d, meta: { ...d.meta, name: 'Renamed' } }));
    expect(useDocument.getState().validation).toBe(before);
    undo();
    undo();
    expect(counted()).toBe(true);
    expect(useDocument.getState().validation!.waivers.waived).toEqual([]);
    redo();
    expect(counted()).toBe(false);
    runCommand((d) => unwaiveFinding(d, { id: 'w-1' }));
    expect(counted()).toBe(true);
  });
});
