import { describe, expect, it } from 'vitest';
import type { Server } from '../model/server';
import { carryNames, repeatedNamesOf, serversNamed } from './computers';

/** A server lookup as indexServers makes it: pools in the order they first appear, servers in the design's order. */
function lookupOf(servers: readonly Server[]): Map<string, Server[]> {
  const byPool = new Map<string, Server[]>();
  for (const server of servers) byPool.set(server.poolId, [...(byPool.get(server.poolId) ?? []), server]);
  return byPool;
}

describe('carryNames', () => {
  it('hands names on through many states as if each lookup were read afresh', () => {
    const names = ['a.contoso.com', 'b.contoso.com', 'c.contoso.com', 'd.contoso.com'];
    let servers: Server[] = [0, 1, 2, 3, 4, 5].map((i) => ({
      id: `s${i}`,
      poolId: `p${i % 3}`,
      fqdn: names[i % names.length]!,
    }));
    let lookup = lookupOf(servers);
    serversNamed(lookup, 'a.contoso.com');
    // More states than the layers kept before they are flattened, each renaming one server or removing one.
    for (let step = 0; step < 25; step++) {
      const i = (step * 5) % servers.length;
      const old = servers[i]!;
      const next = step % 7 === 6 ? undefined : { ...old, fqdn: names[(step * 3) % names.length]!.toUpperCase() };
      servers = next ? servers.map((s) => (s === old ? next : s)) : servers.filter((s) => s !== old);
      const after = lookupOf(servers);
      carryNames(lookup, after, [[old, next]]);
      lookup = after;
      const fresh = lookupOf(servers);
      for (const name of names) expect(serversNamed(lookup, name)).toEqual(serversNamed(fresh, name));
      expect([...repeatedNamesOf(lookup)].sort()).toEqual([...repeatedNamesOf(fresh)].sort());
    }
  });
});
