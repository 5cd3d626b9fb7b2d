import { describe, expect, it } from 'vitest';
import type { Waiver } from '../model/waiver';
import type { Finding } from '../rules/define/rule';
import { DesignBuilder } from '../testing/designBuilder';
import { createValidator, type ValidationResult, validate } from '../validate';
import { groupBySubject } from '../validation/findingsBySubject';
import { applyWaivers, createWaiverView, sameSubjects, validateWithWaivers, waiverMatches } from './applyWaivers';

const finding = (
  rule: string,
  subjects: string[],
  value?: number,
  severity: Finding['severity'] = 'error',
): Finding => ({
  rule,
  severity,
  subjects,
  message: `${rule} about ${subjects.join(', ')}`,
  ...(value !== undefined ? { value, limit: 12 } : {}),
  source: 'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md',
});

const waiver = (rule: string, subjects: string[], value?: number, id = 'w-1'): Waiver => ({
  id,
  rule,
  subjects,
  ...(value !== undefined ? { value } : {}),
  reason: 'Accepted by the change board, 2026-11',
  author: 'A. Architect',
  waivedAt: '2026-11-02T09:30:00.000Z',
});

/** A validation result holding just these findings (figures and index are not read by the waivers). */
function resultOf(findings: Finding[]): ValidationResult {
  return { ...validate(new DesignBuilder().design), findings, findingsBySubject: groupBySubject(findings) };
}

describe('waiverMatches', () => {
  it('needs the same rule, the same subjects in any order and, when the waiver has one, the same value', () => {
    const pair = finding('TOPO-PAIR-DISTANCE', ['p-1', 'p-2', 'a-3'], 2);
    expect(waiverMatches(waiver('TOPO-PAIR-DISTANCE', ['a-3', 'p-2', 'p-1'], 2), pair)).toBe(true);
    expect(waiverMatches(waiver('TOPO-PAIR-DISTANCE', ['p-1', 'p-2', 'a-3']), pair)).toBe(true);
    expect(waiverMatches(waiver('TOPO-PAIR-DISTANCE', ['p-1', 'p-2', 'a-3'], 3), pair)).toBe(false);
    expect(waiverMatches(waiver('TOPO-PAIR-DISTANCE', ['p-1', 'p-2']), pair)).toBe(false);
    expect(waiverMatches(waiver('TOPO-PAIR-OTHER', ['p-1', 'p-2', 'a-3']), pair)).toBe(false);
  });

  it('counts repeated subjects', () => {
    expect(sameSubjects(['a', 'a', 'b'], ['a', 'b', 'b'])).toBe(false);
    expect(sameSubjects(['b', 'a', 'a'], ['a', 'b', 'a'])).toBe(true);
    expect(sameSubjects([], [])).toBe(true);
  });
});

