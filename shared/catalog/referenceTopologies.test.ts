import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';
import { REFERENCE_TOPOLOGIES } from './referenceTopologies';

const errorsOf = (design: Design) =>
  validate(design)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}: ${f.message}`);

/** An Edge pool in `siteId` that serves `pools`, with its next hop. */
function edgeFor(b: DesignBuilder, siteId: string, servers: number, pools: string[]): string {
  const edge = b.pool(siteId, 'edge', {
    servers,
    extra: { loadBalancing: { internal: 'dns', external: 'dns' }, federation: true } as never,
  });
  for (const pool of pools) b.associate('edge', pool, edge);
  b.associate('edgeNextHop', edge, pools[0]!);
  return edge;
}

describe('the reference topologies validate without an error', () => {
  it('small: 4,000 users on two paired Standard Edition servers, one Edge, an SBA branch', () => {
    const ref = REFERENCE_TOPOLOGIES.small;
    const b = new DesignBuilder('Small reference topology');
    const central = b.site('Central');
    const branch = b.site('Branch', 'branch', central);
    const [se1, se2] = [b.wellFormedFrontEnd(central, 1, 'standard'), b.wellFormedFrontEnd(central, 1, 'standard')];
    b.associate('backupPool', se1!, se2!);
    b.users(central, se1!, ref.usersPerStandardEdition);
    b.users(central, se2!, ref.usersPerStandardEdition);
    edgeFor(b, central, ref.edgeServers, [se1!, se2!]);
    b.associate('registrar', b.pool(branch, 'sba', { servers: 1 }), se1!);
    expect(errorsOf(b.design)).toEqual([]);
  });

  it('medium: 20,000 users on a 3-server pool with a mirrored Back End and 2 Edge servers', () => {
    const ref = REFERENCE_TOPOLOGIES.medium;
    const b = new DesignBuilder('Medium reference topology');
    const site = b.site('Central');
    const pool = b.wellFormedFrontEnd(site, ref.frontEndServers);
    b.users(site, pool, ref.users);
    edgeFor(b, site, ref.edgeServers, [pool]);
    expect(errorsOf(b.design)).toEqual([]);
  });

  it('large: two paired 6-server pools of 20,000 users, and a 600-user "Site C" of two paired Standard Edition servers', () => {
    const ref = REFERENCE_TOPOLOGIES.large;
    const b = new DesignBuilder('Large reference topology');
    const siteA = b.site('Site A');
    const siteB = b.site('Site B');
    const siteC = b.site('Site C');
    const poolA = b.wellFormedFrontEnd(siteA, ref.frontEndServersPerPool);
    const poolB = b.wellFormedFrontEnd(siteB, ref.frontEndServersPerPool);
    b.associate('backupPool', poolA, poolB);
    b.users(siteA, poolA, ref.siteAUsers);
    b.users(siteB, poolB, ref.siteBUsers);
    const [c1, c2] = [b.wellFormedFrontEnd(siteC, 1, 'standard'), b.wellFormedFrontEnd(siteC, 1, 'standard')];
    b.associate('backupPool', c1!, c2!);
    b.users(siteC, c1!, ref.siteCUsers / 2);
    b.users(siteC, c2!, ref.siteCUsers / 2);
    edgeFor(b, siteA, 2, [poolA, c1!, c2!]);
    edgeFor(b, siteB, 2, [poolB]);
    b.associate(
      'pstnGateway',
      b.pool(siteB, 'mediation', { servers: 2 }),
      b.pool(siteB, 'pstnGateway', { servers: 1 }),
    );
    for (const pool of b.design.pools) if (pool.role === 'edge' && pool.siteId === siteB) pool.federation = false;
    expect(errorsOf(b.design)).toEqual([]);
  });
});
