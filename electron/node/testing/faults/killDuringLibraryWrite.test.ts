import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../../shared/format/serializeDesign';
import { LibraryStore } from '../../store/libraryStore';
import { tempDir } from '../tempDir';
import { bundleChild, runAndKill } from './childProcess';
import { killCount, killLanes, killSeed } from './faultCounts';
import { isAutosave, libraryDesign } from './faultDesigns';
import { type KilledLibraryWrite, killedLibraryWrite, type ReportedWrite } from './killedLibraryWrite';
import { inLanes } from './lanes';
import { seededRandom } from './seededRandom';

const KILLS = killCount(30);
const SEED = killSeed();
const LANES = killLanes();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const isWal = (name: string) => name === 'library.db-wal';

let dir: ReturnType<typeof tempDir>;
let bundle: string;
/** How many times the library's write-ahead log changes over three writes of a fresh child: the kills' range. */
let walChanges = 0;
let writeMs = 0;

beforeAll(async () => {
  dir = tempDir('lyncplan-faults-library-');
  bundle = bundleChild('libraryWriteChild.ts', dir.path);
  const folder = join(dir.path, 'timing');
  mkdirSync(folder);
  let reports = 0;
  const timed = await runAndKill(
    bundle,
    [join(folder, 'library.db'), '0'],
    { after: 'line', matches: (line) => / (revision|draft) /.test(line) && ++reports === 3, delayMs: 0 },
    { folder, matches: isWal },
  );
  walChanges = Math.max(1, timed.changedAt.length);
  const ready = timed.lineAt[timed.lines.indexOf('ready')]!;
  writeMs = (timed.lineAt[timed.lineAt.length - 1]! - ready) / 3;
}, 60_000);
afterAll(() => dir?.remove());

/** What a lane's library must hold: every revision reported committed, and the newest draft reported. */
interface LaneState {
  folder: string;
  file: string;
  committed: Map<number, ReportedWrite>;
  draft?: ReportedWrite;
  next: number;
}

interface KillOutcome {
  /** Aimed at the log's changes (the others at a moment of the first three writes). */
  atCommit: boolean;
  /** Killed inside a store call (it had begun and not returned). */
  inCall: boolean;
  /** ... and that write was in the library all the same (it committed just before the kill). */
  committedUnreported: boolean;
}

/**
 * Opens the library as the app does on its next start and checks it against what the child reported: the
 * database is intact, every revision reported committed is there with its exact content, nothing else is there
 * but the write in flight, and the draft is the newest reported (or the one in flight).
 */
function checkLibrary(lane: LaneState, killed: KilledLibraryWrite, kill: number): boolean {
  const where = `kill ${kill} (seed ${SEED})`;
  const inFlight = killed.inFlight === undefined ? undefined : libraryDesign(killed.inFlight);
  const inFlightHash = inFlight ? sha256(serializeDesign(inFlight)) : undefined;
  let committedUnreported = false;
  for (const write of killed.reported) {
    if (write.kind === 'revision') lane.committed.set(write.revision!, write);
    else lane.draft = write;
  }

  const store = new LibraryStore(lane.file);
  try {
    // The app's own reading of what this child reported.
    for (const write of killed.reported.filter((w) => w.kind === 'revision'))
      expect(store.loadRevision(write.designId, write.revision!).design.meta.name, where).toBe(
        `Fault test write ${write.n}`,
      );
  } finally {
    store.close();
  }

  const db = new Database(lane.file);
  try {
    expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
    const rows = db.prepare('SELECT id, design_id, label, content FROM revisions').all() as Array<{
      id: number;
      design_id: string;
      label: string;
      content: string;
    }>;
    const stored = new Map(rows.map((row) => [row.id, row]));
    for (const [revision, write] of lane.committed) {
      const row = stored.get(revision);
      expect(row, `${where}: revision ${revision} (write ${write.n}) was reported committed`).toBeDefined();
      expect({ design: row!.design_id, hash: sha256(row!.content) }, where).toEqual({
        design: write.designId,
        hash: write.hash,
      });
    }
    for (const row of rows.filter((r) => !lane.committed.has(r.id))) {
      // Only the write in flight may be there unreported: it committed, and the kill came before it returned.
      expect(row.label, `${where}: revision ${row.id} was never written`).toBe(`write ${killed.inFlight}`);
      expect(sha256(row.content), where).toBe(inFlightHash);
      lane.committed.set(row.id, {
        n: killed.inFlight!,
        kind: 'revision',
        designId: row.design_id,
        hash: inFlightHash!,
      });
      committedUnreported = true;
    }
    const drafts = db.prepare('SELECT design_id, content FROM drafts').all() as Array<{
      design_id: string;
      content: string;
    }>;
    const autosaveInFlight = killed.inFlight !== undefined && isAutosave(killed.inFlight);
    // A reported draft stays; before any, only the autosave in flight may have left one.
    if (lane.draft || !autosaveInFlight) expect(drafts.length, `${where}: drafts`).toBe(lane.draft ? 1 : 0);
    for (const draft of drafts) {
      const hash = sha256(draft.content);
      if (hash !== lane.draft?.hash) {
        expect(autosaveInFlight && hash === inFlightHash, `${where}: the draft is neither reported nor in flight`).toBe(
          true,
        );
        lane.draft = { n: killed.inFlight!, kind: 'draft', designId: draft.design_id, hash };
        committedUnreported = true;
      }
    }
  } finally {
    db.close();
  }
  return committedUnreported;
}

