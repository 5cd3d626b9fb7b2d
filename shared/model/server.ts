import { z } from 'zod';
import { idSchema, looseFqdnSchema, referenceSchema } from './primitives';

export const hardwareSchema = z.object({
  cores: z.number().int().min(1, { message: 'a server has at least one core' }).optional(),
  ramGB: z.number().positive({ message: 'RAM must be above 0 GB' }).optional(),
  nics: z.number().int().min(1, { message: 'a server has at least one network interface' }).optional(),
  hyperThreading: z.boolean().optional(),
  virtual: z.boolean().optional(),
});

/** A computer in a pool. `running: false` asks "what if this server is down?" (format.md). */
export const serverSchema = z.object({
  id: idSchema,
  poolId: referenceSchema,
  fqdn: looseFqdnSchema,
  hardware: hardwareSchema.optional(),
  standby: z.boolean().optional(),
  running: z.boolean().optional(),
});

export type Server = z.infer<typeof serverSchema>;
export type Hardware = z.infer<typeof hardwareSchema>;
