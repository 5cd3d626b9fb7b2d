import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { collocate } from '../testing/ruleScenarios';
import { validate } from '../validate';

describe('TOPO-PCHAT-SE-POC (examples.md CAP-21)', () => {
  it('D: Persistent Chat on a Standard Edition server is allowed, with a proof-of-concept warning', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const se = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    const chat = b.pool(site, 'persistentChat');
    const chatServer = collocate(b, se, chat);
    const findings = validate(b.design).findings;
    const rules = findings.map((f) => f.rule);
    expect(rules).toContain('TOPO-PCHAT-SE-POC');
    expect(rules).not.toContain('TOPO-SEPARATE-ROLES');
    const [seServer] = b.design.servers.filter((s) => s.poolId === se);
    expect(findings.filter((f) => f.rule === 'TOPO-PCHAT-SE-POC')).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [chatServer, seServer!.id] }),
    ]);
  });

  it('Persistent Chat on servers of its own passes', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    b.pool(site, 'persistentChat', { servers: 2 });
    expect(validate(b.design).findings.filter((f) => f.rule === 'TOPO-PCHAT-SE-POC')).toEqual([]);
  });
});
