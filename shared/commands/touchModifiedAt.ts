import { z } from 'zod';
import type { Design } from '../model/design';

/**
 * Stamps the time of a change in `meta.modifiedAt`. The document store calls it once after each command that
 * changed the design, so the commands themselves stay free of clocks. A time that is not ISO 8601 is ignored.
 */
export function touchModifiedAt(design: Design, now: string): Design {
  return z.iso.datetime().safeParse(now).success ? { ...design, meta: { ...design.meta, modifiedAt: now } } : design;
}
