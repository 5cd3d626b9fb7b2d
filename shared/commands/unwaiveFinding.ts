import type { Design } from '../model/design';
import { withWaivers } from './withWaivers';

/**
 * Restores a waived finding: the waiver goes, and the finding counts again if the validator still gives it. A design
 * left without waivers has no `waivers` key, as one that never had any.
 */
export function unwaiveFinding(design: Design, { id }: { id: string }): Design {
  const waivers = design.waivers;
  if (!waivers?.some((waiver) => waiver.id === id)) return design;
  return withWaivers(
    design,
    waivers.filter((waiver) => waiver.id !== id),
  );
}
