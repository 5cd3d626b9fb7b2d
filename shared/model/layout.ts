import { z } from 'zod';
import { idSchema } from './primitives';

export const nodeLayoutSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive().optional(),
  height: z.number().positive().optional(),
});

export const viewportSchema = z.object({
  x: z.number(),
  y: z.number(),
  zoom: z.number().positive(),
});

/** Where things are drawn; kept apart from the semantic model so moving a box never changes a finding. */
export const layoutSchema = z.object({
  nodes: z.record(idSchema, nodeLayoutSchema).optional(),
  viewport: viewportSchema.optional(),
});

export type NodeLayout = z.infer<typeof nodeLayoutSchema>;
export type Viewport = z.infer<typeof viewportSchema>;
export type Layout = z.infer<typeof layoutSchema>;
