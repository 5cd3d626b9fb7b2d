import fc from 'fast-check';
import { sessionsOf } from '../analysis/linkDemand';
import { FRONT_END_TOPOLOGY } from '../catalog/frontEndTopology';
import { LYNC_2010 } from '../catalog/lync2010';
import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import { createDesign } from '../commands/createDesign';
import type { Association, AssociationKind } from '../model/association';
import type { Design } from '../model/design';
import type { Hosts } from '../model/hosts';
import type { Pool } from '../model/pool';

const DOMAIN = 'contoso.com';
const HA = ['none', 'mirroring', 'clustering'] as const;

const hostsArbitrary: fc.Arbitrary<Hosts> = fc
  .record(
    {
      conferenceDirectories: fc.integer({ min: 0, max: 3 }),
      dialInNumbers: fc.integer({ min: 0, max: 8 }),
      responseGroups: fc.integer({ min: 0, max: 10 }),
      callParkOrbits: fc.integer({ min: 0, max: 3 }),
      commonAreaPhones: fc.integer({ min: 0, max: 50 }),
      analogDevices: fc.integer({ min: 0, max: 20 }),
    },
    { requiredKeys: [] },
  )
  .map((hosts) => Object.fromEntries(Object.entries(hosts).filter(([, n]) => n !== undefined)) as Hosts);

const branchArbitrary = fc.record({
  sba: fc.boolean(),
  users: fc.integer({ min: 25, max: 800 }),
});

const centralArbitrary = fc.record({
  edition: fc.constantFrom('enterprise' as const, 'standard' as const),
  // Enterprise users up to 60,000; a Standard Edition server's within its 2010 maximum with its branches (below).
  users: fc.integer({ min: 1, max: 60_000 }),
  groups: fc.integer({ min: 1, max: 3 }),
  remotePercent: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
  ha: fc.constantFrom(...HA),
  mediationCollocated: fc.boolean(),
  callAdmissionControl: fc.boolean(),
  hosts: hostsArbitrary,
  branches: fc.array(branchArbitrary, { maxLength: 2 }),
});

type Central = typeof centralArbitrary extends fc.Arbitrary<infer T> ? T : never;

export interface EstateSpec {
  centrals: Central[];
  edge: { servers: number; lb: 'dns' | 'hardware'; federation: boolean; xmpp: boolean; nics: boolean } | undefined;
  director: number | undefined;
  archiving: boolean;
  monitoring: boolean;
  cmsAt: number;
  srvOnDirector: boolean;
  srvAt: number;
  paired: boolean;
}

const specArbitrary: fc.Arbitrary<EstateSpec> = fc.record({
  centrals: fc.array(centralArbitrary, { minLength: 1, maxLength: 3 }),
  edge: fc.option(
    fc.record({
      servers: fc.integer({ min: 1, max: 2 }),
      lb: fc.constantFrom('dns' as const, 'hardware' as const),
      federation: fc.boolean(),
      xmpp: fc.boolean(),
      nics: fc.boolean(),
    }),
    { nil: undefined },
  ),
  director: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
  archiving: fc.boolean(),
  monitoring: fc.boolean(),
  cmsAt: fc.nat(),
  srvOnDirector: fc.boolean(),
  srvAt: fc.nat(),
  paired: fc.boolean(),
});

/**
 * Plausible Lync Server 2010 estates built from the catalog's roles, valid by construction (no error finding): one to
 * three central sites, each with one 2010 Enterprise Front End pool (on a Back End of its own, mirrored, clustered or
 * single, and a file store; one Front End per 10,000 users plus one, LYNC_2010) or a Standard Edition server (within
 * its 2010 maximum with its branches' users), the non-user objects it homes, user groups; branches with a 2010 SBA
 * that registers with their central pool, or whose users are homed on it; optionally an Edge pool (federating or not,
 * with XMPP or not; with the servers its remote users need at the 2010 figure) and a Director in the first site, the
 * Edge's next hop; 2010 Archiving and Monitoring Servers used by
 * every pool and SBA; the CMS on one pool; the internal SIP SRV record on the Director or a pool; WAN links joining the
 * central sites in a chain and each branch to its central site; and, as Lync 2010 allows no pool pairing, sometimes a
 * backup-pool association between two 2010 pools that no rule sizes.
 */
export function lync2010EstateArbitrary(): fc.Arbitrary<Design> {
  return specArbitrary.map(buildEstate);
}

