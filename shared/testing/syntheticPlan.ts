import type { Design } from '../model/design';
import type { Step } from '../model/migration';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';

/**
 * A 10-step migration of the synthetic estate's first hub (`syntheticDesign`), for the benchmark and the tests of
 * the plan validator: the hub's pools become Lync Server 2010 (its Front End pool holds the CMS, 4 dial-in numbers and
 * 12 response groups), and the plan follows the guide's phases: a 2013 pilot pool with its Back End and file store,
 * the pilot users, a pilot Edge without federation, the users in two batches, the federation cut-over, the hosted
 * objects, the CMS, a link upgrade, and the decommissioning of the 2010 pool and its Back End.
 */
export function syntheticPlan(estate: Design): Design {
  const hub = estate.sites.find((site) => site.kind === 'central')!;
  const own = (role: Pool['role']) => estate.pools.find((pool) => pool.siteId === hub.id && pool.role === role)!;
  const legacy = new Set(estate.pools.filter((pool) => pool.siteId === hub.id).map((pool) => pool.id));
  const fe2010 = own('frontEnd');
  const be2010 = own('backEnd');
  const edge2010 = own('edge');
  const director = own('director');
  const pools: Pool[] = estate.pools.map((pool) => {
    if (!legacy.has(pool.id)) return pool;
    if (pool.id === fe2010.id && pool.role === 'frontEnd')
      return { ...pool, version: 2010, hostsCms: true, hosts: { dialInNumbers: 4, responseGroups: 12 } };
    if (pool.id === edge2010.id && pool.role === 'edge') return { ...pool, version: 2010, federation: true };
    return { ...pool, version: 2010 };
  });
  // Only one CMS in the estate: the other hubs' pools hold none.
  for (let i = 0; i < pools.length; i++) {
    const pool = pools[i]!;
    if (pool.role === 'frontEnd' && pool.hostsCms && pool.id !== fe2010.id) pools[i] = { ...pool, hostsCms: false };
  }
  const pilot: Pool = {
    id: 'mig-fe2013',
    siteId: hub.id,
    fqdn: 'pool2013.contoso.com',
    role: 'frontEnd',
    edition: 'enterprise',
  };
  const pilotSql: Pool = {
    id: 'mig-be2013',
    siteId: hub.id,
    fqdn: 'sql2013.contoso.com',
    role: 'backEnd',
    ha: 'mirroring',
  };
  const pilotShare: Pool = { id: 'mig-fs2013', siteId: hub.id, fqdn: 'fs2013.contoso.com', role: 'fileStore' };
  const pilotEdge: Pool = {
    id: 'mig-edge2013',
    siteId: hub.id,
    fqdn: 'edgepool2013.contoso.com',
    role: 'edge',
    federation: false,
  };
  const servers: Server[] = [
    ...['01', '02', '03'].map((n) => ({ id: `mig-fe2013-${n}`, poolId: pilot.id, fqdn: `fe2013-${n}.contoso.com` })),
    ...['01', '02'].map((n) => ({ id: `mig-be2013-${n}`, poolId: pilotSql.id, fqdn: `sql2013-${n}.contoso.com` })),
    { id: 'mig-fs2013-01', poolId: pilotShare.id, fqdn: 'fs2013-01.contoso.com' },
    ...['01', '02'].map((n) => ({ id: `mig-edge2013-${n}`, poolId: pilotEdge.id, fqdn: `edge2013-${n}.contoso.com` })),
  ];
  const associations: Design['associations'] = [
    { id: 'mig-a-be', kind: 'backEnd', from: pilot.id, to: pilotSql.id },
    { id: 'mig-a-fs', kind: 'fileStore', from: pilot.id, to: pilotShare.id },
    { id: 'mig-a-hop', kind: 'edgeNextHop', from: pilotEdge.id, to: director.id },
    { id: 'mig-a-media', kind: 'edge', from: pilot.id, to: pilotEdge.id },
  ];
  const groups = estate.userGroups.filter((group) => group.homePoolId === fe2010.id).map((group) => group.id);
  const half = Math.ceil(groups.length / 2);
  const link = estate.links[0]!;
  const steps: Step[] = [
    {
      id: 'mig-1',
      phase: 3,
      name: 'Deploy the pilot pool',
      legacyPoolId: fe2010.id,
      actions: [
        {
          op: 'add',
          ids: [pilot, pilotSql, pilotShare, ...servers.slice(0, 6)].map((e) => e.id).concat('mig-a-be', 'mig-a-fs'),
        },
      ],
    },
    {
      id: 'mig-2',
      phase: 4,
      name: 'Move the pilot users',
      legacyPoolId: fe2010.id,
      actions: [{ op: 'moveUsers', groupIds: groups.slice(0, 1), to: pilot.id }],
    },
    {
      id: 'mig-3',
      phase: 5,
      name: 'Add the pilot Edge',
      legacyPoolId: fe2010.id,
      actions: [{ op: 'add', ids: [pilotEdge.id, 'mig-edge2013-01', 'mig-edge2013-02', 'mig-a-hop'] }],
    },
    {
      id: 'mig-4',
      phase: 6,
      name: 'Move the first half of the users',
      legacyPoolId: fe2010.id,
      actions: [{ op: 'moveUsers', groupIds: groups.slice(1, half), to: pilot.id }],
    },
    {
      id: 'mig-5',
      phase: 6,
      name: 'Cut federation over to the 2013 Edge',
      legacyPoolId: fe2010.id,
      actions: [
        { op: 'set', id: edge2010.id, fields: { federation: false } },
        { op: 'set', id: pilotEdge.id, fields: { federation: true } },
        { op: 'add', ids: ['mig-a-media'] },
      ],
    },
    {
      id: 'mig-6',
      phase: 6,
      name: 'Move the remaining users',
      legacyPoolId: fe2010.id,
      actions: [{ op: 'moveUsers', groupIds: groups.slice(half), to: pilot.id }],
    },
    {
      id: 'mig-7',
      phase: 7,
      name: 'Move the hosted objects',
      legacyPoolId: fe2010.id,
      actions: [{ op: 'moveHosted', from: fe2010.id, to: pilot.id }],
    },
    {
      id: 'mig-8',
      phase: 8,
      name: 'Move the CMS',
      legacyPoolId: fe2010.id,
      actions: [{ op: 'moveCms', to: pilot.id }],
    },
    {
      id: 'mig-9',
      phase: 8,
      name: 'Upgrade the first WAN link',
      actions: [{ op: 'set', id: link.id, fields: { capacityKbps: link.capacityKbps * 2 } }],
    },
    {
      id: 'mig-10',
      phase: 8,
      name: 'Decommission the 2010 pool',
      legacyPoolId: fe2010.id,
      actions: [{ op: 'remove', ids: [fe2010.id, be2010.id] }],
    },
  ];
  return {
    ...estate,
    pools: [...pools, pilot, pilotSql, pilotShare, pilotEdge],
    servers: [...estate.servers, ...servers],
    associations: [...estate.associations, ...associations],
    migration: { steps },
  };
}
