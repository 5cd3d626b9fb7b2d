import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../../shared/format/serializeDesign';
import { atomicWrite } from '../../files/atomicWrite';
import { readDesignFile, writeDesignFile } from '../../files/designFiles';
import { tempDir } from '../tempDir';
import { bundleChild, runAndKill } from './childProcess';
import { killCount, killLanes, killSeed } from './faultCounts';
import { saveDesign } from './faultDesigns';
import { killedSave, possibleContents, type SavePhase } from './killedSave';
import { inLanes } from './lanes';
import { ageLeftoverTemps, isOurTempFile } from './ourTempFiles';
import { seededRandom } from './seededRandom';

const KILLS = killCount(50);
const SEED = killSeed();
/** Children killed side by side (lanes.ts). */
const LANES = killLanes();
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const otherThan = (content: 'old' | 'new') => (content === 'old' ? 'new' : 'old');

const designs = { old: saveDesign('old'), new: saveDesign('new') };
const texts = { old: serializeDesign(designs.old), new: serializeDesign(designs.new) };
const hashes = { old: sha256(texts.old), new: sha256(texts.new) };
let dir: ReturnType<typeof tempDir>;
let bundle: string;
/** A whole save in a fresh child (serializing and writing), and its write alone (temporary file to return), in ms. */
const timing = { save: 0, write: 0 };

beforeAll(async () => {
  dir = tempDir('lyncplan-faults-save-');
  bundle = bundleChild('saveLoopChild.ts', dir.path);
  // How long a fresh child's save and write take on this machine, so the kills can be aimed into the life of the
  // temporary file: two children are let run until their second save's temporary file appears.
  const folder = join(dir.path, 'timing');
  mkdirSync(folder);
  const path = join(folder, 'plan.lyncplan');
  const saves: number[] = [];
  const writes: number[] = [];
  for (let run = 0; run < 2; run++) {
    await atomicWrite(path, texts.old);
    const timed = await runAndKill(bundle, [path, 'new'], {
      after: 'file-appears',
      folder,
      matches: (name) => isOurTempFile(name, path),
      nth: 2,
      delayMs: 0,
    });
    saves.push(...killedSave(timed.lines).durations);
    const done = timed.lines.findIndex((line) => line.startsWith('save 0 done'));
    if (done >= 0 && timed.appearedAt[0] !== undefined) writes.push(timed.lineAt[done]! - timed.appearedAt[0]);
  }
  timing.save = median(saves);
  timing.write = median(writes);
}, 120_000);
afterAll(() => dir?.remove());

/** What one kill found: where it landed, whether it left a temporary file, the save times the child reported. */
interface KillOutcome {
  phase: SavePhase;
  midWrite: boolean;
  durations: number[];
}

/**
 * One kill in `folder`: the next save puts the other content in the file (and must clear what the last kill left,
 * once it is old enough to be a leftover), a fresh
 * child starts saving `to` over it, and is killed at a seeded moment after its temporary file appears, spread
 * over one and a half times a write so some kills land just after the rename. Then the file must hash to exactly
 * the content the last line the child printed allows.
 */
async function killOnce(folder: string, kill: number): Promise<KillOutcome> {
  const path = join(folder, 'plan.lyncplan');
  const random = seededRandom(SEED * 100_003 + kill);
  const to: 'old' | 'new' = kill % 2 === 0 ? 'new' : 'old';
  await atomicWrite(path, texts[otherThan(to)]);
  expect(readdirSync(folder), `the save after kill ${kill - LANES} left a temporary file`).toEqual(['plan.lyncplan']);

  const delayMs = random() * timing.write * 1.5;
  const run = await runAndKill(bundle, [path, to], {
    after: 'file-appears',
    folder,
    matches: (name) => isOurTempFile(name, path),
    nth: 1,
    delayMs,
  });
  expect(run.signal, `child ${kill} ended by itself: ${run.stderr}`).toBe('SIGKILL');
  const killed = killedSave(run.lines);
  const midWrite = ageLeftoverTemps(path, folder) > 0;
  const hash = sha256(readFileSync(path));
  const content = hash === hashes.old ? 'old' : hash === hashes.new ? 'new' : 'torn or empty';
  expect(
    [...possibleContents(killed, to)],
    `kill ${kill} (seed ${SEED}), ${delayMs.toFixed(1)} ms after the temporary file appeared; the child last said ${killed.phase} of save ${killed.save}`,
  ).toContain(content);
  return { phase: killed.phase, midWrite, durations: killed.durations };
}

describe('a save killed at a random moment (SIGKILL)', () => {
  it(
    `leaves the old or the new file, never a torn or empty one, and no temporary file after the next save (${KILLS} kills)`,
    async () => {
      const folders = Array.from({ length: LANES }, (_, lane) => join(dir.path, `lane-${lane}`));
      for (const folder of folders) mkdirSync(folder);
      const outcomes = await inLanes(KILLS, LANES, (lane, kill) => killOnce(folders[lane]!, kill));
      for (const folder of folders) {
        // The save after the last kill clears what it left too, and the file reads back as a design.
        const path = join(folder, 'plan.lyncplan');
        await writeDesignFile(path, designs.new);
        expect(readdirSync(folder)).toEqual(['plan.lyncplan']);
        expect((await readDesignFile(path)).meta.name).toBe('Fault test: new');
      }

      const landed = (phase: SavePhase) => outcomes.filter((outcome) => outcome.phase === phase).length;
      const midWrite = outcomes.filter((outcome) => outcome.midWrite).length;
      console.log(
        `faults: ${KILLS} kills of a ${(Buffer.byteLength(texts.old) / 1e6).toFixed(1)} MB save (seed ${SEED}). A fresh ` +
          `child's save takes ${timing.save.toFixed(0)} ms, its write ${timing.write.toFixed(0)} ms of it. Kills landed ` +
          `${landed('writing')} while the temporary file was written, ${landed('renaming')} between its fsync and the ` +
          `save's return, ${landed('between-saves') + landed('before-saving')} after the save; ${midWrite} left a temporary file (mid-write).`,
      );
      // Aimed at the temporary file's life, most kills land in a write; none would prove nothing.
      expect(midWrite).toBeGreaterThan(0);
    },
    60_000 + KILLS * 3_000,
  );
});
