import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { sharedBackEnd } from '../testing/ruleScenarios';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('TOPO-SE-SQL-LOCAL', () => {
  it('a Standard Edition server with a Back End association is an error', () => {
    const { b, se } = sharedBackEnd();
    expect(of(b, 'TOPO-SE-SQL-LOCAL')).toEqual([expect.objectContaining({ subjects: [se] })]);
    expect(of(b, 'TOPO-SE-SQL-LOCAL')[0]).toMatchObject({ severity: 'error' });
  });

  it('a Standard Edition server on its own SQL Express passes', () => {
    const b = new DesignBuilder();
    b.wellFormedFrontEnd(b.site('Central'), 1, 'standard');
    expect(of(b, 'TOPO-SE-SQL-LOCAL')).toEqual([]);
  });
});
