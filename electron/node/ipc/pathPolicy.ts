/** A renderer asked for a file the user never chose. */
export class PathNotAllowed extends Error {
  override readonly name = 'PathNotAllowed';
}

/**
 * Which file paths the renderer may name. In Electron the renderer is untrusted: it may only write or reopen
 * a path the user chose in a native dialog this session, or one in the recent-files list. The web host has no
 * native dialogs: its page names paths itself, and every one must pass its files folder's FolderPolicy
 * (folderPolicy.ts) as well. 'renderer-chooses' alone, with neither, is for the handlers' own unit tests.
 */
export class PathPolicy {
  private readonly granted = new Set<string>();

  constructor(
    private readonly mode: 'dialogs-only' | 'renderer-chooses',
    private readonly isRecent: (path: string) => boolean,
  ) {}

  grant(path: string): void {
    this.granted.add(path);
  }

  check(path: string): void {
    if (this.mode === 'renderer-chooses' || this.granted.has(path) || this.isRecent(path)) return;
    throw new PathNotAllowed('lyncplan may only write files you chose in a Save or Open dialog.');
  }
}