export function buildEstate(spec: EstateSpec): Design {
  const { layout: _none, ...empty } = createDesign({
    id: '00000000-0000-4000-8000-000000002010',
    name: 'Lync 2010 estate',
    now: '2026-01-01T00:00:00.000Z',
  });
  const design: Design = { ...empty, settings: { defaultSipDomain: DOMAIN } };
  const fqdn = (host: string) => `${host}.${DOMAIN}`;
  const pool = (p: Record<string, unknown>, servers: number, nics?: number) => {
    const added = { version: 2010, ...p } as Pool;
    // The reverse proxy is no Lync server: it has no version.
    if (added.version === undefined) delete added.version;
    design.pools.push(added);
    const host = added.fqdn.split('.')[0]!;
    for (let i = 1; i <= servers; i++)
      design.servers.push({
        id: `${added.id}-${i}`,
        poolId: added.id,
        fqdn: fqdn(`${host}-${String(i).padStart(2, '0')}`),
        ...(nics !== undefined ? { hardware: { nics } } : {}),
      });
    return added;
  };
  const associate = (kind: AssociationKind, from: string, to: string) => {
    const association: Association = { id: `a-${kind}-${from}-${to}`, kind, from, to };
    design.associations.push(association);
  };
  const frontEnds: string[] = [];
  const appliances: string[] = [];
  spec.centrals.forEach((central, c) => {
    const site = `c${c}`;
    design.sites.push({ id: site, name: `Central ${c}`, kind: 'central' });
    if (c > 0)
      design.links.push({ id: `l-c${c - 1}-c${c}`, siteA: `c${c - 1}`, siteB: site, capacityKbps: 10_000_000 });
    const branchUsers = central.branches.reduce((sum, b) => sum + b.users, 0);
    const standard = central.edition === 'standard';
    const seRoom = LYNC_2010.standardEditionMaxUsers.value - branchUsers;
    const users = standard ? Math.min(central.users, seRoom) : central.users;
    const id = `fe${c}`;
    const each = LYNC_2010.frontEndUsersPerServer.value;
    const servers = standard ? 1 : Math.ceil((users + branchUsers) / each) + LYNC_2010.frontEndSpareServers.value;
    pool(
      {
        id,
        siteId: site,
        fqdn: fqdn(`pool2010-${c}`),
        role: 'frontEnd',
        edition: central.edition,
        mediationCollocated: central.mediationCollocated,
        ...(central.callAdmissionControl ? { callAdmissionControl: true } : {}),
        ...(Object.keys(central.hosts).length > 0 ? { hosts: central.hosts } : {}),
      },
      servers,
    );
    frontEnds.push(id);
    if (!standard) {
      const mirrored = FRONT_END_TOPOLOGY.mirroredBackEndServers.value;
      pool(
        { id: `be${c}`, siteId: site, fqdn: fqdn(`sql2010-${c}`), role: 'backEnd', ha: central.ha },
        central.ha === 'none' ? 1 : mirrored,
      );
      associate('backEnd', id, `be${c}`);
    }
    pool({ id: `fs${c}`, siteId: site, fqdn: fqdn(`fs2010-${c}`), role: 'fileStore' }, 1);
    associate('fileStore', id, `fs${c}`);
    const share = Math.floor(users / central.groups);
    for (let g = 0; g < central.groups; g++)
      design.userGroups.push({
        id: `ug${c}-${g}`,
        name: `Central ${c} users ${g + 1}`,
        siteId: site,
        homePoolId: id,
        count: g === 0 ? users - share * (central.groups - 1) : share,
        ...(central.remotePercent !== undefined ? { remotePercent: central.remotePercent } : {}),
      });
    central.branches.forEach((branch, b) => {
      const branchSite = `b${c}-${b}`;
      design.sites.push({ id: branchSite, name: `Branch ${c}.${b}`, kind: 'branch', centralSiteId: site });
      design.links.push({
        id: `l-${branchSite}`,
        siteA: branchSite,
        siteB: site,
        capacityKbps: 100_000,
        latencyMs: 60,
      });
      let home = id;
      if (branch.sba) {
        home = `sba${c}-${b}`;
        pool({ id: home, siteId: branchSite, fqdn: fqdn(`sba2010-${c}-${b}`), role: 'sba' }, 1);
        associate('registrar', home, id);
        appliances.push(home);
      }
      design.userGroups.push({
        id: `ug-${branchSite}`,
        name: `Branch ${c}.${b} users`,
        siteId: branchSite,
        homePoolId: home,
        count: branch.users,
      });
    });
  });
  if (spec.paired && frontEnds.length > 1) associate('backupPool', frontEnds[0]!, frontEnds[1]!);
  const first = 'c0';
  if (spec.director !== undefined)
    pool({ id: 'dir', siteId: first, fqdn: fqdn('dir2010'), role: 'director' }, spec.director);
  if (spec.edge) {
    const { lb, federation, xmpp, nics } = spec.edge;
    // Every user enters through this Edge: it has at least the servers the 2010 figure asks for (CAP-EDGE-REMOTE-USERS).
    const remoteUsers = design.userGroups.reduce(
      (sum, group) => sum + sessionsOf(group.count, group.remotePercent ?? REMOTE_ACCESS.remotePercent.value),
      0,
    );
    const servers = Math.max(spec.edge.servers, Math.ceil(remoteUsers / LYNC_2010.remoteUsersPerEdge.value));
    pool(
      {
        id: 'edge',
        siteId: first,
        fqdn: fqdn('edge2010'),
        role: 'edge',
        loadBalancing: { internal: lb, external: lb },
        federation,
        xmpp,
      },
      servers,
      nics ? 2 : undefined,
    );
    associate('edgeNextHop', 'edge', spec.director !== undefined ? 'dir' : frontEnds[0]!);
    for (const id of frontEnds) associate('edge', id, 'edge');
    pool({ id: 'rp', siteId: first, fqdn: fqdn('rp'), role: 'reverseProxy', version: undefined }, 1);
  }
  for (const role of ['archiving', 'monitoring'] as const) {
    if (!spec[role]) continue;
    pool({ id: role, siteId: first, fqdn: fqdn(`${role.slice(0, 4)}2010`), role }, 1);
    for (const id of frontEnds) associate(role, id, role);
    if (role === 'monitoring') for (const id of appliances) associate(role, id, role);
  }
  const cms = design.pools.find((p) => p.id === frontEnds[spec.cmsAt % frontEnds.length]);
  if (cms?.role === 'frontEnd') cms.hostsCms = true;
  const srv =
    spec.srvOnDirector && spec.director !== undefined
      ? design.pools.find((p) => p.id === 'dir')
      : design.pools.find((p) => p.id === frontEnds[spec.srvAt % frontEnds.length]);
  if (srv?.role === 'frontEnd' || srv?.role === 'director') srv.sipSrvTarget = true;
  return design;
}
