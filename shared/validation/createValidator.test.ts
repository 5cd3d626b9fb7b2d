import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { designArbitrary } from '../testing/designArbitrary';
import { DesignBuilder } from '../testing/designBuilder';
import { SIZE_1K, syntheticDesign } from '../testing/syntheticDesign';
import { createValidator, validate } from '../validate';

/** A design with some of its user groups edited as the inspector edits them: new objects, same place. */
function editGroups(
  design: Design,
  edits: ReadonlyArray<{ at: number; count: number; remote?: number; conference?: number }>,
): Design {
  if (design.userGroups.length === 0) return design;
  const userGroups = design.userGroups.slice();
  for (const edit of edits) {
    const i = edit.at % userGroups.length;
    const group = userGroups[i]!;
    userGroups[i] = {
      ...group,
      count: edit.count,
      ...(edit.remote !== undefined ? { remotePercent: edit.remote } : {}),
      ...(edit.conference !== undefined ? { traffic: { ...group.traffic, conferencePercent: edit.conference } } : {}),
    };
  }
  return { ...design, userGroups };
}

const edit = fc.record({
  at: fc.nat(),
  count: fc.integer({ min: 0, max: 90_000 }),
  remote: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  conference: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
});

describe('createValidator', () => {
  it('after any sequence of group edits, gives exactly what a fresh validation gives', () => {
    fc.assert(
      fc.property(
        designArbitrary(),
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        (design, steps) => {
          const validator = createValidator();
          validator.validate(design);
          let current = design;
          for (const step of steps) {
            current = editGroups(current, step);
            expect(validator.validate(current)).toEqual(validate(current));
          }
        },
      ),
      { numRuns: 200 },
    );
    // Many random designs and edits: seconds of work, more on a busy machine (a bound on hanging, not a speed check).
  }, 60_000);

  it('agrees with a fresh validation on a 1,000-server estate after edits that cross links and limits', () => {
    const design = syntheticDesign(SIZE_1K);
    const validator = createValidator();
    validator.validate(design);
    let current = design;
    for (const [at, count] of [
      [3, 90_000],
      [11, 5],
      [3, 40],
      [500, 20_000],
      [999, 0],
    ] as const) {
      current = editGroups(current, [{ at, count }]);
      expect(validator.validate(current)).toEqual(validate(current));
    }
  });

  it('returns the same result object for a layout-only edit (a drag frame)', () => {
    const design = syntheticDesign(SIZE_1K);
    const validator = createValidator();
    const first = validator.validate(design);
    const moved = { ...design, layout: { ...design.layout, nodes: { ...design.layout?.nodes, s0: { x: 5, y: 5 } } } };
    expect(validator.validate(moved)).toBe(first);
  });

  it('keeps the findings list itself when an edit changes no finding, and replaces it when one changes', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    b.users(dallas, b.frontEnd(dallas, 3), 1000);
    const validator = createValidator();
    const first = validator.validate(b.design);
    // More remote users at a site without Edge or Director servers: the figures change, no rule says anything new.
    const remote = editGroups(b.design, [{ at: 0, count: 1000, remote: 60 }]);
    const second = validator.validate(remote);
    expect(second.figures.sites.get(dallas)!.remoteUsers).not.toBe(first.figures.sites.get(dallas)!.remoteUsers);
    expect(second.findings).toBe(first.findings);
    expect(second.findings).toEqual(validate(remote).findings);
    // One more user changes what CAP-CONF-CONCURRENCY says (5% of 1,001 is about 51): a new list, as a fresh one.
    const plusOne = editGroups(remote, [{ at: 0, count: 1001 }]);
    const third = validator.validate(plusOne);
    expect(third.findings).not.toBe(second.findings);
    expect(third.findings).toEqual(validate(plusOne).findings);
    expect(third.findings.find((finding) => finding.rule === 'CAP-CONF-CONCURRENCY')!.message).toContain(
      'about 51 users',
    );
  });

  it('leaves the results it gave before as they were', () => {
    const design = syntheticDesign(SIZE_1K);
    const validator = createValidator();
    const first = validator.validate(design);
    const links = [...first.figures.links.values()].map((figures) => ({ ...figures }));
    let current = design;
    for (const at of [3, 11, 500]) {
      current = editGroups(current, [{ at, count: 20_000 }]);
      validator.validate(current);
    }
    expect([...first.figures.links.values()]).toEqual(links);
    expect(first).toEqual(validate(design));
  });

  it('validates afresh when an edit adds an entity', () => {
    const design = syntheticDesign(SIZE_1K);
    const validator = createValidator();
    validator.validate(design);
    const added: Design = {
      ...design,
      servers: [...design.servers, { id: 'v-new', poolId: design.pools[0]!.id, fqdn: 'new.contoso.com' }],
    };
    expect(validator.validate(added)).toEqual(validate(added));
  });
});

