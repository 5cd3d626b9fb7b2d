import type { AssociationKind } from '../../../shared/model/association';
import { type PoolRole, poolRoles } from '../../../shared/model/pool';
import type {
  DesignFieldKey,
  LinkFieldKey,
  PoolFieldName,
  ServerFieldName,
  SiteFieldKey,
  UserGroupFieldKey,
} from './editableFields';

/**
 * How a planner acts on a finding, in the app: a field of an inspector (of pools of some roles), an association to
 * draw, an item to drag from the palette, or an entity to select and delete. Every rule has at least one; the
 * test beside this file holds each to the app (the field is in that inspector, the association can be drawn, the
 * palette has the item, the entity can be deleted), so a rule whose fix the app lacks cannot be added.
 */
export type RuleFix =
  | { kind: 'pool'; roles: readonly PoolRole[]; field: PoolFieldName }
  | { kind: 'server'; field: ServerFieldName }
  | { kind: 'site'; field: SiteFieldKey }
  | { kind: 'link'; field: LinkFieldKey }
  | { kind: 'userGroup'; field: UserGroupFieldKey }
  | { kind: 'design'; field: DesignFieldKey }
  | { kind: 'association'; association: AssociationKind }
  | { kind: 'palette'; item: string }
  | { kind: 'delete'; entity: 'pool' | 'association' };

const pool = (roles: PoolRole | readonly PoolRole[], field: PoolFieldName): RuleFix => ({
  kind: 'pool',
  roles: typeof roles === 'string' ? [roles] : roles,
  field,
});
const anyPool = (field: PoolFieldName) => pool(poolRoles, field);
const server = (field: ServerFieldName): RuleFix => ({ kind: 'server', field });
const site = (field: SiteFieldKey): RuleFix => ({ kind: 'site', field });
const link = (field: LinkFieldKey): RuleFix => ({ kind: 'link', field });
const group = (field: UserGroupFieldKey): RuleFix => ({ kind: 'userGroup', field });
const design = (field: DesignFieldKey): RuleFix => ({ kind: 'design', field });
const associate = (association: AssociationKind): RuleFix => ({ kind: 'association', association });
const palette = (item: string): RuleFix => ({ kind: 'palette', item });
const remove = (entity: 'pool' | 'association'): RuleFix => ({ kind: 'delete', entity });

/** Users move to another pool (their group's home) or fewer of them are planned (its count). */
const moveUsers = [group('homePoolId'), group('count')];
/** A server more: the palette's Server dropped onto the pool (the Add server button does the same). */
const addServer = palette('server');