describe('applyWaivers', () => {
  const over = finding('CAP-FE-MAX-SERVERS', ['p-1'], 13);
  const users = finding('CAP-FE-MAX-USERS', ['p-1'], 90_000);
  const edge = finding('TOPO-EDGE-HA', ['p-9'], 1, 'warning');

  it('costs nothing without waivers: the same lists, nothing waived', () => {
    const result = resultOf([over, users, edge]);
    for (const none of [undefined, []]) {
      const applied = applyWaivers(result, none);
      expect(applied.findings).toBe(result.findings);
      expect(applied.findingsBySubject).toBe(result.findingsBySubject);
      expect(applied.waivers).toEqual({ waived: [], stale: [] });
    }
  });

  it('takes a waived finding out of the findings and of its subjects, and lists it with its waiver', () => {
    const result = resultOf([over, users, edge]);
    const accepted = waiver('CAP-FE-MAX-SERVERS', ['p-1'], 13);
    const applied = applyWaivers(result, [accepted]);
    expect(applied.findings).toEqual([users, edge]);
    expect(applied.findingsBySubject.get('p-1')).toEqual([users]);
    // The lists of other subjects are the validator's own.
    expect(applied.findingsBySubject.get('p-9')).toBe(result.findingsBySubject.get('p-9'));
    expect(applied.waivers).toEqual({ waived: [{ finding: over, waiver: accepted }], stale: [] });
    // The validator's result is untouched.
    expect(result.findings).toEqual([over, users, edge]);
  });

  it('drops a subject whose only finding is waived, so its badge goes', () => {
    const applied = applyWaivers(resultOf([over, edge]), [waiver('TOPO-EDGE-HA', ['p-9'], 1)]);
    expect(applied.findingsBySubject.has('p-9')).toBe(false);
    expect(applied.findings).toEqual([over]);
  });

  it('brings the finding back when its value changes, and says the waiver no longer matches', () => {
    const accepted = waiver('CAP-FE-MAX-SERVERS', ['p-1'], 13);
    const fourteen = finding('CAP-FE-MAX-SERVERS', ['p-1'], 14);
    const applied = applyWaivers(resultOf([fourteen, edge]), [accepted]);
    expect(applied.findings).toEqual([fourteen, edge]);
    expect(applied.waivers).toEqual({ waived: [], stale: [{ waiver: accepted, now: fourteen }] });
  });

  it('keeps a waiver whose finding is gone as no longer matching, with nothing now', () => {
    const accepted = waiver('CAP-FE-MAX-SERVERS', ['p-1'], 13);
    expect(applyWaivers(resultOf([edge]), [accepted]).waivers).toEqual({ waived: [], stale: [{ waiver: accepted }] });
  });

  it('matches a waiver without a value whatever the rule compares', () => {
    const accepted = waiver('CAP-FE-MAX-SERVERS', ['p-1']);
    expect(applyWaivers(resultOf([over]), [accepted]).waivers.waived).toEqual([{ finding: over, waiver: accepted }]);
  });

  it('matches subjects in any order, and a finding about the design as a whole', () => {
    const pair = finding('TOPO-PAIR-DISTANCE', ['p-1', 'p-2', 'a-3']);
    const whole = finding('TOPO-NO-FRONT-END', [], undefined, 'warning');
    const applied = applyWaivers(resultOf([pair, whole, edge]), [
      waiver('TOPO-PAIR-DISTANCE', ['a-3', 'p-1', 'p-2'], undefined, 'w-1'),
      waiver('TOPO-NO-FRONT-END', [], undefined, 'w-2'),
    ]);
    expect(applied.findings).toEqual([edge]);
    expect(applied.findingsBySubject.has('p-2')).toBe(false);
    expect(applied.waivers.waived.map((w) => w.waiver.id)).toEqual(['w-1', 'w-2']);
  });

  it('lists waived findings in the order of the findings, and shows the first of two waivers of one finding', () => {
    const first = waiver('CAP-FE-MAX-SERVERS', ['p-1'], 13, 'w-a');
    const second = waiver('CAP-FE-MAX-SERVERS', ['p-1'], undefined, 'w-b');
    const applied = applyWaivers(resultOf([over, users, edge]), [
      waiver('TOPO-EDGE-HA', ['p-9'], 1, 'w-c'),
      first,
      second,
    ]);
    expect(applied.waivers.waived.map((w) => w.waiver.id)).toEqual(['w-a', 'w-c']);
    expect(applied.waivers.stale).toEqual([]);
  });
});

describe('validateWithWaivers on a design', () => {
  it('does not count a waived error, and counts it again when the pool grows', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const pool = b.frontEnd(dallas, 13);
    const before = validate(b.design).findings.filter((f) => f.severity === 'error');
    expect(before.map((f) => f.rule)).toContain('CAP-FE-MAX-SERVERS');
    b.design.waivers = [waiver('CAP-FE-MAX-SERVERS', [pool], 13)];
    const waived = validateWithWaivers(b.design);
    expect(waived.findings.filter((f) => f.severity === 'error')).toHaveLength(before.length - 1);
    expect(waived.waivers.waived.map((w) => w.finding.rule)).toEqual(['CAP-FE-MAX-SERVERS']);
    b.servers(pool, 1);
    const grown = validateWithWaivers(b.design);
    expect(grown.findings.filter((f) => f.severity === 'error')).toHaveLength(before.length);
    expect(grown.waivers.stale).toEqual([
      { waiver: b.design.waivers[0], now: expect.objectContaining({ rule: 'CAP-FE-MAX-SERVERS', value: 14 }) },
    ]);
  });
});

describe('createWaiverView', () => {
  it('gives the same object while neither the validation nor the waivers change', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const pool = b.frontEnd(dallas, 13);
    const validator = createValidator();
    const view = createWaiverView();
    const waivers = [waiver('CAP-FE-MAX-SERVERS', [pool], 13)];
    const result = validator.validate(b.design);
    const first = view(result, waivers);
    expect(view(validator.validate({ ...b.design, meta: { ...b.design.meta, name: 'Renamed' } }), waivers)).toBe(first);
    // New figures, the same findings (as the validator gives after most keystrokes): the waived lists are kept.
    const refigured: ValidationResult = { ...result, figures: { ...result.figures, pools: new Map() } };
    const kept = view(refigured, waivers);
    expect(kept).not.toBe(first);
    expect(kept.findings).toBe(first.findings);
    expect(kept.findingsBySubject).toBe(first.findingsBySubject);
    expect(kept.waivers).toBe(first.waivers);
    expect(kept.figures).toBe(refigured.figures);
    expect(view(result, [...waivers])).not.toBe(first);
    expect(view(result, undefined).findings).toBe(result.findings);
  });
});
