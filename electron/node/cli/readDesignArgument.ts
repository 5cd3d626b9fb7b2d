import type { Design } from '../../../shared/model/design';
import { DesignFileError, readDesignFile } from '../files/designFiles';

/** Reads the FILE argument; an unreadable or invalid file is a message for standard error (exit 2). */
export async function readDesignArgument(path: string | undefined): Promise<{ design: Design } | { error: string }> {
  if (!path) return { error: 'lyncplan: name a .lyncplan file.' };
  try {
    return { design: await readDesignFile(path) };
  } catch (error) {
    if (!(error instanceof DesignFileError)) throw error;
    const more =
      error.format && error.format.issues.length > 1
        ? `\n${error.format.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`
        : '';
    return { error: `lyncplan: ${path}: ${error.message}${more}` };
  }
}
