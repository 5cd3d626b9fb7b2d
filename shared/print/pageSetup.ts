import { z } from 'zod';

/** Paper sizes in millimetres, portrait (ISO 216 and ANSI). */
export const PAPERS = {
  A4: { widthMm: 210, heightMm: 297 },
  A3: { widthMm: 297, heightMm: 420 },
  Letter: { widthMm: 215.9, heightMm: 279.4 },
  Legal: { widthMm: 215.9, heightMm: 355.6 },
  Tabloid: { widthMm: 279.4, heightMm: 431.8 },
} as const;
export type Paper = keyof typeof PAPERS;
export const paperNames = Object.keys(PAPERS) as Paper[];

export const scalingSchema = z.discriminatedUnion('mode', [
  /** The whole diagram on one page, shrunk as needed (never enlarged past 100%). */
  z.object({ mode: z.literal('fitToOne') }),
  /** The diagram spread over exactly `columns` x `rows` pages, scaled to fill them. */
  z.object({
    mode: z.literal('fitToPages'),
    columns: z.number().int().min(1).max(20),
    rows: z.number().int().min(1).max(20),
  }),
  /** A fixed scale; as many pages as the diagram needs at it. */
  z.object({ mode: z.literal('fixed'), percent: z.number().min(5).max(400) }),
]);

/** Which pages follow the diagram pages: the runbook of a plan, then the tables. */
export const printExtrasSchema = z.object({
  findings: z.boolean().optional(),
  billOfMaterials: z.boolean().optional(),
  bandwidth: z.boolean().optional(),
  poolLoad: z.boolean().optional(),
  /** The migration runbook, a page or more per state; on when unset, for a design with a plan. */
  runbook: z.boolean().optional(),
});

/** Page setup, kept in the design's `layout.page` (an optional field, as format.md allows) so it prints the same everywhere. */
export const pageSetupSchema = z.object({
  paper: z.enum(paperNames as [Paper, ...Paper[]], { message: 'paper is A4, A3, Letter, Legal or Tabloid' }),
  orientation: z.enum(['portrait', 'landscape']),
  marginMm: z.number().min(0).max(50),
  scaling: scalingSchema,
  extras: printExtrasSchema.optional(),
});

export type Scaling = z.infer<typeof scalingSchema>;
export type PrintExtras = z.infer<typeof printExtrasSchema>;
export type PageSetup = z.infer<typeof pageSetupSchema>;

export const DEFAULT_PAGE_SETUP: PageSetup = {
  paper: 'A4',
  orientation: 'landscape',
  marginMm: 10,
  scaling: { mode: 'fitToOne' },
};

/** The paper as it lies: width and height in millimetres for the orientation. */
export function paperSize(setup: Pick<PageSetup, 'paper' | 'orientation'>): { widthMm: number; heightMm: number } {
  const { widthMm, heightMm } = PAPERS[setup.paper];
  return setup.orientation === 'landscape' ? { widthMm: heightMm, heightMm: widthMm } : { widthMm, heightMm };
}
