import type { Design } from '../model/design';
import { type PageSetup, pageSetupSchema } from '../print/pageSetup';
import { CommandRefused } from './commandError';

/** Stores the page setup in the design (layout.page), so it prints the same on any machine. Layout only. */
export function setPageSetup(design: Design, setup: PageSetup): Design {
  const parsed = pageSetupSchema.safeParse(setup);
  if (!parsed.success) throw new CommandRefused(parsed.error.issues[0]?.message ?? 'That page setup is not valid.');
  return { ...design, layout: { ...design.layout, page: parsed.data } };
}
