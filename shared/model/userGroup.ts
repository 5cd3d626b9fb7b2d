import { z } from 'zod';
import { idSchema, percentSchema, referenceSchema } from './primitives';
import { trafficSchema } from './settings';

/** `count` people sit at `siteId` and are homed on `homePoolId` (format.md, "User groups"). */
export const userGroupSchema = z.object({
  id: idSchema,
  name: z.string().max(200).optional(),
  siteId: referenceSchema,
  homePoolId: referenceSchema,
  count: z
    .number({ message: 'count must be a number' })
    .int({ message: 'count must be a whole number of people' })
    .nonnegative({ message: 'count cannot be negative' }),
  remotePercent: percentSchema.optional(),
  traffic: trafficSchema.optional(),
});

export type UserGroup = z.infer<typeof userGroupSchema>;
