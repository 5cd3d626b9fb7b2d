import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { sharedBackEnd } from '../testing/ruleScenarios';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('TOPO-SQL-ONE-POOL', () => {
  it('a SQL store that is the Back End of two pools is an error', () => {
    const { b, sql } = sharedBackEnd();
    expect(of(b, 'TOPO-SQL-ONE-POOL')).toEqual([expect.objectContaining({ subjects: [sql], value: 2, limit: 1 })]);
    expect(of(b, 'TOPO-SQL-ONE-POOL')[0]).toMatchObject({ severity: 'error' });
  });

  it('a well-formed pool with its own mirrored Back End passes', () => {
    const b = new DesignBuilder();
    b.wellFormedFrontEnd(b.site('Central'), 3);
    expect(of(b, 'TOPO-SQL-ONE-POOL')).toEqual([]);
  });
});
