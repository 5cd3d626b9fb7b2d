import type { Association } from '../model/association';
import type { Design } from '../model/design';
import type { Step } from '../model/migration';
import type { Pool } from '../model/pool';
import { LEGACY_ASSOCIATIONS, LEGACY_POOLS } from './fabrikamEstate';
import { fabrikamDesign } from './fabrikamMigration';
import { FABRIKAM_STEPS } from './fabrikamPlan';
import { EDGE2013_DAL, FE2013_SEA, SEA_STORES, TARGET_ASSOCIATIONS, TARGET_POOLS } from './fabrikamTarget';
import { association, DOMAIN, idsOf, type PoolPiece, poolPiece } from './samplePieces';

/** One mistake the sample makes on purpose: the rule that should catch it, the step it is in, what it is about. */
export interface IntendedMistake {
  /** The rule id as `../shared/domain/migration-topology-peers.md`, section (a), names it. */
  rule: string;
  step: string;
  subject: string;
  mistake: string;
}

/**
 * Every mistake of `fabrikamMistakes()`. MIG-MOVE-TARGET-EXISTS is lyncplan's name for the move to a pool that does
 * not exist yet (migration.md lists it among the planning mistakes; the domain table has no id for it). A mistake
 * about the end state (two federating Edges left) is reported at the plan's last step.
 */
export const INTENDED_MISTAKES: readonly IntendedMistake[] = [
  {
    rule: 'MIG-PILOT-EDGE-NO-FEDERATION',
    step: 'dal-5-pilot-edge',
    subject: 'edge2013-dal',
    mistake: 'The pilot Edge is added with SIP federation on, while edge2010-dal is still the federation route.',
  },
  {
    rule: 'MIG-MOVE-TARGET-EXISTS',
    step: 'dal-7-sba-users-back',
    subject: 'sba-osl',
    mistake: 'The Oslo users are moved back to the SBA one step before the SBA is added to the 2013 topology.',
  },
  {
    rule: 'MIG-ARCH-MON-REMOVE-AFTER-USERS',
    step: 'dal-7-arch-mon',
    subject: 'arch2010-dal',
    mistake: 'The 2010 Archiving Server is removed while users are still homed on both 2010 pools.',
  },
  {
    rule: 'MIG-ARCH-MON-REMOVE-AFTER-USERS',
    step: 'dal-7-arch-mon',
    subject: 'mon2010-dal',
    mistake: 'The 2010 Monitoring Server is removed while users are still homed on both 2010 pools.',
  },
  {
    rule: 'MIG-POOL-EMPTY-BEFORE-DECOM',
    step: 'dal-8-decommission',
    subject: 'fe2010-dal',
    mistake: 'The Dallas 2010 pool is removed while it still homes the 3,900 Dallas sales users and 8 response groups.',
  },
  {
    rule: 'MIG-DIALIN-NUMBERS-BEFORE-DECOM',
    step: 'dal-8-decommission',
    subject: 'fe2010-dal',
    mistake: 'The Dallas 2010 pool is removed with its 6 dial-in access numbers.',
  },
  {
    rule: 'MIG-CMS-MOVED-BEFORE-DECOM',
    step: 'dal-8-decommission',
    subject: 'fe2010-dal',
    mistake: 'The Dallas 2010 pool is removed while it still holds the Central Management Server.',
  },
  {
    rule: 'MIG-DNS-SRV-BEFORE-DECOM',
    step: 'dal-8-edge-director',
    subject: 'dir2010-dal',
    mistake: 'The 2010 Director is removed while the internal SIP SRV record still points at it.',
  },
  {
    rule: 'MIG-SIDE-BY-SIDE-ONLY',
    step: 'sea-3-pilot-pool',
    subject: 'fe2013-sea',
    mistake: 'The Seattle 2013 pool and its servers take the 2010 pool’s names, as an in-place upgrade would.',
  },
  {
    rule: 'MIG-SQL-INSTANCE-NOT-SHARED',
    step: 'sea-3-pilot-pool',
    subject: 'fe2013-sea',
    mistake: 'The Seattle 2013 pool uses the 2010 Back End sql2010-sea instead of its own.',
  },
  {
    rule: 'MIG-PER-POOL-PHASES',
    step: 'sea-4-pilot-users',
    subject: 'fe2010-sea',
    mistake: 'Seattle’s phase 4 (pilot users) comes after its phase 6 (the remaining users).',
  },
  {
    rule: 'MIG-SINGLE-FEDERATION-EDGE',
    step: 'sea-8-decommission',
    subject: 'edge2013-sea',
    mistake: 'A second 2013 Edge, in Seattle, is added with federation on: two federating Edges are left at the end.',
  },
];

/** The pilot Edge as the mistakes plan adds it: federation on from the start. */
const FEDERATING_PILOT_EDGE: PoolPiece = {
  ...EDGE2013_DAL,
  pool: { ...EDGE2013_DAL.pool, federation: true } as Pool,
};
/** The Seattle 2013 pool named as the 2010 one, servers included (the 2010 pool's own names). */
const SEA_POOL_NAMED_2010: PoolPiece = poolPiece({ ...FE2013_SEA.pool, fqdn: `pool2010-sea.${DOMAIN}` }, 3);
const SEA_ON_2010_BACK_END = association('backEnd', 'fe2013-sea', 'be2010-sea');
const SEA_STORES_WRONG: Association[] = [SEA_ON_2010_BACK_END, ...SEA_STORES.filter((a) => a.kind !== 'backEnd')];
const EDGE2013_SEA = poolPiece(
  {
    id: 'edge2013-sea',
    siteId: 'sea',
    fqdn: `edge2013-sea.${DOMAIN}`,
    role: 'edge',
    loadBalancing: { internal: 'hardware', external: 'hardware' },
    federation: true,
  },
  2,
);
const SEA_EDGE_HOP = association('edgeNextHop', 'edge2013-sea', 'fe2013-sea');

