import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { rules } from '../rules/define/registry';
import { DesignBuilder } from '../testing/designBuilder';
import type { Design } from './design';
import { type Waiver, waiverSchema } from './waiver';

function overfull() {
  const b = new DesignBuilder('Waived');
  const site = b.site('Dallas');
  const pool = b.frontEnd(site, 13);
  const waiver: Waiver = {
    id: 'w-1',
    rule: 'CAP-FE-MAX-SERVERS',
    subjects: [pool],
    value: 13,
    reason: 'One server over by design, approved by change board 2026-11',
    author: 'A. Architect',
    waivedAt: '2026-11-02T09:30:00.000Z',
  };
  return { b, pool, waiver };
}

function errorOf(design: unknown) {
  const result = parseDesign(JSON.stringify(design));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('the waivers of a design (format)', () => {
  it('reads back what it writes, keys in the schema order, and a second save is byte-identical', () => {
    const { b, waiver } = overfull();
    const shuffled = Object.fromEntries(Object.entries(waiver).reverse()) as Waiver;
    const design: Design = { ...b.design, waivers: [shuffled] };
    const text = serializeDesign(design);
    const result = parseDesign(text);
    expect(result.ok && result.design.waivers).toEqual([waiver]);
    expect(Object.keys(JSON.parse(text).waivers[0])).toEqual([
      'id',
      'rule',
      'subjects',
      'value',
      'reason',
      'author',
      'waivedAt',
    ]);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'formatVersion',
      'meta',
      'sites',
      'pools',
      'servers',
      'userGroups',
      'links',
      'associations',
      'waivers',
    ]);
    expect(serializeDesign(result.ok ? result.design : design)).toBe(text);
  });

  it('writes a design without waivers exactly as before, and never an empty list', () => {
    const { b } = overfull();
    const text = serializeDesign(b.design);
    expect(text).not.toContain('waivers');
    expect(serializeDesign({ ...b.design, waivers: [] })).toBe(text);
  });

  it('keeps a waiver without a value (a rule that compares no number)', () => {
    const { b, waiver } = overfull();
    const { value: _value, ...plain } = waiver;
    const result = parseDesign(serializeDesign({ ...b.design, waivers: [plain] }));
    expect(result.ok && result.design.waivers).toEqual([plain]);
  });

  it.each([
    ['reason', '', 'a waiver needs a reason'],
    ['reason', '   ', 'a waiver needs a reason'],
    ['reason', 'x'.repeat(2_001), "a waiver's reason has at most 2,000 characters"],
    ['author', '', 'a waiver needs an author'],
    ['author', 'x'.repeat(201), "a waiver's author has at most 200 characters"],
    ['waivedAt', 'last Tuesday', 'expected an ISO 8601 date and time'],
    ['rule', 'cap fe max', 'a rule id is upper-case words joined by "-", such as CAP-FE-MAX-SERVERS'],
  ])('refuses a waiver whose %s is %j, naming the place', (field, value, message) => {
    const { b, waiver } = overfull();
    const error = errorOf({ ...b.design, waivers: [{ ...waiver, [field]: value }] });
    expect(error.message).toBe(`The design is invalid at waivers[0] (id "w-1").${field}: ${message}.`);
  });

  it('refuses a waiver without a reason or an author', () => {
    const { b, waiver } = overfull();
    const { reason: _r, author: _a, ...bare } = waiver;
    expect(errorOf({ ...b.design, waivers: [bare] }).issues.map((issue) => issue.path)).toEqual([
      'waivers[0] (id "w-1").reason',
      'waivers[0] (id "w-1").author',
    ]);
  });

  it('refuses a waiver about an entity that is not in the design, as any dangling id', () => {
    const { b, waiver, pool } = overfull();
    const error = errorOf({ ...b.design, waivers: [{ ...waiver, subjects: [pool, 'p-gone'] }] });
    expect(error.message).toBe(
      'The design is invalid at waivers[0] (id "w-1").subjects[1]: the waiver names "p-gone", which is not in the design.',
    );
  });

  it('refuses a waiver id used twice or used by an entity', () => {
    const { b, waiver, pool } = overfull();
    expect(errorOf({ ...b.design, waivers: [waiver, { ...waiver, value: 14 }] }).message).toBe(
      'The design is invalid at waivers[1] (id "w-1").id: duplicate id "w-1" (already used by waivers[0]).',
    );
    expect(errorOf({ ...b.design, waivers: [{ ...waiver, id: pool }] }).message).toBe(
      `The design is invalid at waivers[0] (id "${pool}").id: duplicate id "${pool}" (already used by one of the pools).`,
    );
  });

  it('takes the id of every rule the validator has', () => {
    for (const rule of rules) expect(waiverSchema.shape.rule.safeParse(rule.id).success, rule.id).toBe(true);
  });
});
