import { z } from 'zod';
import type { EntityCollection } from '../model/design';
import {
  capacityKbpsField,
  fqdnField,
  kbpsField,
  latencyMsField,
  nameField,
  notesField,
  optionalDomainField,
  optionalNameField,
  percentField,
  userCountField,
  waiverAuthorField,
  waiverReasonField,
} from '../model/fields';
import type { CacPolicy } from '../model/link';
import type { BandwidthSettings, Traffic } from '../model/settings';
import { CommandRefused } from './commandError';

/** What a command sets fields of: an entity of a collection, the design's meta, a waiver, its settings or a group of them. */
export type FieldOwner = EntityCollection | 'meta' | 'waivers' | 'settings' | 'bandwidth' | 'traffic';

const trafficLimits: Record<keyof Traffic, z.ZodType> = {
  p2pAudioPercent: percentField,
  p2pVideoPercent: percentField,
  conferencePercent: percentField,
  conferenceVideoPercent: percentField,
  pstnPercent: percentField,
};

const cacLimits: Record<keyof CacPolicy, z.ZodType> = {
  audioLimitKbps: kbpsField,
  audioSessionLimitKbps: kbpsField,
  videoLimitKbps: kbpsField,
  videoSessionLimitKbps: kbpsField,
};

const bandwidthLimits: Partial<Record<keyof BandwidthSettings, z.ZodType>> = { rtcSharePercent: percentField };

/**
 * The editor's field schema (`model/fields.ts`) for each field a command sets, by owner. Every command checks
 * the values its caller gives against this one table, so the inspector, the canvas and any later path into the
 * document meet the same limits with the same messages. A paste copies values a design already holds and
 * keeps them, as opening a file does. Fields not named here (kinds, references, flags, pool counts) have only
 * the file schema's rules, which the commands apply too.
 */
export const fieldLimits: { readonly [O in FieldOwner]: Readonly<Record<string, z.ZodType>> } = {
  sites: { name: nameField },
  pools: { fqdn: fqdnField },
  servers: { fqdn: fqdnField },
  userGroups: {
    name: optionalNameField,
    count: userCountField,
    remotePercent: percentField,
    traffic: z.object(trafficLimits).partial(),
  },
  links: {
    capacityKbps: capacityKbpsField,
    latencyMs: latencyMsField,
    cac: z.object(cacLimits),
  },
  associations: {},
  meta: { name: nameField, author: optionalNameField, notes: notesField },
  settings: { defaultSipDomain: optionalDomainField },
  waivers: { reason: waiverReasonField, author: waiverAuthorField },
  bandwidth: bandwidthLimits,
  traffic: trafficLimits,
};

/**
 * `values` with each field the owner's limits name checked and normalised (names trimmed). The first value past
 * its limit refuses the command with that field's message, the one the inspector shows. `undefined` clears a
 * field and is not checked.
 */
export function withinFieldLimits<T extends object>(owner: FieldOwner, values: T): T {
  const limits = fieldLimits[owner];
  const checked = { ...values } as Record<string, unknown>;
  for (const [field, value] of Object.entries(values)) {
    const schema = Object.hasOwn(limits, field) ? limits[field] : undefined;
    if (!schema || value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new CommandRefused(parsed.error.issues[0]?.message ?? 'That value is not valid here.');
    checked[field] = parsed.data;
  }
  return checked as T;
}
