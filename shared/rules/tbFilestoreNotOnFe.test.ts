import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { collocate } from '../testing/ruleScenarios';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TB-FILESTORE-NOT-ON-FE');

describe('TB-FILESTORE-NOT-ON-FE', () => {
  it('a file store on a Front End server is refused; on a SQL store it is fine', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const fe = b.frontEnd(site, 3);
    const sql = b.pool(site, 'backEnd', { servers: 1 });
    const share = b.pool(site, 'fileStore');
    const shareServer = collocate(b, fe, share);
    expect(findingsOf(b)).toHaveLength(1);
    const [feServer] = b.design.servers.filter((s) => s.poolId === fe);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'error', subjects: [shareServer, feServer!.id] });
    collocate(b, sql, b.pool(site, 'fileStore'));
    expect(findingsOf(b)).toHaveLength(1);
  });
});
