import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import type { Action, Step } from '../model/migration';
import type { Pool } from '../model/pool';
import { planStates } from '../plan/planStates';
import { DesignBuilder } from '../testing/designBuilder';
import { smallMigration } from '../testing/smallMigration';
import { stepActionWords } from './actionWording';

/** The words of each step of a design's plan, each said from the state before it. */
function wordsOf(design: Design): string[][] {
  const states = planStates(design);
  return states.steps.map((step, k) => stepActionWords(step, states.stateAt(k - 1), states.file));
}

/** A plan of one step with these actions on a design (every entity it names written in the file). */
const oneStep = (design: Design, actions: Action[]): Design => ({
  ...design,
  migration: { steps: [{ id: 'st1', phase: 3, name: 'The step', actions } satisfies Step] },
});

/** Dallas with a 2-server Front End pool, its Back End and an Edge pool; Oslo, a branch, not yet in the estate. */
function estate() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const oslo = b.site('Oslo', 'branch', dallas);
  const fe = b.pool(dallas, 'frontEnd', { servers: 2, fqdn: 'pool01.contoso.com' });
  const be = b.pool(dallas, 'backEnd', { servers: 1, fqdn: 'sql01.contoso.com' });
  const backEnd = b.associate('backEnd', fe, be);
  const edge = b.pool(dallas, 'edge', { servers: 2, fqdn: 'edge01.contoso.com' });
  const link = b.link(dallas, oslo, 10_000);
  const staff = b.users(dallas, fe, 2_400);
  const pilot = b.users(oslo, fe, 50);
  const group = (id: string) => b.design.userGroups.find((g) => g.id === id)!;
  group(staff).name = 'Dallas staff';
  group(pilot).name = 'Pilot';
  return { b, dallas, oslo, fe, be, backEnd, edge, link, staff, pilot };
}

