import { type Design, entityCollections } from '../model/design';
import { type Waiver, waiverSchema } from '../model/waiver';
import type { Finding } from '../rules/define/rule';
import { waiverMatches } from '../waivers/applyWaivers';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';
import { withWaivers } from './withWaivers';

export interface WaiveFindingArgs {
  /** The new waiver's id (the caller makes it, as it does an entity's). */
  id: string;
  /** The finding accepted, as the validator gave it: its rule, its subjects and the value it compared, if any. */
  finding: Pick<Finding, 'rule' | 'subjects' | 'value'>;
  reason: string;
  author: string;
  /** When it was waived, ISO 8601: the caller's clock, as commands keep none. */
  waivedAt: string;
  /** A waiver of the same finding that no longer matches (its value changed), replaced in the same step. */
  replaces?: string;
}

/**
 * Accepts a finding as a documented risk: a waiver naming its rule, its subjects and its value, with the reason and
 * who decided. The finding stops counting while it says the same; when its value changes it counts again.
 */
export function waiveFinding(design: Design, args: WaiveFindingArgs): Design {
  const { reason, author } = withinFieldLimits('waivers', { reason: args.reason, author: args.author });
  const { rule, subjects, value } = args.finding;
  const ids = new Set<string>();
  for (const collection of entityCollections) for (const entity of design[collection]) ids.add(entity.id);
  if (!subjects.every((subject) => ids.has(subject)))
    throw new CommandRefused('That finding is about something that is no longer in the design.');
  const existing = design.waivers ?? [];
  if (ids.has(args.id) || existing.some((waiver) => waiver.id === args.id))
    throw new CommandRefused('That waiver id is already in use.');
  if (args.replaces !== undefined && !existing.some((waiver) => waiver.id === args.replaces))
    throw new CommandRefused('The waiver to renew is no longer in the design.');
  const kept = existing.filter((waiver) => waiver.id !== args.replaces);
  if (kept.some((waiver) => waiverMatches(waiver, args.finding)))
    throw new CommandRefused('This finding is already waived.');
  const parsed = waiverSchema.safeParse({
    id: args.id,
    rule,
    subjects: [...subjects],
    ...(value !== undefined ? { value } : {}),
    reason,
    author,
    waivedAt: args.waivedAt,
  });
  if (!parsed.success)
    throw new CommandRefused(`That finding cannot be waived: ${parsed.error.issues[0]?.message ?? 'it is not valid'}.`);
  const waiver: Waiver = parsed.data;
  return withWaivers(design, [...kept, waiver]);
}
