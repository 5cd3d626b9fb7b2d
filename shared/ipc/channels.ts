/**
 * The channel names of the contract, without their schemas, so the sandboxed preload can expose the API
 * without bundling zod. `contract.ts` must define exactly these (a test checks it).
 */
export const channels = [
  'app.info',
  'library.list',
  'library.load',
  'library.revisions',
  'library.loadRevision',
  'library.saveRevision',
  'library.autosave',
  'library.discardDraft',
  'library.rename',
  'library.duplicate',
  'library.delete',
  'recent.list',
  'recent.remove',
  'file.saveAs',
  'file.save',
  'file.open',
  'export.save',
  'print.pdf',
  'print.print',
  'shell.openSource',
  'preferences.read',
  'preferences.write',
  'menu.state',
] as const;

export type Channel = (typeof channels)[number];