describe('the index and the findings by subject in the result', () => {
  /** Two sites, each with a Front End pool of three servers and a group of people homed on it. */
  function twoSites() {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const dallasPool = b.frontEnd(dallas, 3);
    b.users(dallas, dallasPool, 1000);
    const austin = b.site('Austin');
    const austinPool = b.frontEnd(austin, 3);
    b.users(austin, austinPool, 1000);
    return { design: b.design, dallas, dallasPool, austin, austinPool };
  }

  it('groups the findings by the entities they are about, in the order of the list', () => {
    const result = validate(syntheticDesign(SIZE_1K));
    const subjects = new Set(result.findings.flatMap((finding) => finding.subjects));
    expect(new Set(result.findingsBySubject.keys())).toEqual(subjects);
    for (const [subject, list] of result.findingsBySubject)
      expect(list).toEqual(result.findings.filter((finding) => finding.subjects.includes(subject)));
  });

  it('keeps the grouping and the index themselves when an edit says nothing new', () => {
    const { design, dallas, dallasPool } = twoSites();
    const validator = createValidator();
    const first = validator.validate(design);
    const remote = editGroups(design, [{ at: 0, count: 1000, remote: 60 }]);
    const second = validator.validate(remote);
    expect(second.findings).toBe(first.findings);
    expect(second.findingsBySubject).toBe(first.findingsBySubject);
    // The index lists groups by position, which an edit of their numbers does not change: it is the same index.
    expect(second.index).toBe(first.index);
    expect(second.index.groupPositionsBySite.get(dallas)).toEqual([0]);
    expect(second.index.groupPositionsByHomePool.get(dallasPool)).toEqual([0]);
  });

  it('replaces the lists of the subjects whose findings changed, and only those', () => {
    const { design, dallasPool, austinPool } = twoSites();
    const validator = createValidator();
    const first = validator.validate(design);
    const crowded = editGroups(design, [{ at: 0, count: 90_000 }]);
    const second = validator.validate(crowded);
    expect(second.findingsBySubject).not.toBe(first.findingsBySubject);
    expect(second.findingsBySubject).toEqual(validate(crowded).findingsBySubject);
    expect(second.findingsBySubject.get(dallasPool)!.map((finding) => finding.rule)).toContain('CAP-FE-POOL-MAX-USERS');
    expect(second.findingsBySubject.get(austinPool)).toBe(first.findingsBySubject.get(austinPool));
  });

  it('returns the same index and grouping for a layout-only edit', () => {
    const { design, dallas } = twoSites();
    const validator = createValidator();
    const first = validator.validate(design);
    const moved = { ...design, layout: { nodes: { [dallas]: { x: 5, y: 5 } } } };
    const second = validator.validate(moved);
    expect(second.index).toBe(first.index);
    expect(second.findingsBySubject).toBe(first.findingsBySubject);
  });
});

describe('validate on the smallest designs', () => {
  it('says nothing about an empty design, and gives it empty figures', () => {
    const empty: Design = {
      format: 'lyncplan',
      formatVersion: 2,
      meta: {
        id: '00000000-0000-4000-8000-00000000e001',
        name: 'Empty',
        createdAt: '2026-01-01T00:00:00.000Z',
        modifiedAt: '2026-01-01T00:00:00.000Z',
      },
      sites: [],
      pools: [],
      servers: [],
      userGroups: [],
      links: [],
      associations: [],
    };
    const result = validate(empty);
    expect(result.findings).toEqual([]);
    expect(result.figures.pools.size + result.figures.links.size + result.figures.sites.size).toBe(0);
  });
});
