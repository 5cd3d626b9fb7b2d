import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { collocate } from '../testing/ruleScenarios';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-SEPARATE-ROLES');

describe('TOPO-SEPARATE-ROLES (examples.md CAP-21)', () => {
  it('C: Persistent Chat on an Enterprise Front End server is an error about both servers', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const fe = b.frontEnd(site, 3);
    const chat = b.pool(site, 'persistentChat');
    const chatServer = collocate(b, fe, chat);
    const [feServer] = b.design.servers.filter((s) => s.poolId === fe);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(findingsOf(b)[0]!.subjects).toEqual([feServer!.id, chatServer]);
  });

  it('a file store on a SQL store is fine', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const fe = b.frontEnd(site, 3);
    const sql = b.pool(site, 'backEnd', { servers: 1 });
    collocate(b, fe, b.pool(site, 'fileStore'));
    collocate(b, sql, b.pool(site, 'fileStore'));
    expect(findingsOf(b)).toEqual([]);
  });
});
