/** The sentence a user reads when the operating system refuses a file operation, by its error code. */
export function describeFileError(error: unknown, action: 'save' | 'open', path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const verb = action === 'save' ? 'save' : 'open';
  switch (code) {
    case 'ENOSPC':
      return `Could not ${verb} ${path}: the disk is full. Free some space and save again; the previous file is unchanged.`;
    case 'EDQUOT':
      return `Could not ${verb} ${path}: the disk quota is used up. The previous file is unchanged.`;
    case 'EACCES':
    case 'EPERM':
      return `Could not ${verb} ${path}: permission denied.`;
    case 'EROFS':
      return `Could not ${verb} ${path}: the disk is read-only.`;
    case 'ENOENT':
      return action === 'save'
        ? `Could not save ${path}: the folder does not exist.`
        : `Could not open ${path}: there is no such file.`;
    case 'EREADONLY':
      return `Could not ${verb} ${path}: the file is read-only. Make it writable or save under another name; the file is unchanged.`;
    case 'ENOTREGULAR':
      return `Could not ${verb} ${path}: it is not a regular file (a device, a pipe or a socket).`;
    case 'ELOOP':
      return `Could not ${verb} ${path}: its symbolic links point in a loop.`;
    case 'EISDIR':
      return `Could not ${verb} ${path}: it is a folder, not a file.`;
    case 'ENAMETOOLONG':
      return `Could not ${verb} the file: the path is too long.`;
    default:
      return `Could not ${verb} ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
