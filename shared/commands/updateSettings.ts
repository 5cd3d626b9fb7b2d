import type { Design } from '../model/design';
import { type BandwidthSettings, settingsSchema, type Traffic } from '../model/settings';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';

export interface UpdateSettingsArgs {
  bandwidth?: BandwidthSettings;
  traffic?: Traffic;
  /** Present and empty (or `undefined`): new names go back to the design's own domain, or contoso.com. */
  defaultSipDomain?: string | undefined;
}

/** Changes design-wide planning assumptions; a field set to `undefined` returns to its documented default. */
export function updateSettings(design: Design, patch: UpdateSettingsArgs): Design {
  const merge = <T extends object>(current: T | undefined, change: T | undefined): T | undefined => {
    if (change === undefined) return current;
    const merged: Record<string, unknown> = {
      ...(current as Record<string, unknown>),
      ...(change as Record<string, unknown>),
    };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    return Object.keys(merged).length > 0 ? (merged as T) : undefined;
  };
  const domain = Object.hasOwn(patch, 'defaultSipDomain')
    ? withinFieldLimits('settings', { defaultSipDomain: patch.defaultSipDomain }).defaultSipDomain || undefined
    : design.settings?.defaultSipDomain;
  const settings = {
    bandwidth: merge(design.settings?.bandwidth, patch.bandwidth && withinFieldLimits('bandwidth', patch.bandwidth)),
    traffic: merge(design.settings?.traffic, patch.traffic && withinFieldLimits('traffic', patch.traffic)),
    defaultSipDomain: domain,
  };
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) throw new CommandRefused(parsed.error.issues[0]?.message ?? 'That setting is not valid.');
  const clean = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  const { settings: _old, ...rest } = design;
  return Object.keys(clean).length > 0 ? { ...rest, settings: clean } : (rest as Design);
}
