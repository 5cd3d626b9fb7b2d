import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { sharedBackEnd } from '../testing/ruleScenarios';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('TOPO-BE-NO-ASYNC-MIRROR', () => {
  it('an asynchronously mirrored Back End is an error', () => {
    const { b, sql } = sharedBackEnd();
    expect(of(b, 'TOPO-BE-NO-ASYNC-MIRROR')).toEqual([expect.objectContaining({ subjects: [sql] })]);
    expect(of(b, 'TOPO-BE-NO-ASYNC-MIRROR')[0]).toMatchObject({ severity: 'error' });
  });

  it('a well-formed pool with its own mirrored Back End passes', () => {
    const b = new DesignBuilder();
    b.wellFormedFrontEnd(b.site('Central'), 3);
    expect(of(b, 'TOPO-BE-NO-ASYNC-MIRROR')).toEqual([]);
  });
});
