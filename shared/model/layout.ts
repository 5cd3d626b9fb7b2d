import { z } from 'zod';
import { pageSetupSchema } from '../print/pageSetup';

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
  // Keys are not pattern-checked here: the design's reference check requires each to be an existing entity's
  // id, which already passed idSchema, and that check is cheaper than a regex over every key of a large layout.
  nodes: z.record(z.string(), nodeLayoutSchema).optional(),
  viewport: viewportSchema.optional(),
  /** Page setup for printing (an optional addition, as format.md allows); a drawing matter, so it lives in layout. */
  page: pageSetupSchema.optional(),
});

export type NodeLayout = z.infer<typeof nodeLayoutSchema>;
export type Viewport = z.infer<typeof viewportSchema>;
export type Layout = z.infer<typeof layoutSchema>;
