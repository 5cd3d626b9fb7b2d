// Writes every sample design of shared/samples to samples/, through the format's own serializer, so the files are
// exactly what the app would save. Run by `npm run samples` (build/scripts/samples.mjs); the tests check the files
// never drift from the generators (shared/samples/samples.test.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeDesign } from '../../shared/format/serializeDesign';
import { SAMPLES } from '../../shared/samples/samples';

const folder = join(process.cwd(), 'samples');
for (const sample of SAMPLES) {
  writeFileSync(join(folder, sample.file), serializeDesign(sample.design()));
  console.log(`samples/${sample.file}`);
}