describe('the actions of a step in words', () => {
  it('says each step of the small migration as a change board reads it', () => {
    expect(wordsOf(smallMigration().design)).toEqual([
      [
        'Deploy Front End pool pool2013.contoso.com (3 servers) with Back End SQL store sql2013.contoso.com and file store fs2013.contoso.com',
      ],
      ['Move 50 users at Dallas to pool2013.contoso.com'],
      ['Move 2,000 users at Dallas to pool2013.contoso.com'],
      ['Move 2 dial-in access numbers from pool2010.contoso.com to pool2013.contoso.com'],
      [
        // The counts are those left on the pool when the action runs: the dial-in numbers moved in step 4.
        'Move 5 response groups from pool2010.contoso.com to pool2013.contoso.com',
        'Move the Central Management Server from pool2010.contoso.com to pool2013.contoso.com',
        'Decommission Front End pool pool2010.contoso.com (2 servers) and its Back End SQL store sql2010.contoso.com and file store fs2010.contoso.com',
      ],
    ]);
  });

  it('add: a site, a link with its capacity, a named group with its site and home, servers for a pool already there', () => {
    const { b, oslo, link, pilot, fe } = estate();
    const [extra] = b.servers(fe, 1);
    const site = b.site('Bergen', 'central');
    expect(wordsOf(oneStep(b.design, [{ op: 'add', ids: [oslo, link, pilot, extra!, site] }]))).toEqual([
      [
        'Add the branch site Oslo of Dallas',
        'Add the central site Bergen',
        `Add 1 server to Front End pool pool01.contoso.com: ${b.design.servers.find((s) => s.id === extra)!.fqdn}`,
        'Add the WAN link Dallas – Oslo (10,000 kbps)',
        'Add 50 users of Pilot at Oslo, homed on pool01.contoso.com',
      ],
    ]);
  });

  it('add: a pool said once with its stores whatever the order of the ids; an association to a pool already there', () => {
    const { b, dallas, edge } = estate();
    const fe = b.pool(dallas, 'frontEnd', { servers: 4, fqdn: 'pool2013.contoso.com' });
    const be = b.pool(dallas, 'backEnd', { servers: 2, fqdn: 'sql2013.contoso.com' });
    const fs = b.pool(dallas, 'fileStore', { servers: 1, fqdn: 'fs2013.contoso.com' });
    const ids = [b.associate('fileStore', fe, fs), be, fs, b.associate('backEnd', fe, be), fe];
    const servers = b.design.servers.filter((s) => [fe, be, fs].includes(s.poolId)).map((s) => s.id);
    const toEdge = b.associate('edge', fe, edge);
    const nextHop = b.associate('edgeNextHop', edge, fe);
    expect(wordsOf(oneStep(b.design, [{ op: 'add', ids: [...ids, ...servers, toEdge, nextHop] }]))).toEqual([
      [
        'Deploy Front End pool pool2013.contoso.com (4 servers) with file store fs2013.contoso.com and Back End SQL store sql2013.contoso.com (2 servers)',
        'Associate Front End pool pool2013.contoso.com with Edge pool edge01.contoso.com',
        'Associate Edge pool edge01.contoso.com with Front End pool pool2013.contoso.com as its next hop',
      ],
    ]);
  });

  it('remove: a pool with its servers and stores, a server alone, an association, a link, a group, a site', () => {
    const { b, fe, be, edge, link, pilot, oslo } = estate();
    const toEdge = b.associate('edge', fe, edge);
    const server = b.design.servers.find((s) => s.poolId === edge)!;
    expect(wordsOf(oneStep(b.design, [{ op: 'remove', ids: [be, fe] }]))).toEqual([
      ['Decommission Front End pool pool01.contoso.com (2 servers) and its Back End SQL store sql01.contoso.com'],
    ]);
    expect(wordsOf(oneStep(b.design, [{ op: 'remove', ids: [server.id, toEdge, link, pilot, oslo] }]))).toEqual([
      [
        `Remove 1 server from Edge pool edge01.contoso.com: ${server.fqdn}`,
        'Dissociate Front End pool pool01.contoso.com from Edge pool edge01.contoso.com',
        'Remove the WAN link Dallas – Oslo',
        'Remove 50 users of Pilot',
        'Remove the site Oslo',
      ],
    ]);
  });

  it('moveUsers: counts grouped by thousands, a group by its name or as the users at its site', () => {
    const { b, dallas, fe, staff, pilot } = estate();
    const target = b.pool(dallas, 'frontEnd', { servers: 3, fqdn: 'pool2013.contoso.com' });
    const unnamed = b.users(dallas, fe, 1);
    expect(wordsOf(oneStep(b.design, [{ op: 'moveUsers', groupIds: [staff, pilot, unnamed], to: target }]))).toEqual([
      ['Move 2,400 users of Dallas staff, 50 users of Pilot and 1 user at Dallas to pool2013.contoso.com'],
    ]);
  });

  it('moveHosted: the counts homed on the pool before it, every kind when none is named, and what is not there', () => {
    const { b, dallas, fe } = estate();
    const target = b.pool(dallas, 'frontEnd', { servers: 3, fqdn: 'pool2013.contoso.com' });
    const pool = b.design.pools.find((p) => p.id === fe)! as Pool;
    pool.hosts = { conferenceDirectories: 1, dialInNumbers: 2, responseGroups: 5, callParkOrbits: 1_200 };
    expect(
      wordsOf(
        oneStep(b.design, [
          { op: 'moveHosted', from: fe, to: target, what: ['dialInNumbers'] },
          { op: 'moveHosted', from: fe, to: target },
          { op: 'moveHosted', from: fe, to: target, what: ['commonAreaPhones', 'analogDevices'] },
        ]),
      ),
    ).toEqual([
      [
        'Move 2 dial-in access numbers from pool01.contoso.com to pool2013.contoso.com',
        'Move 1 conference directory, 5 response groups and 1,200 Call Park orbit ranges from pool01.contoso.com to pool2013.contoso.com',
        'Move common area phones and analog devices from pool01.contoso.com to pool2013.contoso.com (none is homed there)',
      ],
    ]);
  });

  it('moveCms: from the pool that holds it in the state before, or only where to when none does', () => {
    const { b, dallas, fe } = estate();
    const target = b.pool(dallas, 'frontEnd', { servers: 3, fqdn: 'pool2013.contoso.com' });
    expect(wordsOf(oneStep(b.design, [{ op: 'moveCms', to: target }]))).toEqual([
      ['Move the Central Management Server to pool2013.contoso.com'],
    ]);
    (b.design.pools.find((p) => p.id === fe)! as Pool & { hostsCms?: boolean }).hostsCms = true;
    expect(wordsOf(oneStep(b.design, [{ op: 'moveCms', to: target }]))).toEqual([
      ['Move the Central Management Server from pool01.contoso.com to pool2013.contoso.com'],
    ]);
  });

  it('set: federation, XMPP, the SRV record, a link capacity, an association target, then any field generally', () => {
    const { b, dallas, fe, be, backEnd, edge, link, staff } = estate();
    const sql2013 = b.pool(dallas, 'backEnd', { servers: 1, fqdn: 'sql2013.contoso.com' });
    expect(
      wordsOf(
        oneStep(b.design, [
          { op: 'set', id: edge, fields: { federation: true, xmpp: false } },
          { op: 'set', id: fe, fields: { sipSrvTarget: true, maxMeetingSize: 1_000 } },
          { op: 'set', id: link, fields: { capacityKbps: 20_000 } },
          { op: 'set', id: backEnd, fields: { to: sql2013 } },
          { op: 'set', id: staff, fields: { count: 2_600 } },
          { op: 'set', id: be, fields: { ha: 'mirroring' } },
        ]),
      ),
    ).toEqual([
      [
        'Enable SIP federation on Edge pool edge01.contoso.com',
        'Disable XMPP federation on Edge pool edge01.contoso.com',
        'Point the internal SIP SRV record (_sipinternaltls._tcp) at Front End pool pool01.contoso.com',
        'Set maxMeetingSize of Front End pool pool01.contoso.com to 1,000',
        'Set the capacity of the WAN link Dallas – Oslo to 20,000 kbps',
        'Point the Back End association of pool01.contoso.com at Back End SQL store sql2013.contoso.com',
        'Change 2,400 users of Dallas staff to 2,600 users',
        'Set ha of Back End SQL store sql01.contoso.com to mirroring',
      ],
    ]);
  });
});
