import { z } from 'zod';
import { idSchema, referenceSchema } from './primitives';

/** Typed dependencies between pools (format.md, "Associations"). */
export const associationKinds = [
  'backEnd',
  'monitoring',
  'archiving',
  'fileStore',
  'officeWebApps',
  'edge',
  'edgeNextHop',
  'pstnGateway',
  'backupPool',
  'registrar',
  'persistentChatStore',
] as const;
export type AssociationKind = (typeof associationKinds)[number];

export const associationSchema = z.object({
  id: idSchema,
  kind: z.enum(associationKinds, { message: `kind must be one of: ${associationKinds.join(', ')}` }),
  from: referenceSchema,
  to: referenceSchema,
});

export type Association = z.infer<typeof associationSchema>;
