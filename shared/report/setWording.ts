import { countOf, formatKbps } from '../wording/numbers';
import { type StateNames, valueText } from './entityWording';

/**
 * A `set` action in words, one sentence per field it changes. The fields a migration plan changes often (migration.md
 * names an Edge's federation, an association's target, a link's capacity) are said as the change they are; any other
 * field as "Set <field> of <entity> to <value>".
 */
export function setWords(id: string, fields: Readonly<Record<string, unknown>>, names: StateNames): string[] {
  return Object.entries(fields).map(
    ([field, value]) => fieldWords(id, field, value, names) ?? generic(id, field, value, names),
  );
}

const generic = (id: string, field: string, value: unknown, names: StateNames) =>
  `Set ${field} of ${names.any(id)} to ${valueText(value, field)}`;

const enable = (on: unknown) => (on === true ? 'Enable' : 'Disable');

function fieldWords(id: string, field: string, value: unknown, names: StateNames): string | undefined {
  switch (names.file.collectionOf(id)) {
    case 'pools':
      return poolField(id, field, value, names);
    case 'links':
      if (field === 'capacityKbps' && typeof value === 'number')
        return `Set the capacity of ${names.link(id)} to ${formatKbps(value)}`;
      if (field === 'latencyMs' && typeof value === 'number')
        return `Set the latency of ${names.link(id)} to ${value} ms`;
      return undefined;
    case 'associations': {
      const association = names.entity('associations', id);
      if (!association || typeof value !== 'string') return undefined;
      if (field === 'to') return `Point ${names.association(association)} at ${names.describePool(value)}`;
      return undefined;
    }
    case 'userGroups': {
      const group = names.entity('userGroups', id);
      if (!group) return undefined;
      if (field === 'homePoolId' && typeof value === 'string')
        return `Move ${names.users(group, id)} to ${names.fqdn(value)}`;
      if (field === 'count' && typeof value === 'number')
        return `Change ${names.users(group, id)} to ${countOf(value, 'user')}`;
      return undefined;
    }
    default:
      return undefined;
  }
}

function poolField(id: string, field: string, value: unknown, names: StateNames): string | undefined {
  const pool = names.describePool(id);
  if (typeof value === 'boolean') {
    switch (field) {
      case 'federation':
        return `${enable(value)} SIP federation on ${pool}`;
      case 'xmpp':
        return `${enable(value)} XMPP federation on ${pool}`;
      case 'sipSrvTarget':
        return value
          ? `Point the internal SIP SRV record (_sipinternaltls._tcp) at ${pool}`
          : `Stop pointing the internal SIP SRV record (_sipinternaltls._tcp) at ${pool}`;
      case 'callAdmissionControl':
        return value
          ? `Give call admission control of its site to ${pool}`
          : `Stop running call admission control on ${pool}`;
      case 'mediationCollocated':
        return value ? `Collocate Mediation Server on ${pool}` : `Stop collocating Mediation Server on ${pool}`;
      default:
        return undefined;
    }
  }
  if (field === 'fqdn' && typeof value === 'string') return `Rename ${pool} to ${value}`;
  if (field === 'siteId' && typeof value === 'string') return `Move ${pool} to the site ${names.site(value)}`;
  return undefined;
}
