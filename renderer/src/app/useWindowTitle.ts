import { useEffect } from 'react';

/**
 * The window's title bar (the browser tab in the web host) says what is open and where Save writes it:
 * "Contoso • — C:\Plans\contoso.lyncplan — lyncplan", or "library only" for a design kept in the library alone.
 * The dot marks unsaved changes.
 */
export function windowTitle(open: { name: string; dirty: boolean; filePath: string | undefined } | null): string {
  if (!open) return 'lyncplan';
  return `${open.name}${open.dirty ? ' •' : ''} — ${open.filePath ?? 'library only'} — lyncplan`;
}

export function useWindowTitle(name: string | undefined, dirty: boolean, filePath: string | undefined): void {
  useEffect(() => {
    document.title = windowTitle(name === undefined ? null : { name, dirty, filePath });
  }, [name, dirty, filePath]);
}
