import { DEFAULT_BANDWIDTH_SETTINGS, DEFAULT_TRAFFIC } from '../catalog/traffic';
import type { Design } from '../model/design';
import type { ResolvedBandwidthSettings, ResolvedTraffic, Traffic } from '../model/settings';

/** The design's bandwidth settings with every absent field at its documented default. */
export function resolveBandwidthSettings(design: Design): ResolvedBandwidthSettings {
  return { ...DEFAULT_BANDWIDTH_SETTINGS, ...withoutUndefined(design.settings?.bandwidth ?? {}) };
}

/** The traffic model of one user group: its own overrides over the design's, over the defaults. */
export function resolveTraffic(design: Design, override?: Traffic): ResolvedTraffic {
  return {
    ...DEFAULT_TRAFFIC,
    ...withoutUndefined(design.settings?.traffic ?? {}),
    ...withoutUndefined(override ?? {}),
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
