import { z } from 'zod';
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
});

const backEndPool = z.object({
  ...common,
  role: z.literal('backEnd'),
  ha: z.enum(backEndHaModes, { message: 'ha is "none", "mirroring", "clustering" or "asyncMirroring"' }),
});

const edgePool = z.object({
  ...common,
  role: z.literal('edge'),
  loadBalancing: z.object({ internal: z.enum(loadBalancerKinds), external: z.enum(loadBalancerKinds) }).optional(),
  federation: z.boolean().optional(),
});

const mediationPool = z.object({
  ...common,
  role: z.literal('mediation'),
  concurrentCalls: countField.optional(),
});

/** `concurrentUsers` is lyncplan's optional addition: the planned concurrent chat users (default: the user model's 25%). */
const persistentChatPool = z.object({
  ...common,
  role: z.literal('persistentChat'),
  concurrentUsers: countField.optional(),
});

const pstnGatewayPool = z.object({
  ...common,
  role: z.literal('pstnGateway'),
  mediaBypass: z.boolean().optional(),
});

const plainRole = <R extends PoolRole>(role: R) => z.object({ ...common, role: z.literal(role) });

export const poolSchema = z.discriminatedUnion(
  'role',
  [
    frontEndPool,
    backEndPool,
    edgePool,
    plainRole('director'),
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
  ],
  { message: `role must be one of: ${poolRoles.join(', ')}` },
);

export type Pool = z.infer<typeof poolSchema>;
export type FrontEndPool = z.infer<typeof frontEndPool>;
export type PoolOfRole<R extends PoolRole> = Extract<Pool, { role: R }>;

/** Roles a user group may be homed on (format.md, "User groups"). */
export const homingRoles: readonly PoolRole[] = ['frontEnd', 'sba', 'sbs'];
