import { app, type BrowserWindow, ipcMain } from 'electron';
import { HOST_EVENTS_LISTENING_CHANNEL } from '../../shared/ipc/hostEventChannel';
import { DocumentInbox } from '../node/documents/documentInbox';
import { documentToOpen, isDesignFile } from '../node/documents/documentToOpen';
import { isTrustedSender } from '../node/security/navigation';
import { sendHostEvent } from './hostEvents';

/**
 * `.lyncplan` files from the OS (our own argv, a second instance, macOS `open-file`) into the window, through
 * the DocumentInbox: each path is granted to the renderer's PathPolicy, then sent as an `open-document` event once
 * the page listens. Created before `ready`: macOS sends `open-file` for a double-clicked file before it.
 */
export class OsDocuments {
  private readonly inbox = new DocumentInbox((path) => this.deliver(path));
  private grant: ((path: string) => void) | undefined;

  constructor(private readonly window: () => BrowserWindow | undefined) {
    app.on('open-file', (event, path) => {
      // Handled here: without preventDefault macOS would report the file as not opened.
      event.preventDefault();
      if (isDesignFile(path, process.platform)) this.inbox.receive(path);
    });
    // The lock in main.ts made this the first instance: the second one hands over its file and quits.
    app.on('second-instance', (_event, argv, workingDirectory) => {
      this.focus();
      const path = documentToOpen({ argv, cwd: workingDirectory, platform: process.platform });
      if (path) this.inbox.receive(path);
    });
    app.on('before-quit', () => this.inbox.quitStarted());
    ipcMain.on(HOST_EVENTS_LISTENING_CHANNEL, (event) => {
      // Only our own page, in our own window, may say it listens (checklist item 17, as for every IPC message).
      if (isTrustedSender(event.senderFrame?.url) && event.sender === this.window()?.webContents)
        this.inbox.pageListening();
    });
    const own = documentToOpen({ argv: process.argv, cwd: process.cwd(), platform: process.platform });
    if (own) this.inbox.receive(own);
  }

  /** The handlers exist (after `ready`): paths are granted through them before the page is told. */
  grantWith(grant: (path: string) => void): void {
    this.grant = grant;
  }

  /** Follows the window's page: what arrives while it (re)loads or closes waits for the next page. */
  attach(window: BrowserWindow): void {
    window.webContents.on('did-start-loading', () => this.inbox.pageUnloaded());
    // Closing the window is quitting (main.ts quits when it closes): hold documents while the close asks.
    window.on('close', () => this.inbox.quitStarted());
    window.on('closed', () => this.inbox.pageUnloaded());
  }

  /** A document the app itself was asked to open (File ▸ Open Recent): the same way in as one from the OS. */
  open(path: string): void {
    this.inbox.receive(path);
  }

  /** The user chose to stay when closing or quitting asked about unsaved changes. */
  quitCancelled(): void {
    this.inbox.quitCancelled();
  }

  private focus(): void {
    const window = this.window();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  private deliver(path: string): void {
    this.grant?.(path);
    sendHostEvent(this.window(), { kind: 'open-document', path });
  }
}
