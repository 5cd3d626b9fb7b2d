import { MEETINGS } from '../../../shared/catalog/meetings';
import type { Pool, PoolRole } from '../../../shared/model/pool';
import { formatCount } from '../../../shared/wording/numbers';

/**
 * What each inspector lets a planner set, in the order it shows them, with the label it shows. The Pool and Server
 * inspectors render their fields from these lists; `inspectorFields.test.tsx` renders every inspector and checks
 * that the labels it shows are exactly these, so the fix table (`ruleFixes.ts`) can name a field and be sure a
 * planner finds it. A field's key is the model field it writes, dotted into objects (`loadBalancing.internal`);
 * a few keys name an inline action instead (`links`: the site's "Link to site" and Add link).
 */
export interface EditableField<K extends string = string> {
  key: K;
  label: string;
}

const field = <K extends string>(key: K, label: string): EditableField<K> => ({ key, label });

export const POOL_FIELD = {
  fqdn: field('fqdn', 'Pool FQDN'),
  version: field('version', 'Version'),
  edition: field('edition', 'Edition'),
  hostsCms: field('hostsCms', 'Hosts the Central Management store'),
  mediationCollocated: field('mediationCollocated', 'Mediation collocated'),
  callAdmissionControl: field('callAdmissionControl', 'Runs call admission control for its central site'),
  largeMeetings: field(
    'largeMeetings',
    `Dedicated to large meetings (up to ${formatCount(MEETINGS.maxOnDedicatedPool.value)} people)`,
  ),
  maxMeetingSize: field('maxMeetingSize', 'Largest meeting'),
  concurrentLargeMeetings: field('concurrentLargeMeetings', 'Large meetings at once'),
  ha: field('ha', 'High availability'),
  loadBalancingInternal: field('loadBalancing.internal', 'Internal interface load balancing'),
  loadBalancingExternal: field('loadBalancing.external', 'External interface load balancing'),
  federation: field('federation', 'Federation enabled'),
  concurrentCalls: field('concurrentCalls', 'Concurrent non-bypass calls'),
  concurrentUsers: field('concurrentUsers', 'Concurrent chat users'),
  mediaBypass: field('mediaBypass', 'Media bypass'),
} as const;

export type PoolFieldName = keyof typeof POOL_FIELD;
export type PoolFieldKey = (typeof POOL_FIELD)[PoolFieldName]['key'];

const common: PoolFieldName[] = ['fqdn', 'version'];

/** Every field a pool of each role can show (some only in some states: see `shownPoolFields`). */
export const POOL_FIELDS: { readonly [R in PoolRole]: readonly PoolFieldName[] } = {
  frontEnd: [
    ...common,
    'edition',
    'hostsCms',
    'mediationCollocated',
    'callAdmissionControl',
    'largeMeetings',
    'maxMeetingSize',
    'concurrentLargeMeetings',
  ],
  backEnd: [...common, 'ha'],
  edge: [...common, 'loadBalancingInternal', 'loadBalancingExternal', 'federation'],
  director: common,
  mediation: [...common, 'concurrentCalls'],
  persistentChat: [...common, 'concurrentUsers'],
  persistentChatStore: common,
  officeWebApps: common,
  fileStore: common,
  reverseProxy: common,
  exchangeUm: common,
  sba: common,
  sbs: common,
  pstnGateway: [...common, 'mediaBypass'],
  archiving: common,
  monitoring: common,
};

/** The fields the inspector shows for this pool now: how many large meetings at once only on a large-meeting pool. */
export function shownPoolFields(pool: Pool): readonly PoolFieldName[] {
  const all = POOL_FIELDS[pool.role];
  return pool.role === 'frontEnd' && pool.largeMeetings !== true
    ? all.filter((name) => name !== 'concurrentLargeMeetings')
    : all;
}

export const SERVER_FIELD = {
  fqdn: field('fqdn', 'Server FQDN'),
  running: field('running', 'Running'),
  standby: field('standby', 'Standby (Persistent Chat)'),
  cores: field('hardware.cores', 'Cores'),
  ramGB: field('hardware.ramGB', 'Memory'),
  nics: field('hardware.nics', 'Network interfaces'),
  hyperThreading: field('hardware.hyperThreading', 'Hyper-threading'),
  virtual: field('hardware.virtual', 'Virtual machine'),
} as const;

export type ServerFieldName = keyof typeof SERVER_FIELD;
export type ServerFieldKey = (typeof SERVER_FIELD)[ServerFieldName]['key'];

export const SERVER_FIELDS = Object.keys(SERVER_FIELD) as readonly ServerFieldName[];

/** The inspectors that render their own layout; the render test holds their labels to these lists. */
export const SITE_FIELDS = [
  field('name', 'Name'),
  field('kind', 'Kind'),
  /** A branch only. */
  field('centralSiteId', 'Central site'),
  /** While another site has no link to this one. */
  field('links', 'Link to site'),
] as const;

export const LINK_FIELDS = [
  field('capacityKbps', 'Capacity (per direction)'),
  field('latencyMs', 'Latency (one way)'),
  field('cac', 'Bandwidth policy on this link'),
  /** The policy's four limits, while the link has one. */
  field('cac.audioLimitKbps', 'Audio limit'),
  field('cac.audioSessionLimitKbps', 'Audio session limit'),
  field('cac.videoLimitKbps', 'Video limit'),
  field('cac.videoSessionLimitKbps', 'Video session limit'),
] as const;

export const USER_GROUP_FIELDS = [
  field('name', 'Name'),
  field('count', 'Users'),
  field('homePoolId', 'Homed on'),
  field('remotePercent', 'Remote (through Edge)'),
  field('traffic.conferencePercent', 'In conferences at once'),
  field('traffic.p2pAudioPercent', 'Peer-to-peer calls to other sites'),
  field('traffic.pstnPercent', 'PSTN calls at once'),
] as const;

export const ASSOCIATION_FIELDS = [field('kind', 'Kind'), field('to', 'To')] as const;

export const DESIGN_FIELDS = [
  field('meta.name', 'Design name'),
  field('meta.author', 'Author'),
  field('meta.notes', 'Notes'),
  field('settings.defaultSipDomain', 'Default SIP domain'),
  field('bandwidth.method', 'Method'),
  /** The codec fields, with the codec method only. */
  field('bandwidth.codecTable', 'Codec table'),
  field('bandwidth.fec', 'Plan for FEC (links with loss)'),
  field('bandwidth.p2pAudioCodec', 'Peer-to-peer codec'),
  field('bandwidth.conferenceAudioCodec', 'Conference codec'),
  field('bandwidth.pstnAudioCodec', 'PSTN codec'),
  field('bandwidth.videoResolution', 'Video resolution'),
  field('bandwidth.rtcSharePercent', 'Real-time share of each link'),
  field('traffic.conferencePercent', 'In conferences at once'),
  field('traffic.conferenceVideoPercent', '…with video'),
  field('traffic.p2pAudioPercent', 'Peer-to-peer calls to other sites'),
  field('traffic.p2pVideoPercent', '…with video'),
  field('traffic.pstnPercent', 'PSTN calls at once'),
] as const;

export type SiteFieldKey = (typeof SITE_FIELDS)[number]['key'];
export type LinkFieldKey = (typeof LINK_FIELDS)[number]['key'];
export type UserGroupFieldKey = (typeof USER_GROUP_FIELDS)[number]['key'];
export type DesignFieldKey = (typeof DESIGN_FIELDS)[number]['key'];
