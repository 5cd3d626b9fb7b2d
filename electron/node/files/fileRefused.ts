/** An open or a save the file's own state refuses; `code` is read by describeFileError like an operating system's code. */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
  constructor(
    message: string,
    readonly code: 'EREADONLY' | 'ENOTREGULAR' | 'EISDIR' | 'ELOOP',
  ) {
    super(message);
  }
}
