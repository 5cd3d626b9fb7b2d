import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../format/serializeDesign';
import { DesignBuilder } from '../testing/designBuilder';
import { validateWithWaivers } from '../waivers/applyWaivers';
import { unwaiveFinding } from './unwaiveFinding';
import { waiveFinding } from './waiveFinding';

function waived() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const pool = b.frontEnd(dallas, 13);
  const base = b.design;
  const design = waiveFinding(base, {
    id: 'w-1',
    finding: { rule: 'CAP-FE-MAX-SERVERS', subjects: [pool], value: 13 },
    reason: 'Approved by change board 2026-11',
    author: 'A. Architect',
    waivedAt: '2026-11-02T09:30:00.000Z',
  });
  return { base, design, pool };
}

describe('unwaiveFinding', () => {
  it('restores the finding, and leaves no waivers key behind, so the design saves as before it was waived', () => {
    const { base, design } = waived();
    const restored = unwaiveFinding(design, { id: 'w-1' });
    expect(restored).not.toHaveProperty('waivers');
    expect(serializeDesign(restored)).toBe(serializeDesign(base));
    expect(validateWithWaivers(restored).findings.some((f) => f.rule === 'CAP-FE-MAX-SERVERS')).toBe(true);
  });

  it('keeps the other waivers', () => {
    const { design, pool } = waived();
    const two = waiveFinding(design, {
      id: 'w-2',
      finding: { rule: 'TOPO-POOL-NEEDS-SQL', subjects: [pool] },
      reason: 'The SQL store is in the next phase',
      author: 'A. Architect',
      waivedAt: '2026-11-03T09:30:00.000Z',
    });
    expect(unwaiveFinding(two, { id: 'w-1' }).waivers!.map((w) => w.id)).toEqual(['w-2']);
  });

  it('returns the same design for a waiver it does not have', () => {
    const { design, base } = waived();
    expect(unwaiveFinding(design, { id: 'w-9' })).toBe(design);
    expect(unwaiveFinding(base, { id: 'w-1' })).toBe(base);
  });
});
