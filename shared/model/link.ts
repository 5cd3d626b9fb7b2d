import { z } from 'zod';
import { idSchema, referenceSchema } from './primitives';

const kbps = z.number().nonnegative({ message: 'a bandwidth cannot be negative' });

/** A bandwidth policy profile (lync-server-2013-creating-or-modifying-bandwidth-policy-profiles.md). */
export const cacPolicySchema = z.object({
  audioLimitKbps: kbps,
  audioSessionLimitKbps: kbps,
  videoLimitKbps: kbps,
  videoSessionLimitKbps: kbps,
});

/** A WAN link between two sites; `capacityKbps` is per direction (full duplex, network.md 2.2). */
export const linkSchema = z.object({
  id: idSchema,
  siteA: referenceSchema,
  siteB: referenceSchema,
  capacityKbps: z
    .number({ message: 'capacityKbps must be a number' })
    .positive({ message: 'a link capacity must be above 0 kbps' }),
  latencyMs: z.number().nonnegative({ message: 'latency cannot be negative' }).optional(),
  cac: cacPolicySchema.optional(),
});

export type Link = z.infer<typeof linkSchema>;
export type CacPolicy = z.infer<typeof cacPolicySchema>;
