import { SOURCES } from './sources';

/** A role as the collocation pages name it; a Standard Edition server is a Front End of the standard edition. */
export type CollocationRole =
  | 'frontEnd'
  | 'standardEdition'
  | 'backEnd'
  | 'edge'
  | 'director'
  | 'mediation'
  | 'persistentChat'
  | 'persistentChatStore'
  | 'officeWebApps'
  | 'fileStore'
  | 'reverseProxy'
  | 'exchangeUm'
  | 'sba'
  | 'sbs'
  | 'pstnGateway'
  | 'archiving'
  | 'monitoring';

/**
 * Roles that may share one computer, from the collocation pages (capacity.md, [COLOC-EE] and [COLOC-SE]);
 * every other pair needs separate computers. The Front End / file store pair is listed only so that it is
 * judged by TB-FILESTORE-NOT-ON-FE alone, which refuses it with its own message.
 */
export const ALLOWED_COLLOCATIONS: ReadonlyArray<{
  roles: readonly [CollocationRole, CollocationRole];
  note: string;
  source: string;
}> = [
  {
    roles: ['fileStore', 'backEnd'],
    note: 'a file share may be on a database server',
    source: SOURCES.collocationEnterprise,
  },
  {
    roles: ['fileStore', 'persistentChatStore'],
    note: 'a file share may be on a database server',
    source: SOURCES.collocationEnterprise,
  },
  {
    roles: ['persistentChatStore', 'backEnd'],
    note: 'Persistent Chat databases may share SQL with the Back End (not recommended)',
    source: SOURCES.persistentChatCapacity,
  },
  {
    roles: ['persistentChat', 'standardEdition'],
    note: 'Persistent Chat on a Standard Edition server: proof of concept only (TOPO-PCHAT-SE-POC)',
    source: SOURCES.persistentChatCapacity,
  },
  { roles: ['fileStore', 'frontEnd'], note: 'refused by TB-FILESTORE-NOT-ON-FE', source: SOURCES.defineFrontEndPool },
];
