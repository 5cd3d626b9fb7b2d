import type { Design } from '../model/design';
import type { Step } from '../model/migration';
import { DesignBuilder } from './designBuilder';

/**
 * The smallest whole migration, for tests: Dallas with a Lync 2010 pool (2 Front Ends, the CMS, 2 dial-in numbers
 * and 5 response groups) on its 2010 Back End and file store, 2,000 users and a pilot group of 50; the plan adds a 2013 pool with its
 * own Back End and file store (phase 3), moves the pilot users (4) and the rest (6), the dial-in numbers (7), then the other hosted
 * objects and the CMS, and removes the 2010 pool and its Back End (8). `ids` names every entity a test asks about.
 */
export function smallMigration() {
  const b = new DesignBuilder('Small migration');
  const dallas = b.site('Dallas');
  const fe2010 = b.pool(dallas, 'frontEnd', { servers: 2, fqdn: 'pool2010.contoso.com', extra: { version: 2010 } });
  const be2010 = b.pool(dallas, 'backEnd', { servers: 1, fqdn: 'sql2010.contoso.com', extra: { version: 2010 } });
  const a2010 = b.associate('backEnd', fe2010, be2010);
  const fs2010 = b.pool(dallas, 'fileStore', { servers: 1, fqdn: 'fs2010.contoso.com', extra: { version: 2010 } });
  b.associate('fileStore', fe2010, fs2010);
  const users = b.users(dallas, fe2010, 2_000);
  const pilot = b.users(dallas, fe2010, 50);
  const fe2013 = b.pool(dallas, 'frontEnd', { servers: 3, fqdn: 'pool2013.contoso.com' });
  const be2013 = b.pool(dallas, 'backEnd', { servers: 1, fqdn: 'sql2013.contoso.com' });
  const a2013 = b.associate('backEnd', fe2013, be2013);
  const fs2013 = b.pool(dallas, 'fileStore', { servers: 1, fqdn: 'fs2013.contoso.com' });
  const f2013 = b.associate('fileStore', fe2013, fs2013);
  const pool2010 = b.design.pools.find((p) => p.id === fe2010)!;
  if (pool2010.role === 'frontEnd') {
    pool2010.hostsCms = true;
    pool2010.hosts = { dialInNumbers: 2, responseGroups: 5 };
  }
  const added = [
    fe2013,
    be2013,
    a2013,
    fs2013,
    f2013,
    ...b.design.servers.filter((s) => [fe2013, be2013, fs2013].includes(s.poolId)).map((s) => s.id),
  ];
  const steps: Step[] = [
    { id: 'st1', phase: 3, name: 'Deploy the pilot pool', legacyPoolId: fe2010, actions: [{ op: 'add', ids: added }] },
    {
      id: 'st2',
      phase: 4,
      name: 'Move the pilot users',
      actions: [{ op: 'moveUsers', groupIds: [pilot], to: fe2013 }],
    },
    {
      id: 'st3',
      phase: 6,
      name: 'Move the remaining users',
      actions: [{ op: 'moveUsers', groupIds: [users], to: fe2013 }],
    },
    {
      id: 'st4',
      phase: 7,
      name: 'Move dial-in numbers',
      actions: [{ op: 'moveHosted', from: fe2010, to: fe2013, what: ['dialInNumbers'] }],
    },
    {
      id: 'st5',
      phase: 8,
      name: 'Decommission the 2010 pool',
      actions: [
        { op: 'moveHosted', from: fe2010, to: fe2013 },
        { op: 'moveCms', to: fe2013 },
        { op: 'remove', ids: [fe2010, be2010, fs2010] },
      ],
    },
  ];
  return {
    design: { ...b.design, migration: { steps } },
    ids: { fe2010, be2010, fs2010, a2010, fe2013, be2013, fs2013, a2013, users, pilot },
  };
}

/**
 * The small migration whose 2013 pool gets its Office Web Apps farm only at step 4: from step 2 (its first users)
 * to step 3 it hosts conferences without one, a warning that holds in some states of the plan and not in the last.
 */
export function smallMigrationWithLateOfficeWebApps(): Design {
  const { design, ids } = smallMigration();
  const siteId = design.sites[0]!.id;
  const owas = { id: 'owas2013', siteId, role: 'officeWebApps' as const, fqdn: 'owas2013.contoso.com' };
  const association = { id: 'a-owas2013', kind: 'officeWebApps' as const, from: ids.fe2013, to: owas.id };
  const steps = design.migration!.steps.map((step) =>
    step.id === 'st4'
      ? { ...step, actions: [...step.actions, { op: 'add' as const, ids: [owas.id, association.id] }] }
      : step,
  );
  return {
    ...design,
    pools: [...design.pools, owas],
    associations: [...design.associations, association],
    migration: { steps },
  };
}
