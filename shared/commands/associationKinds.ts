import type { AssociationKind } from '../model/association';
import type { PoolRole } from '../model/pool';

/** format.md's association table: which kinds may go from a pool of one role to a pool of another. */
const allowed: ReadonlyArray<{ kind: AssociationKind; from: readonly PoolRole[]; to: readonly PoolRole[] }> = [
  { kind: 'backEnd', from: ['frontEnd'], to: ['backEnd'] },
  { kind: 'monitoring', from: ['frontEnd'], to: ['backEnd'] },
  { kind: 'archiving', from: ['frontEnd'], to: ['backEnd'] },
  { kind: 'fileStore', from: ['frontEnd'], to: ['fileStore'] },
  { kind: 'officeWebApps', from: ['frontEnd'], to: ['officeWebApps'] },
  { kind: 'edge', from: ['frontEnd'], to: ['edge'] },
  { kind: 'edgeNextHop', from: ['edge'], to: ['director', 'frontEnd'] },
  { kind: 'pstnGateway', from: ['mediation', 'frontEnd'], to: ['pstnGateway'] },
  { kind: 'backupPool', from: ['frontEnd'], to: ['frontEnd'] },
  { kind: 'registrar', from: ['sba', 'sbs'], to: ['frontEnd'] },
  { kind: 'persistentChatStore', from: ['persistentChat'], to: ['persistentChatStore'] },
];

/** The kinds an association from `from` to `to` may have, the most common first. */
export function associationKindsFor(from: PoolRole, to: PoolRole): AssociationKind[] {
  return allowed.filter((entry) => entry.from.includes(from) && entry.to.includes(to)).map((entry) => entry.kind);
}

export const associationLabels: Record<AssociationKind, string> = {
  backEnd: 'Back End',
  monitoring: 'Monitoring',
  archiving: 'Archiving',
  fileStore: 'File store',
  officeWebApps: 'Office Web Apps',
  edge: 'Edge (media)',
  edgeNextHop: 'Next hop',
  pstnGateway: 'PSTN gateway',
  backupPool: 'Backup pool',
  registrar: 'Backup registrar',
  persistentChatStore: 'Chat store',
};