describe('a library write killed at a random moment (SIGKILL)', () => {
  it(
    `leaves an intact library with every revision reported committed (${KILLS} kills)`,
    async () => {
      const lanes: LaneState[] = Array.from({ length: LANES }, (_, lane) => {
        const folder = join(dir.path, `lane-${lane}`);
        mkdirSync(folder);
        return { folder, file: join(folder, 'library.db'), committed: new Map(), next: 0 };
      });
      const outcomes = await inLanes(KILLS, LANES, async (laneIndex, kill): Promise<KillOutcome> => {
        const lane = lanes[laneIndex]!;
        const random = seededRandom(SEED * 100_003 + kill);
        // Half the kills at one of the log's changes in the child's first three writes (its commits: the pages
        // go to the log when a transaction commits), half at any moment of those three writes.
        const atCommit = random() < 0.5;
        const nth = 1 + Math.floor(random() * walChanges);
        const delayMs = random();
        const run = await runAndKill(
          bundle,
          [lane.file, String(lane.next)],
          atCommit
            ? { after: 'file-changes', folder: lane.folder, matches: isWal, nth, delayMs: delayMs * 2 }
            : { after: 'line', matches: (line) => line === 'ready', delayMs: delayMs * writeMs * 3 },
        );
        expect(run.signal, `child ${kill} ended by itself: ${run.stderr}`).toBe('SIGKILL');
        const killed = killedLibraryWrite(run.lines);
        lane.next = killed.last + 1;
        const committedUnreported = checkLibrary(lane, killed, kill);
        return { atCommit, inCall: killed.inFlight !== undefined, committedUnreported };
      });

      const inCall = outcomes.filter((outcome) => outcome.inCall).length;
      const revisions = lanes.reduce((sum, lane) => sum + lane.committed.size, 0);
      console.log(
        `faults: ${KILLS} kills of library writes (seed ${SEED}): a write of the 1k-server design (${(
          Buffer.byteLength(serializeDesign(libraryDesign(0))) / 1e3
        ).toFixed(
          0,
        )} KB) takes ${writeMs.toFixed(0)} ms in a fresh child, its log changes ${walChanges} times over three; ` +
          `${outcomes.filter((o) => o.atCommit).length} kills were aimed at its changes, the others anywhere in three writes; ` +
          `${inCall} landed inside a store call, ${outcomes.filter((o) => o.committedUnreported).length} of them after ` +
          `the commit; ${revisions} revisions checked, integrity_check ok after every kill.`,
      );
      // Aimed at the log's writes, most kills land inside a store call; none would prove nothing.
      expect(inCall).toBeGreaterThan(0);
    },
    60_000 + KILLS * 3_000,
  );
});