const replaced = new Map<string, PoolPiece>([
  [FEDERATING_PILOT_EDGE.pool.id, FEDERATING_PILOT_EDGE],
  [SEA_POOL_NAMED_2010.pool.id, SEA_POOL_NAMED_2010],
]);
const MISTAKE_POOLS: PoolPiece[] = [
  ...LEGACY_POOLS,
  ...TARGET_POOLS.filter((piece) => piece.pool.id !== 'be2013-sea').map(
    (piece) => replaced.get(piece.pool.id) ?? piece,
  ),
  EDGE2013_SEA,
];
const MISTAKE_ASSOCIATIONS: Association[] = [
  ...LEGACY_ASSOCIATIONS,
  ...TARGET_ASSOCIATIONS.filter((a) => !SEA_STORES.includes(a)),
  ...SEA_STORES_WRONG,
  SEA_EDGE_HOP,
];

/** A step of the good plan, copied, with some fields changed. */
function good(id: string, change: Partial<Step> = {}): Step {
  const step = FABRIKAM_STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id} in the good plan`);
  return { ...(JSON.parse(JSON.stringify(step)) as Step), ...change };
}

/**
 * The same estate with a plan full of typical mistakes (`INTENDED_MISTAKES`): each state and step that
 * `validatePlan` flags is one an architect could plausibly have written.
 */
export const MISTAKE_STEPS: Step[] = [
  good('dal-3-pilot-pool'),
  good('dal-3-legacy-edge'),
  good('dal-4-pilot-users'),
  good('dal-5-pilot-edge', {
    notes: 'Mistake: edge2013-dal is defined with SIP federation enabled, before the cut-over.',
  }),
  good('dal-6-federation'),
  good('dal-6-users', {
    name: 'Move the Dallas headquarters users',
    notes: 'Mistake: the 3,900 Dallas sales users are forgotten on the 2010 pool.',
    actions: [{ op: 'moveUsers', groupIds: ['ug-dal-hq'], to: 'fe2013-dal' }],
  }),
  good('dal-7-hosted', {
    name: 'Move the Dallas common area phones and analog devices',
    notes: 'Mistake: the dial-in numbers, response groups and Call Park orbits stay on the 2010 pool.',
    actions: [{ op: 'moveHosted', from: 'fe2010-dal', to: 'fe2013-dal', what: ['commonAreaPhones', 'analogDevices'] }],
  }),
  good('dal-7-sba-users-off'),
  good('dal-7-sba-users-back', { notes: 'Mistake: sba-osl is added only by the next step.' }),
  good('dal-7-sba-reregister'),
  {
    id: 'dal-7-arch-mon',
    phase: 7,
    name: 'Remove the 2010 Archiving and Monitoring servers',
    legacyPoolId: 'fe2010-dal',
    notes: 'Mistake: users remain on both 2010 pools, which still use these servers.',
    actions: [{ op: 'remove', ids: ['arch2010-dal', 'mon2010-dal'] }],
  },
  good('dal-8-decommission', {
    notes: 'Mistake: the CMS was never moved, and users, dial-in numbers and response groups remain on the pool.',
    actions: [{ op: 'remove', ids: ['fe2010-dal', 'be2010-dal', 'fs2010-dal'] }],
  }),
  good('dal-8-edge-director', { notes: 'Mistake: the SIP SRV record still points at dir2010-dal.' }),
  good('sea-3-pilot-pool', {
    notes: 'Mistakes: the pool takes the 2010 pool’s names, and uses the 2010 Back End sql2010-sea.',
    actions: [
      {
        op: 'add',
        ids: idsOf([SEA_POOL_NAMED_2010, ...TARGET_POOLS.filter((p) => p.pool.id === 'fs2013-sea')], SEA_STORES_WRONG),
      },
    ],
  }),
  good('sea-3-edge'),
  {
    id: 'sea-5-edge',
    phase: 5,
    name: 'Add a Seattle 2013 Edge pool',
    legacyPoolId: 'fe2010-sea',
    notes: 'Mistake: defined with federation on, and never turned off: two federating Edge pools.',
    actions: [{ op: 'add', ids: idsOf([EDGE2013_SEA], [SEA_EDGE_HOP]) }],
  },
  good('sea-6-users'),
  good('sea-4-pilot-users', { notes: 'Mistake: the pilot comes after the remaining users.' }),
  good('sea-7-hosted'),
  good('sea-8-decommission', {
    notes: 'The 2010 Back End stays: the 2013 pool uses it.',
    actions: [
      { op: 'moveHosted', from: 'fe2010-sea', to: 'fe2013-sea', what: ['conferenceDirectories'] },
      { op: 'remove', ids: ['fe2010-sea', 'fs2010-sea'] },
    ],
  }),
];

export function fabrikamMistakes(): Design {
  return fabrikamDesign({
    id: 'fab12010-0000-4000-8000-000000000002',
    name: 'Fabrikam: Lync Server 2010 to 2013 migration, with mistakes',
    notes:
      'The Fabrikam estate of fabrikam-2010-migration.lyncplan with a plan full of typical mistakes, for the validator to find. samples/README.md lists them.',
    pools: MISTAKE_POOLS,
    associations: MISTAKE_ASSOCIATIONS,
    steps: JSON.parse(JSON.stringify(MISTAKE_STEPS)) as Step[],
  });
}
