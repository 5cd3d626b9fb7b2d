import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-DIR-MIN-2');

describe('TOPO-DIR-MIN-2', () => {
  it('a Director pool with one running server is a warning', () => {
    const b = new DesignBuilder();
    const director = b.pool(b.site('Dallas'), 'director', { servers: 1 });
    b.servers(director, 1, { running: false });
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [director], value: 1, limit: 2 }),
    ]);
    expect(findingsOf(b)[0]!.message).toBe(
      'Director pool director2.contoso.com has 1 running server; at least 2 are recommended so one can fail.',
    );
  });

  it('two running Director servers pass', () => {
    const b = new DesignBuilder();
    b.pool(b.site('Dallas'), 'director', { servers: 2 });
    expect(findingsOf(b)).toEqual([]);
  });
});
