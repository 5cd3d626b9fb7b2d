// A child process for killDuringLibraryWrite.test.ts: writes into a LibraryStore, two revisions then an autosave,
// over and over, until the test kills it. A write is reported only after the store's call has returned (its
// transaction committed), with the hash of the content it stored, so the test knows what must be in the library.
import { createHash } from 'node:crypto';
import { serializeDesign } from '../../../../shared/format/serializeDesign';
import { LibraryStore } from '../../store/libraryStore';
import { isAutosave, libraryDesign } from './faultDesigns';

function main(file: string, first: number): void {
  const store = new LibraryStore(file);
  const ready = performance.now();
  const say = (line: string) => void process.stdout.write(`${line} ${(performance.now() - ready).toFixed(1)}\n`);
  process.stdout.write('ready\n');
  for (let n = first; ; n++) {
    const design = libraryDesign(n);
    const hash = createHash('sha256').update(serializeDesign(design)).digest('hex');
    say(`write ${n} begin`);
    if (isAutosave(n)) {
      store.autosave(design);
      say(`write ${n} draft ${design.meta.id} ${hash}`);
    } else {
      const { revision } = store.saveRevision(design, { label: `write ${n}` });
      say(`write ${n} revision ${revision} ${design.meta.id} ${hash}`);
    }
  }
}

main(process.argv[2]!, Number(process.argv[3] ?? 0));
