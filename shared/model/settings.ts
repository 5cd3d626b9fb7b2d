import { z } from 'zod';
import { looseFqdnSchema, percentSchema } from './primitives';

export const audioCodecs = ['RTAudioWB', 'RTAudioNB', 'G722', 'G722Stereo', 'G711', 'Siren'] as const;
export type AudioCodec = (typeof audioCodecs)[number];

/** The 16:9 resolutions of the media-traffic page's video table. */
export const videoResolutions = [
  '320x180',
  '424x240',
  '480x270',
  '640x360',
  '848x480',
  '960x540',
  '1280x720',
  '1920x1080',
] as const;
export type VideoResolution = (typeof videoResolutions)[number];

export const bandwidthMethods = ['codec', 'simple'] as const;
export const codecTables = ['media', 'cac'] as const;

export const trafficSchema = z.object({
  p2pAudioPercent: percentSchema.optional(),
  p2pVideoPercent: percentSchema.optional(),
  conferencePercent: percentSchema.optional(),
  conferenceVideoPercent: percentSchema.optional(),
  pstnPercent: percentSchema.optional(),
});

export const bandwidthSettingsSchema = z.object({
  method: z.enum(bandwidthMethods).optional(),
  fec: z.boolean().optional(),
  codecTable: z.enum(codecTables).optional(),
  p2pAudioCodec: z.enum(audioCodecs).optional(),
  conferenceAudioCodec: z.enum(audioCodecs).optional(),
  pstnAudioCodec: z.enum(audioCodecs).optional(),
  videoResolution: z.enum(videoResolutions).optional(),
  rtcSharePercent: percentSchema.optional(),
});

/** Design-wide planning assumptions; every field is optional and has a documented default. */
export const settingsSchema = z.object({
  bandwidth: bandwidthSettingsSchema.optional(),
  traffic: trafficSchema.optional(),
  /** The DNS domain new pools and servers are named in (`fe01.<domain>`); unset, the design's own or contoso.com. */
  defaultSipDomain: looseFqdnSchema.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Traffic = z.infer<typeof trafficSchema>;
export type BandwidthSettings = z.infer<typeof bandwidthSettingsSchema>;
export type ResolvedTraffic = Required<Traffic>;
export type ResolvedBandwidthSettings = Required<BandwidthSettings>;
