import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-NO-MULTIHOME');

describe('TOPO-NO-MULTIHOME', () => {
  it("reads the Front End servers' network interfaces: two is an error, on an Edge server it is not", () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const [edgeServer] = b.servers(b.pool(site, 'edge'), 1);
    const [feServer] = b.servers(b.frontEnd(site, 0), 1);
    b.design.servers.find((s) => s.id === edgeServer)!.hardware = { nics: 2 };
    b.design.servers.find((s) => s.id === feServer)!.hardware = { nics: 2 };
    expect(findingsOf(b)).toEqual([expect.objectContaining({ subjects: [feServer], value: 2, limit: 1 })]);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'error' });
  });

  it('one network interface passes', () => {
    const b = new DesignBuilder();
    const [feServer] = b.servers(b.frontEnd(b.site('Central'), 0), 1);
    b.design.servers.find((s) => s.id === feServer)!.hardware = { nics: 1 };
    expect(findingsOf(b)).toEqual([]);
  });
});
