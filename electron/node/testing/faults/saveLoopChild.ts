// A child process for killDuringSave.test.ts: saves the 3.6 MB design to one file with writeDesignFile, over and
// over, alternating the new and the old content (starting with the one named by its second argument, the other
// being in the file), until the test kills it. Each step is printed (with the ms since
// `ready`) before the next one starts, so the last line the test read says where the kill landed.
import type { Design } from '../../../../shared/model/design';
import { writeDesignFile } from '../../files/designFiles';
import { saveDesign } from './faultDesigns';

async function main(path: string, first: 'old' | 'new'): Promise<void> {
  // Each design is built when it is first saved: a kill is aimed at the first save, and building a 10k-server
  // estate takes a while.
  const built = new Map<'old' | 'new', Design>();
  const design = (which: 'old' | 'new') => built.get(which) ?? built.set(which, saveDesign(which)).get(which)!;
  const second = first === 'new' ? 'old' : 'new';
  const ready = performance.now();
  const say = (line: string) => void process.stdout.write(`${line} ${(performance.now() - ready).toFixed(1)}\n`);
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const next = design(n % 2 === 0 ? first : second);
    say(`save ${n} begin`);
    await writeDesignFile(path, next, { beforeRename: () => say(`save ${n} synced`) });
    say(`save ${n} done`);
  }
}

main(process.argv[2]!, process.argv[3] === 'old' ? 'old' : 'new').catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
