import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { sharedBackEnd } from '../testing/ruleScenarios';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('TB-SQL-NOT-SHARED-ACROSS-VERSIONS', () => {
  it('a 2010 pool on the Back End of a 2013 pool is an error', () => {
    const { b, legacy } = sharedBackEnd();
    expect(of(b, 'TB-SQL-NOT-SHARED-ACROSS-VERSIONS')).toEqual([expect.objectContaining({ subjects: [legacy] })]);
    expect(of(b, 'TB-SQL-NOT-SHARED-ACROSS-VERSIONS')[0]).toMatchObject({ severity: 'error' });
  });

  it('a well-formed pool with its own mirrored Back End passes', () => {
    const b = new DesignBuilder();
    b.wellFormedFrontEnd(b.site('Central'), 3);
    expect(of(b, 'TB-SQL-NOT-SHARED-ACROSS-VERSIONS')).toEqual([]);
  });
});
