import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-EDGE-2-NICS');

describe('TOPO-EDGE-2-NICS', () => {
  it("reads the Edge servers' network interfaces: one is an error", () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const [edgeServer] = b.servers(b.pool(site, 'edge'), 1);
    const [feServer] = b.servers(b.frontEnd(site, 0), 1);
    b.design.servers.find((s) => s.id === edgeServer)!.hardware = { nics: 1 };
    b.design.servers.find((s) => s.id === feServer)!.hardware = { nics: 2 };
    expect(findingsOf(b)).toEqual([expect.objectContaining({ subjects: [edgeServer], value: 1, limit: 2 })]);
  });

  it('two network interfaces, or none recorded, pass', () => {
    const b = new DesignBuilder();
    const [two] = b.servers(b.pool(b.site('Central'), 'edge', { servers: 1 }), 1);
    b.design.servers.find((s) => s.id === two)!.hardware = { nics: 2 };
    expect(findingsOf(b)).toEqual([]);
  });
});
