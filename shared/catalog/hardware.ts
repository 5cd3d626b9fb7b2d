import type { PoolRole } from '../model/pool';
import { SOURCES } from './sources';

export interface HardwareProfile {
  name: string;
  summary: string;
  source: string;
}

/** The hardware platforms page's two server profiles (capacity.md section 1). */
const BIG: HardwareProfile = {
  name: 'HW-A',
  summary:
    '64-bit, 2 x 6 cores at 2.26 GHz or faster; 32 GB RAM; 8 or more 10,000-RPM disks with 72 GB free (2 in RAID 1, 6 in RAID 10) or equivalent SSD; 1 dual-port 1 Gbps NIC (2 recommended, teamed)',
  source: SOURCES.hardware,
};
const EDGE_CLASS: HardwareProfile = {
  name: 'HW-B',
  summary:
    '64-bit, 2 x 4 cores at 2.0 GHz or faster; 16 GB RAM; 4 or more 10,000-RPM disks with 72 GB free in 2 x RAID 1 or equivalent SSD; 1 dual-port 1 Gbps NIC (2 recommended)',
  source: SOURCES.hardware,
};

/** Recommended hardware per role; undefined where the Lync 2013 pages give none (appliances, non-Lync servers). */
export const HARDWARE_BY_ROLE: Record<PoolRole, HardwareProfile | undefined> = {
  frontEnd: BIG,
  backEnd: BIG,
  persistentChat: BIG,
  persistentChatStore: BIG,
  edge: { ...EDGE_CLASS, summary: `${EDGE_CLASS.summary}; Edge needs 2 network interfaces (internal and external)` },
  director: EDGE_CLASS,
  mediation: EDGE_CLASS,
  officeWebApps: undefined,
  fileStore: undefined,
  reverseProxy: undefined,
  exchangeUm: undefined,
  sba: {
    name: 'appliance',
    summary: 'vendor appliance (Registrar, Mediation, PSTN gateway, SQL Express)',
    source: SOURCES.branchResiliency,
  },
  sbs: undefined,
  pstnGateway: undefined,
  // Lync Server 2010 roles: the 2013 hardware page sizes no such server.
  archiving: undefined,
  monitoring: undefined,
};
