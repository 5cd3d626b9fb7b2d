import type { EntityCollection } from '../model/design';

/**
 * What a field means when the file leaves it out, for the fields whose absence a value can say (format.md): a pool's
 * `version` is 2013 by default, `mediationCollocated` true; a server is `running` unless it says otherwise; every other
 * flag listed is off when absent; a pool with no `hosts` hosts nothing. A step cannot *clear* a field (a `set` is
 * JSON, which has no "no value"), so clearing one of these at a step records this value instead.
 */
const ABSENT: Partial<Record<EntityCollection, Record<string, unknown>>> = {
  pools: {
    version: 2013,
    mediationCollocated: true,
    hostsCms: false,
    largeMeetings: false,
    callAdmissionControl: false,
    sipSrvTarget: false,
    federation: false,
    xmpp: false,
    mediaBypass: false,
    hosts: {},
  },
  servers: { running: true, standby: false },
};

/** The value that says "absent" for this field, or undefined when none does. */
export function valueWhenAbsent(collection: EntityCollection, field: string): unknown {
  const fields = ABSENT[collection];
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}
