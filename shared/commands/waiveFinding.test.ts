import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';
import { validateWithWaivers } from '../waivers/applyWaivers';
import { CommandRefused } from './commandError';
import { waiveFinding } from './waiveFinding';

function overfull() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const pool = b.frontEnd(dallas, 13);
  const finding = validate(b.design).findings.find((f) => f.rule === 'CAP-FE-MAX-SERVERS')!;
  return { b, pool, finding };
}

const args = (finding: { rule: string; subjects: string[]; value?: number }, more = {}) => ({
  id: 'w-1',
  finding,
  reason: '  One over by design, approved by change board 2026-11 ',
  author: ' A. Architect ',
  waivedAt: '2026-11-02T09:30:00.000Z',
  ...more,
});

describe('waiveFinding', () => {
  it("records the finding's rule, subjects and value with the reason and author, trimmed", () => {
    const { b, pool, finding } = overfull();
    const next = waiveFinding(b.design, args(finding));
    expect(next.waivers).toEqual([
      {
        id: 'w-1',
        rule: 'CAP-FE-MAX-SERVERS',
        subjects: [pool],
        value: 13,
        reason: 'One over by design, approved by change board 2026-11',
        author: 'A. Architect',
        waivedAt: '2026-11-02T09:30:00.000Z',
      },
    ]);
    expect(b.design.waivers).toBeUndefined();
    expect(validateWithWaivers(next).findings.some((f) => f.rule === 'CAP-FE-MAX-SERVERS')).toBe(false);
    expect(parseDesign(serializeDesign(next)).ok).toBe(true);
  });

  it('waives a finding that compares no number without a value', () => {
    const { b, pool } = overfull();
    const next = waiveFinding(b.design, args({ rule: 'TOPO-POOL-NEEDS-SQL', subjects: [pool] }));
    expect(next.waivers![0]).not.toHaveProperty('value');
  });

  it('refuses an empty reason or author, and overlong ones, with the messages the dialog shows', () => {
    const { b, finding } = overfull();
    expect(() => waiveFinding(b.design, args(finding, { reason: '   ' }))).toThrow(
      new CommandRefused('Give the reason this finding is accepted'),
    );
    expect(() => waiveFinding(b.design, args(finding, { author: '' }))).toThrow(
      new CommandRefused('Name who accepts this finding'),
    );
    expect(() => waiveFinding(b.design, args(finding, { reason: 'x'.repeat(2_001) }))).toThrow(
      new CommandRefused('A reason has at most 2,000 characters'),
    );
    expect(() => waiveFinding(b.design, args(finding, { author: 'x'.repeat(201) }))).toThrow(
      new CommandRefused('A name has at most 200 characters'),
    );
  });

  it('refuses a finding about something not in the design, a second waiver of it, and a used id', () => {
    const { b, pool, finding } = overfull();
    expect(() => waiveFinding(b.design, args({ ...finding, subjects: ['p-gone'] }))).toThrow(
      new CommandRefused('That finding is about something that is no longer in the design.'),
    );
    const once = waiveFinding(b.design, args(finding));
    expect(() => waiveFinding(once, args(finding, { id: 'w-2' }))).toThrow(
      new CommandRefused('This finding is already waived.'),
    );
    expect(() => waiveFinding(once, args({ ...finding, value: 14 }))).toThrow(
      new CommandRefused('That waiver id is already in use.'),
    );
    expect(() => waiveFinding(once, args({ ...finding, value: 14 }, { id: pool }))).toThrow(
      new CommandRefused('That waiver id is already in use.'),
    );
    expect(() => waiveFinding(b.design, args(finding, { waivedAt: 'now' }))).toThrow(
      new CommandRefused('That finding cannot be waived: expected an ISO 8601 date and time.'),
    );
  });

  it('renews a waiver that no longer matches in the same step, replacing it', () => {
    const { b, pool, finding } = overfull();
    const once = waiveFinding(b.design, args(finding));
    b.servers(pool, 1);
    const grown = { ...once, servers: b.design.servers };
    const fourteen = validate(grown).findings.find((f) => f.rule === 'CAP-FE-MAX-SERVERS')!;
    const renewed = waiveFinding(grown, args(fourteen, { id: 'w-2', replaces: 'w-1', reason: 'Still approved' }));
    expect(renewed.waivers).toEqual([expect.objectContaining({ id: 'w-2', value: 14, reason: 'Still approved' })]);
    expect(() => waiveFinding(grown, args(fourteen, { id: 'w-3', replaces: 'w-9' }))).toThrow(
      new CommandRefused('The waiver to renew is no longer in the design.'),
    );
  });
});
