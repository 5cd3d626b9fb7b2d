import type { PoolRole } from '../model/pool';
import { BRANCH } from './branch';
import { FRONT_END } from './frontEnd';
import { FRONT_END_TOPOLOGY } from './frontEndTopology';
import { HARDWARE_BY_ROLE, type HardwareProfile } from './hardware';
import { MEDIATION } from './mediation';
import { PERSISTENT_CHAT } from './persistentChat';
import { REMOTE_ACCESS } from './remoteAccess';
import { SOURCES } from './sources';

export interface RoleFacts {
  /** What one server (or pool) carries, in words with the figures of the catalog. */
  capacity: string;
  /** Servers recommended for high availability, where the documents give a number. */
  minimumForHa?: number;
  collocation: string;
  hardware: HardwareProfile | undefined;
  sources: string[];
}

const count = (n: number) => n.toLocaleString('en-US');

/** Every server role: capacity, minimum for high availability, collocation and hardware (capacity.md sections 1 and 4). */
export const ROLES: Record<PoolRole, RoleFacts> = {
  frontEnd: {
    capacity: `1 server per ${count(FRONT_END.usersPerServer.value)} users; at most ${FRONT_END.maxServersPerPool.value} servers and ${count(FRONT_END.maxUsersPerPool.value)} users per pool (Standard Edition: ${count(FRONT_END.standardEditionRecommendedUsers.value)} users, ${count(FRONT_END.standardEditionMaxUsers.value)} in failover); collocated Mediation ${MEDIATION.collocatedCallsPerFrontEnd.value} calls per server`,
    minimumForHa: FRONT_END_TOPOLOGY.recommendedMinimumServers.value,
    collocation:
      'A/V Conferencing, Mediation (optional), Monitoring and Archiving run on every Front End; never Director, Edge, stand-alone Mediation, Office Web Apps or Persistent Chat (Enterprise)',
    hardware: HARDWARE_BY_ROLE.frontEnd,
    sources: [SOURCES.capacityUserModels, SOURCES.frontEndTopologies, SOURCES.collocationEnterprise],
  },
  backEnd: {
    capacity: 'one SQL store (single, mirrored or clustered) per Front End pool; a database server serves one pool',
    minimumForHa: 2,
    collocation:
      'may hold the Monitoring, Archiving and Persistent Chat databases (one of each per instance) and the file share',
    hardware: HARDWARE_BY_ROLE.backEnd,
    sources: [SOURCES.capacityUserModels, SOURCES.backEndHa, SOURCES.collocationEnterprise],
  },
  edge: {
    capacity: `1 server per ${count(REMOTE_ACCESS.remoteUsersPerEdge.value)} concurrent remote users per site`,
    minimumForHa: REMOTE_ACCESS.minimumForHa.value,
    collocation: 'its own computers, with 2 network interfaces',
    hardware: HARDWARE_BY_ROLE.edge,
    sources: [SOURCES.capacityUserModels, SOURCES.hardware],
  },
  director: {
    capacity: `1 server per ${count(REMOTE_ACCESS.remoteUsersPerDirector.value)} concurrent remote users per site`,
    minimumForHa: REMOTE_ACCESS.minimumForHa.value,
    collocation: 'its own computers',
    hardware: HARDWARE_BY_ROLE.director,
    sources: [SOURCES.capacityUserModels],
  },
  mediation: {
    capacity: `${count(MEDIATION.standaloneCallsHyperThreading.value)} concurrent non-bypass calls per server with hyper-threading, ${count(MEDIATION.standaloneCallsNoHyperThreading.value)} without`,
    minimumForHa: 2,
    collocation: 'its own computers when stand-alone',
    hardware: HARDWARE_BY_ROLE.mediation,
    sources: [SOURCES.capacityUserModels],
  },
  persistentChat: {
    capacity: `${count(PERSISTENT_CHAT.usersPerServer.value)} concurrent users per active server; ${PERSISTENT_CHAT.maxActiveServers.value} active and ${PERSISTENT_CHAT.maxServers.value} servers in all per pool`,
    collocation: 'never on an Enterprise Front End; on a Standard Edition server for proofs of concept',
    hardware: HARDWARE_BY_ROLE.persistentChat,
    sources: [SOURCES.persistentChatCapacity, SOURCES.persistentChatTopologies],
  },
  persistentChatStore: {
    capacity: 'chat and compliance databases',
    collocation: 'may share SQL with the Back End (not recommended)',
    hardware: HARDWARE_BY_ROLE.persistentChatStore,
    sources: [SOURCES.persistentChatTopologies],
  },
  officeWebApps: {
    capacity: 'no figure in the Lync Server 2013 pages',
    collocation: 'its own computers',
    hardware: undefined,
    sources: [SOURCES.collocationEnterprise],
  },
  fileStore: {
    capacity: 'one share may serve several pools of its own site',
    collocation: 'may be on a database server, never on a Front End',
    hardware: undefined,
    sources: [SOURCES.collocationEnterprise],
  },
  reverseProxy: {
    capacity: 'not a Lync role',
    collocation: 'no Lync role on it',
    hardware: undefined,
    sources: [SOURCES.collocationEnterprise],
  },
  exchangeUm: {
    capacity: 'not a Lync role',
    collocation: 'no Lync role on it',
    hardware: undefined,
    sources: [SOURCES.collocationEnterprise],
  },
  sba: {
    capacity: `designed for ${count(BRANCH.sbaMinUsers.value)}-${count(BRANCH.sbaMaxUsers.value)} users; at most ${BRANCH.maxSbasPerBranch.value} per branch`,
    collocation: 'an appliance: Registrar, Mediation, PSTN gateway and SQL Express',
    hardware: HARDWARE_BY_ROLE.sba,
    sources: [SOURCES.branchResiliency],
  },
  sbs: {
    capacity: `designed for ${count(BRANCH.sbsMinUsers.value)}-${count(BRANCH.sbsMaxUsers.value)} users`,
    collocation: 'Registrar and Mediation; needs a PSTN gateway or SIP trunk',
    hardware: undefined,
    sources: [SOURCES.sites, SOURCES.survivableBranch],
  },
  pstnGateway: {
    capacity: 'ports by traffic (light 15, medium 10, heavy 5 users per port)',
    collocation: 'a device, not a Lync server',
    hardware: undefined,
    sources: [SOURCES.voiceEstimation],
  },
  archiving: {
    capacity:
      'a Lync Server 2010 role: it archives only users homed on Lync Server 2010 pools; in 2013 Archiving is a Front End service',
    collocation: 'its own computer (Lync Server 2010); its database on a SQL store',
    hardware: undefined,
    sources: [SOURCES.migratingArchivingMonitoring],
  },
  monitoring: {
    capacity:
      'a Lync Server 2010 role: it monitors only users homed on Lync Server 2010 pools; in 2013 Monitoring is a Front End service',
    collocation: 'its own computer (Lync Server 2010); its database on a SQL store',
    hardware: undefined,
    sources: [SOURCES.migratingArchivingMonitoring],
  },
};
