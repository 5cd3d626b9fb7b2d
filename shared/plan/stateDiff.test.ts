import { describe, expect, it } from 'vitest';
import { stepSummary } from '../report/stepSummary';
import { fabrikamMigration } from '../samples/fabrikamMigration';
import { planStates } from './planStates';
import { diffMarks, stateDiff } from './stateDiff';

const design = fabrikamMigration();
const states = planStates(design);
const stepAt = (id: string) => states.indexOf(id)!;
const changesOf = (id: string) => {
  const k = stepAt(id);
  const before = states.stateAt(k - 1);
  const after = states.stateAt(k);
  return { diff: stateDiff(before, after), before, after };
};

describe('stateDiff: what a step changes', () => {
  it('lists a deployed pool, its servers and associations as added, nothing else', () => {
    const { diff } = changesOf('dal-3-pilot-pool');
    const added = diff.added.map(({ entity }) => entity.id);
    expect(added).toContain('fe2013-dal');
    expect(added).toContain('fe2013-dal-01');
    expect(diff.removed).toEqual([]);
    expect(diff.moved).toEqual([]);
    expect(diff.changed).toEqual([]);
  });

  it('lists moved groups with their old and new home, not as a field change', () => {
    const { diff } = changesOf('dal-6-users');
    expect(diff.moved.map(({ before, after }) => [before.id, before.homePoolId, after.homePoolId])).toEqual([
      ['ug-dal-hq', 'fe2010-dal', 'fe2013-dal'],
      ['ug-dal-sales', 'fe2010-dal', 'fe2013-dal'],
    ]);
    expect(diff.changed).toEqual([]);
    expect(diffMarks(diff).changed).toEqual(new Set(['ug-dal-hq', 'ug-dal-sales']));
  });

  it('lists a removed pool with the servers and associations that go with it', () => {
    const { diff } = changesOf('sea-8-decommission');
    const removed = new Set(diff.removed.map(({ entity }) => entity.id));
    expect(removed.has('fe2010-sea')).toBe(true);
    expect(removed.has('be2010-sea')).toBe(true);
    expect([...removed].some((id) => id.startsWith('a-') && id.includes('fe2010-sea'))).toBe(true);
    // The conference directories moved first: the 2013 pool's hosts changed.
    expect(diff.changed.map(({ after, fields }) => [after.id, fields])).toEqual([['fe2013-sea', ['hosts']]]);
  });

  it('finds nothing between a state and itself, and the reverse of an addition is a removal', () => {
    const { diff, before, after } = changesOf('dal-5-pilot-edge');
    expect(stateDiff(after, after)).toEqual({ added: [], removed: [], moved: [], changed: [] });
    const back = stateDiff(after, before);
    expect(back.removed.map(({ entity }) => entity.id).sort()).toEqual(
      diff.added.map(({ entity }) => entity.id).sort(),
    );
  });
});

describe('stepSummary: the line that heads the canvas', () => {
  it('says a deployed pool with its server count and its association', () => {
    const { diff, before, after } = changesOf('dal-5-pilot-edge');
    expect(stepSummary(diff, before, after)).toBe('+ edge2013-dal (2 servers), + 1 association');
  });

  it('counts a deployed Front End pool in Front Ends, its servers not listed again', () => {
    const { diff, before, after } = changesOf('dal-3-pilot-pool');
    const line = stepSummary(diff, before, after);
    const frontEnds = after.servers.filter((server) => server.poolId === 'fe2013-dal').length;
    expect(
      line.startsWith(`+ ${after.pools.find((p) => p.id === 'fe2013-dal')!.fqdn.split('.')[0]} (${frontEnds} FE)`),
    ).toBe(true);
    expect(line).not.toMatch(/fe2013-dal-01/);
  });

  it('says how many users moved between which pools', () => {
    const { diff, before, after } = changesOf('dal-6-users');
    const users = after.userGroups
      .filter((group) => group.id === 'ug-dal-hq' || group.id === 'ug-dal-sales')
      .reduce((sum, group) => sum + group.count, 0);
    expect(stepSummary(diff, before, after)).toBe(
      `${users.toLocaleString('en-US')} users moved from ${before.pools.find((p) => p.id === 'fe2010-dal')!.fqdn.split('.')[0]} to ${after.pools.find((p) => p.id === 'fe2013-dal')!.fqdn.split('.')[0]}`,
    );
  });

  it('says a CMS move once, and a decommissioned pool without its servers', () => {
    const cms = changesOf('dal-8-cms');
    expect(stepSummary(cms.diff, cms.before, cms.after)).toMatch(/^CMS moved to \S+$/);
    const decom = changesOf('dal-8-decommission');
    const line = stepSummary(decom.diff, decom.before, decom.after);
    expect(line).toMatch(/− \S+ \(\d FE\)/);
    expect(line).not.toMatch(/association/);
  });
});
