import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { CommandRefused } from './commandError';
import { moveServerToPool } from './moveServerToPool';

function estate() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const pool1 = b.pool(dallas, 'frontEnd', { servers: 2, fqdn: 'pool01.contoso.com' });
  const pool2 = b.pool(dallas, 'frontEnd', { servers: 1, fqdn: 'pool02.contoso.com' });
  const edge = b.pool(dallas, 'edge', { servers: 1, fqdn: 'edgepool01.contoso.com' });
  const server = b.design.servers.find((s) => s.poolId === pool1)!;
  server.fqdn = 'fe01.contoso.com';
  return { design: b.design, pool1, pool2, edge, server: server.id };
}

describe('moveServerToPool', () => {
  it('moves a server to another pool of its role', () => {
    const { design, pool2, server } = estate();
    const next = moveServerToPool(design, { serverId: server, poolId: pool2 });
    expect(next.servers.find((s) => s.id === server)).toEqual({ id: server, poolId: pool2, fqdn: 'fe01.contoso.com' });
  });

  it('leaves the design as it was when the server is dropped on its own pool', () => {
    const { design, pool1, server } = estate();
    expect(moveServerToPool(design, { serverId: server, poolId: pool1 })).toBe(design);
  });

  it('refuses a pool of another role, with both roles named', () => {
    const { design, edge, server } = estate();
    expect(() => moveServerToPool(design, { serverId: server, poolId: edge })).toThrow(
      new CommandRefused(
        'fe01.contoso.com is a Front End server; Edge pool edgepool01.contoso.com takes only Edge servers.',
      ),
    );
  });

  it('refuses a second server in a Standard Edition server', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const se1 = b.pool(dallas, 'frontEnd', { servers: 1, edition: 'standard', fqdn: 'se01.contoso.com' });
    const se2 = b.pool(dallas, 'frontEnd', { servers: 1, edition: 'standard', fqdn: 'se02.contoso.com' });
    const server = b.design.servers.find((s) => s.poolId === se1)!.id;
    expect(() => moveServerToPool(b.design, { serverId: server, poolId: se2 })).toThrow(
      new CommandRefused('se02.contoso.com is a Standard Edition server, a pool of exactly one server.'),
    );
  });

  it('refuses a drop that is not on a pool', () => {
    const { design, server } = estate();
    expect(() => moveServerToPool(design, { serverId: server, poolId: 's-1' })).toThrow(
      new CommandRefused('Drop the server onto a pool.'),
    );
  });
});
