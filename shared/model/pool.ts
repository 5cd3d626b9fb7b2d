import { z } from 'zod';
import { hostsSchema } from './hosts';
import { idSchema, looseFqdnSchema, productVersionSchema, referenceSchema } from './primitives';

/** Every role is deployed as a pool, even a single server (format.md, "Pools"). */
export const poolRoles = [
  'frontEnd',
  'backEnd',
  'edge',
  'director',
  'mediation',
  'persistentChat',
  'persistentChatStore',
  'officeWebApps',
  'fileStore',
  'reverseProxy',
  'exchangeUm',
  'sba',
  'sbs',
  'pstnGateway',
  'archiving',
  'monitoring',
] as const;
export type PoolRole = (typeof poolRoles)[number];

export const frontEndEditions = ['enterprise', 'standard'] as const;
export type FrontEndEdition = (typeof frontEndEditions)[number];

export const backEndHaModes = ['none', 'mirroring', 'clustering', 'asyncMirroring'] as const;
export const loadBalancerKinds = ['dns', 'hardware'] as const;

// The common fields come first in every shape, so that parsed pools serialize with a stable key order.
const common = {
  id: idSchema,
  siteId: referenceSchema,
  fqdn: looseFqdnSchema,
  version: productVersionSchema.optional(),
};

/**
 * Format version 2's optional additions that any pool may carry, after each role's own fields (so version 1 pools
 * serialize exactly as before): the non-user objects it homes (`hosts.ts`).
 */
const hosted = { hosts: hostsSchema.optional() };

/** `true`: the internal `_sipinternaltls._tcp` SRV record of the SIP domain points at this pool (migration.md). */
const sipSrvTarget = { sipSrvTarget: z.boolean().optional() };

const countField = z.number().int().nonnegative();

const frontEndPool = z.object({
  ...common,
  role: z.literal('frontEnd'),
  edition: z.enum(frontEndEditions, { message: 'edition is "enterprise" or "standard"' }),
  hostsCms: z.boolean().optional(),
  mediationCollocated: z.boolean().optional(),
  largeMeetings: z.boolean().optional(),
  maxMeetingSize: countField.optional(),
  concurrentLargeMeetings: countField.optional(),
  /** lyncplan's optional addition: this pool runs call admission control for its central site. */
  callAdmissionControl: z.boolean().optional(),
  ...sipSrvTarget,
  ...hosted,
});

const backEndPool = z.object({
  ...common,
  role: z.literal('backEnd'),
  ha: z.enum(backEndHaModes, { message: 'ha is "none", "mirroring", "clustering" or "asyncMirroring"' }),
  ...hosted,
});

const edgePool = z.object({
  ...common,
  role: z.literal('edge'),
  loadBalancing: z.object({ internal: z.enum(loadBalancerKinds), external: z.enum(loadBalancerKinds) }).optional(),
  federation: z.boolean().optional(),
  /** XMPP federation is enabled on this Edge pool (`federation` stays SIP federation). */
  xmpp: z.boolean().optional(),
  ...hosted,
});

const mediationPool = z.object({
  ...common,
  role: z.literal('mediation'),
  concurrentCalls: countField.optional(),
  ...hosted,
});

/** `concurrentUsers` is lyncplan's optional addition: the planned concurrent chat users (default: the user model's 25%). */
const persistentChatPool = z.object({
  ...common,
  role: z.literal('persistentChat'),
  concurrentUsers: countField.optional(),
  ...hosted,
});

const pstnGatewayPool = z.object({
  ...common,
  role: z.literal('pstnGateway'),
  mediaBypass: z.boolean().optional(),
  ...hosted,
});

const plainRole = <R extends PoolRole>(role: R) => z.object({ ...common, role: z.literal(role), ...hosted });

const directorPool = z.object({ ...common, role: z.literal('director'), ...sipSrvTarget, ...hosted });

export const poolSchema = z.discriminatedUnion(
  'role',
  [
    frontEndPool,
    backEndPool,
    edgePool,
    directorPool,
    mediationPool,
    persistentChatPool,
    plainRole('persistentChatStore'),
    plainRole('officeWebApps'),
    plainRole('fileStore'),
    plainRole('reverseProxy'),
    plainRole('exchangeUm'),
    plainRole('sba'),
    plainRole('sbs'),
    pstnGatewayPool,
    // Lync Server 2010 Archiving Server and Monitoring Server; in 2013 these are Front End services (migration.md).
    plainRole('archiving'),
    plainRole('monitoring'),
  ],
  { message: `role must be one of: ${poolRoles.join(', ')}` },
);

export type Pool = z.infer<typeof poolSchema>;
export type FrontEndPool = z.infer<typeof frontEndPool>;
export type PoolOfRole<R extends PoolRole> = Extract<Pool, { role: R }>;

/** Roles a user group may be homed on (format.md, "User groups"). */
export const homingRoles: readonly PoolRole[] = ['frontEnd', 'sba', 'sbs'];
