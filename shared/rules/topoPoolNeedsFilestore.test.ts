import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TOPO-POOL-NEEDS-FILESTORE');

describe('TOPO-POOL-NEEDS-FILESTORE', () => {
  it('no file store, or one in another site, is an error', () => {
    const b = new DesignBuilder();
    const here = b.site('Here');
    const there = b.site('There');
    const none = b.frontEnd(here, 3);
    const far = b.frontEnd(here, 3);
    b.associate('fileStore', far, b.pool(there, 'fileStore', { servers: 1 }));
    const messages = findingsOf(b).map((f) => [f.subjects[0], f.message]);
    expect(messages).toEqual([
      [none, expect.stringContaining('has no file store')],
      [far, expect.stringContaining('in another site')],
    ]);
    expect(findingsOf(b).map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('a file store in its own site passes', () => {
    const b = new DesignBuilder();
    b.wellFormedFrontEnd(b.site('Here'), 3);
    expect(findingsOf(b)).toEqual([]);
  });
});
