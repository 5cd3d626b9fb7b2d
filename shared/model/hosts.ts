import { z } from 'zod';

/**
 * The non-user objects a pool homes, as counts (migration.md, "What changes from version 1"). They matter when a
 * pool is decommissioned: each kind must be moved to another pool first (phase-7 and phase-8 pages of the migration
 * guide), so the plan checks them, and `moveHosted` moves them.
 */
export const hostedKinds = [
  'conferenceDirectories',
  'dialInNumbers',
  'responseGroups',
  'callParkOrbits',
  'commonAreaPhones',
  'analogDevices',
] as const;
export type HostedKind = (typeof hostedKinds)[number];

const hostedCount = z
  .number({ message: 'a hosted object count must be a number' })
  .int({ message: 'a hosted object count is a whole number' })
  .nonnegative({ message: 'a hosted object count cannot be negative' });

export const hostsSchema = z.object({
  conferenceDirectories: hostedCount.optional(),
  dialInNumbers: hostedCount.optional(),
  responseGroups: hostedCount.optional(),
  callParkOrbits: hostedCount.optional(),
  commonAreaPhones: hostedCount.optional(),
  analogDevices: hostedCount.optional(),
});

export type Hosts = z.infer<typeof hostsSchema>;
