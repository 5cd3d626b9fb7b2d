import type { Design } from '../model/design';
import { fabrikamMigration } from './fabrikamMigration';
import { fabrikamMistakes } from './fabrikamMistakes';

/** The sample designs shipped in `samples/` (samples/README.md), by file name; `npm run samples` writes them. */
export const SAMPLES: ReadonlyArray<{ file: string; design: () => Design }> = [
  { file: 'fabrikam-2010-migration.lyncplan', design: fabrikamMigration },
  { file: 'fabrikam-2010-migration-mistakes.lyncplan', design: fabrikamMistakes },
];
