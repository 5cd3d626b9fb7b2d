import type { Association, AssociationKind } from '../model/association';
import type { Design, Entity, EntityCollection } from '../model/design';
import type { HostedKind } from '../model/hosts';
import type { Pool } from '../model/pool';
import type { UserGroup } from '../model/userGroup';
import type { EntityLookup } from '../plan/entityLookup';
import { describePool } from '../wording/entityNames';
import { countOf, formatDecimal, formatKbps } from '../wording/numbers';

/**
 * Names of entities as a runbook says them, for one state of a plan. An entity is looked up in the state first
 * (its values there: a group's home, a pool's hosted objects) and in the file after (an action that names something
 * the state does not hold still gets a name); an id that names nothing is said as itself.
 */
export class StateNames {
  constructor(
    readonly state: Design,
    readonly file: EntityLookup,
  ) {}

  entity<C extends EntityCollection>(collection: C, id: string): Design[C][number] | undefined {
    const here = (this.state[collection] as readonly Entity[]).find((entity) => entity.id === id);
    if (here) return here as Design[C][number];
    const found = this.file.entity(id);
    return found?.collection === collection ? (found.entity as Design[C][number]) : undefined;
  }

  pool(id: string): Pool | undefined {
    return this.entity('pools', id);
  }

  /** "Front End pool pool2013.contoso.com". */
  describePool(id: string): string {
    const pool = this.pool(id);
    return pool ? describePool(pool) : id;
  }

  /** "pool2013.contoso.com". */
  fqdn(id: string): string {
    return this.pool(id)?.fqdn ?? id;
  }

  site(id: string): string {
    return this.entity('sites', id)?.name ?? id;
  }

  /** "the WAN link Dallas – Oslo". */
  link(id: string): string {
    const link = this.entity('links', id);
    return link ? `the WAN link ${this.site(link.siteA)} – ${this.site(link.siteB)}` : `the WAN link ${id}`;
  }

  /** "2,400 users of Dallas staff", or "2,000 users at Dallas" for a group without a name. */
  users(group: UserGroup | undefined, id: string): string {
    if (!group) return `the user group ${id}`;
    const count = countOf(group.count, 'user');
    return group.name ? `${count} of ${group.name}` : `${count} at ${this.site(group.siteId)}`;
  }

  /** "50 users of Pilot at Dallas": a named group with its site too, as an added group is said. */
  usersWithSite(group: UserGroup): string {
    return group.name ? `${this.users(group, group.id)} at ${this.site(group.siteId)}` : this.users(group, group.id);
  }

  /** "the Back End association of pool2013.contoso.com". */
  association(association: Association): string {
    return `the ${ASSOCIATION_NAMES[association.kind]} association of ${this.fqdn(association.from)}`;
  }

  /** Any entity, by the collection the file puts it in. */
  any(id: string): string {
    switch (this.file.collectionOf(id)) {
      case 'pools':
        return this.describePool(id);
      case 'servers':
        return `server ${this.entity('servers', id)?.fqdn ?? id}`;
      case 'sites':
        return `the site ${this.site(id)}`;
      case 'links':
        return this.link(id);
      case 'userGroups':
        return this.users(this.entity('userGroups', id), id);
      case 'associations': {
        const association = this.entity('associations', id);
        return association ? this.association(association) : id;
      }
      default:
        return id;
    }
  }
}

/** An association by what it makes of its target, mid-sentence ("the Back End association of …"). */
export const ASSOCIATION_NAMES: Record<AssociationKind, string> = {
  backEnd: 'Back End',
  monitoring: 'Monitoring',
  archiving: 'Archiving',
  fileStore: 'file store',
  officeWebApps: 'Office Web Apps',
  edge: 'Edge',
  edgeNextHop: 'next hop',
  pstnGateway: 'PSTN gateway',
  backupPool: 'backup pool',
  registrar: 'registrar',
  persistentChatStore: 'Persistent Chat store',
};

/** The non-user objects a pool homes, as the migration guide's phase-7 and phase-8 pages call them. */
export const HOSTED_NOUNS: Record<HostedKind, [singular: string, plural: string]> = {
  conferenceDirectories: ['conference directory', 'conference directories'],
  dialInNumbers: ['dial-in access number', 'dial-in access numbers'],
  responseGroups: ['response group', 'response groups'],
  callParkOrbits: ['Call Park orbit range', 'Call Park orbit ranges'],
  commonAreaPhones: ['common area phone', 'common area phones'],
  analogDevices: ['analog device', 'analog devices'],
};

/** A role's label mid-sentence: the product's names keep their capitals, the plain nouns do not ("file store"). */
export function midSentence(label: string): string {
  return label === 'File store' || label === 'Reverse proxy' ? label.toLowerCase() : label;
}

/** "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A field's new value in words: counts grouped, text as written, anything else as JSON. */
export function valueText(value: unknown, field: string): string {
  if (typeof value === 'number') return /Kbps$/.test(field) ? formatKbps(value) : formatDecimal(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? 'nothing';
}