/** Rule id -> the ways its message asks the planner to fix it, the first the one it names. */
export const RULE_FIXES: Readonly<Record<string, readonly RuleFix[]>> = {
  'CAP-FE-MAX-SERVERS': [palette('pool:frontEnd'), ...moveUsers],
  'CAP-FE-POOL-MAX-USERS': moveUsers,
  'CAP-FE-USERS-PER-SERVER': [addServer, server('running')],
  'CAP-FE-USERS-N-1': [addServer],
  'CAP-FE-PAIRED-MAX-USERS': moveUsers,
  'CAP-SE-USERS': [pool('frontEnd', 'edition'), ...moveUsers],
  'CAP-EDGE-REMOTE-USERS': [addServer, group('remotePercent')],
  'CAP-DIR-REMOTE-USERS': [addServer, group('remotePercent')],
  'CAP-EDGE-AV-SESSIONS': [addServer],
  'CAP-PCHAT-ACTIVE-SERVERS': [server('standby')],
  'CAP-PCHAT-USERS': [addServer, pool('persistentChat', 'concurrentUsers')],
  'CAP-FE-POOL-ENDPOINTS': moveUsers,
  'CAP-CONF-CONCURRENCY': [group('count')],
  'CAP-CONF-MAX-SIZE': [pool('frontEnd', 'maxMeetingSize'), pool('frontEnd', 'largeMeetings')],
  'CAP-LM-ONE-MEETING': [pool('frontEnd', 'concurrentLargeMeetings'), palette('pool:frontEnd')],
  'CAP-MED-STANDALONE-CALLS': [addServer, server('hyperThreading'), pool('mediation', 'concurrentCalls')],
  'CAP-MED-COLLOCATED-CALLS': [palette('pool:mediation'), pool('frontEnd', 'mediationCollocated')],
  'CAP-SBA-USERS': [...moveUsers, palette('pool:sbs')],
  'CAP-SBS-USERS': moveUsers,
  'CAP-BRANCH-MAX-SBA': [remove('pool')],
  'CAP-BRANCH-MIN-USERS': [remove('pool'), palette('pool:pstnGateway')],
  'CAP-MA-STORAGE': [associate('monitoring'), associate('archiving')],
  'TOPO-DEPLOY-NEEDS-CENTRAL-SITE': [palette('pool:frontEnd'), palette('pool:standardEdition')],
  'TOPO-BRANCH-ONE-CENTRAL': [site('centralSiteId')],
  'TOPO-CENTRAL-SITE-DEF': [site('kind')],
  'TOPO-FE-MIN-3': [addServer],
  'TOPO-FE-QUORUM': [server('running'), addServer],
  'TOPO-EDGE-MIN-2': [addServer],
  'TOPO-DIR-MIN-2': [addServer],
  'TOPO-PAIR-SAME-EDITION': [pool('frontEnd', 'edition'), server('virtual'), remove('association')],
  'TOPO-PAIR-CAPACITY': [addServer, ...moveUsers],
  'TOPO-PAIR-ONE-PARTNER': [remove('association')],
  'TOPO-PAIR-DIFFERENT-SITE': [remove('association'), associate('backupPool')],
  'TOPO-PAIR-SAME-BE-HA': [pool('backEnd', 'ha')],
  'TOPO-SE-PAIRED-RECOMMENDED': [associate('backupPool'), palette('pool:standardEdition')],
  // Roles share a computer when their servers share an FQDN (analysis/computers): give one of them its own.
  'TOPO-SEPARATE-ROLES': [server('fqdn')],
  'TOPO-PCHAT-SE-POC': [server('fqdn'), palette('pool:persistentChat')],
  'TB-FILESTORE-NOT-ON-FE': [server('fqdn')],
  'TOPO-NO-EXCHANGE-COLOC': [server('fqdn')],
  'TOPO-POOL-NEEDS-SQL': [associate('backEnd'), palette('pool:backEnd')],
  'TOPO-SQL-ONE-POOL': [associate('backEnd'), palette('pool:backEnd')],
  'TOPO-SE-SQL-LOCAL': [remove('association')],
  'TOPO-BE-NO-ASYNC-MIRROR': [pool('backEnd', 'ha')],
  'TOPO-BE-MIRROR-MIN-2': [addServer, pool('backEnd', 'ha')],
  'TOPO-POOL-NEEDS-FILESTORE': [associate('fileStore'), palette('pool:fileStore')],
  'TOPO-CMS-ONE': [pool('frontEnd', 'hostsCms')],
  'TOPO-EDGE-NEXT-HOP': [associate('edgeNextHop')],
  'TOPO-EDGE-NEEDS-REVERSE-PROXY': [palette('pool:reverseProxy')],
  'TOPO-EDGE-LB-SAME': [pool('edge', 'loadBalancingInternal'), pool('edge', 'loadBalancingExternal')],
  'TOPO-EE-NEEDS-LB': [pool('edge', 'loadBalancingInternal'), pool('edge', 'loadBalancingExternal')],
  'TOPO-EDGE-2-NICS': [server('nics')],
  'TOPO-NO-MULTIHOME': [server('nics')],
  'TOPO-DNSLB-LEGACY': [pool('edge', 'loadBalancingExternal'), pool('edge', 'federation')],
  // A pool cannot change site: it is deleted in the branch and added again at a central site.
  'TOPO-BRANCH-CONTENTS': [remove('pool')],
  'TOPO-BRANCH-NO-MEDIATION-WITH-BYPASS': [remove('pool')],
  'TOPO-BRANCH-NEEDS-LINK': [site('links')],
  'TOPO-EV-NOT-PLANNED': [
    palette('pool:pstnGateway'),
    associate('pstnGateway'),
    palette('pool:sba'),
    palette('pool:sbs'),
  ],
  'TOPO-LM-DEDICATED': [group('homePoolId'), associate('officeWebApps'), pool('frontEnd', 'largeMeetings')],
  'TOPO-PCHAT-SINGLE-SERVER-POOL-FIXED': [addServer],
  'TOPO-SBA-USERS-NO-PCHAT-ROOMS': [group('homePoolId')],
  'TB-FQDN-UNIQUE': [anyPool('fqdn'), server('fqdn')],
  'TB-FQDN-CHARSET': [anyPool('fqdn'), server('fqdn')],
  'TB-SQL-NOT-SHARED-ACROSS-VERSIONS': [anyPool('version'), associate('backEnd')],
  'TB-SBA-BACKUP-REGISTRAR': [associate('registrar'), anyPool('version')],
  'TB-TRUNK-ENDPOINTS': [associate('pstnGateway')],
  'TB-OWAS-FOR-CONFERENCING': [associate('officeWebApps'), palette('pool:officeWebApps')],
  'TB-EDGE-MEDIA-ASSOC': [associate('edge')],
  'TB-FEDERATION-SINGLE-ROUTE': [pool('edge', 'federation')],
  'MIG-SINGLE-FEDERATION-EDGE': [pool('edge', 'federation')],
  'TB-CAC-ONE-POOL-PER-CENTRAL-SITE': [pool('frontEnd', 'callAdmissionControl')],
  'MIG-ARCH-MON-VERSION-MATCH': [anyPool('version'), remove('association')],
  'BW-LINK-CAPACITY': [
    link('capacityKbps'),
    design('traffic.conferencePercent'),
    palette('pool:pstnGateway'),
    pool('pstnGateway', 'mediaBypass'),
  ],
  'BW-LINK-RTC-SHARE': [link('capacityKbps'), design('bandwidth.rtcSharePercent')],
  'BW-CAC-LIMITS-EXCEED-LINK': [link('cac.audioLimitKbps'), link('cac.videoLimitKbps'), link('capacityKbps')],
  'BW-CAC-AUDIO-SESSION-MIN': [link('cac.audioSessionLimitKbps')],
  'BW-CAC-VIDEO-SESSION-MIN': [link('cac.videoSessionLimitKbps')],
  'BW-CAC-SESSION-BELOW-CODEC': [link('cac.audioSessionLimitKbps'), design('bandwidth.pstnAudioCodec')],
  'BW-LATENCY': [link('latencyMs')],
};
