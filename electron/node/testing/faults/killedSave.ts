/** Where in the save loop a kill landed, read from the last line the child printed (saveLoopChild.ts). */
export type SavePhase =
  /** After `ready`, before the first save began. */
  | 'before-saving'
  /** Inside writeDesignFile, before the temporary file was synced: serializing, writing, fsync. */
  | 'writing'
  /** The temporary file was synced; the rename and the folder's fsync had not been reported done. */
  | 'renaming'
  /** A save had returned and the next had not begun. */
  | 'between-saves';

export interface KilledSave {
  phase: SavePhase;
  /** The save the kill interrupted or last finished (-1 before the first). */
  save: number;
  /** How long each save that finished took, in the child, in ms (serializing included). */
  durations: number[];
}

export function killedSave(lines: readonly string[]): KilledSave {
  let phase: SavePhase = 'before-saving';
  let save = -1;
  const durations: number[] = [];
  let began = 0;
  for (const line of lines) {
    const match = /^save (\d+) (begin|synced|done) ([\d.]+)$/.exec(line);
    if (!match) continue;
    save = Number(match[1]);
    const at = Number(match[3]);
    phase = match[2] === 'begin' ? 'writing' : match[2] === 'synced' ? 'renaming' : 'between-saves';
    if (match[2] === 'begin') began = at;
    if (match[2] === 'done') durations.push(at - began);
  }
  return { phase, save, durations };
}

/**
 * The contents the file may hold after that kill, when the child's first save wrote `first` over the other. Killed while writing, the file is still the previous save's; killed after the temporary file
 * was synced, the rename may have happened just before the kill, so either; between saves, the last save's. Every
 * line printed before the kill reaches the test (it is in the pipe), so `synced` is never missed.
 */
export function possibleContents(killed: KilledSave, first: 'old' | 'new'): ReadonlySet<'old' | 'new'> {
  const other = first === 'new' ? 'old' : 'new';
  // Save n writes `first` when n is even; before save 0 the file holds the other content.
  const contentOf = (n: number): 'old' | 'new' => (n < 0 || n % 2 === 1 ? other : first);
  switch (killed.phase) {
    case 'writing':
      return new Set([contentOf(killed.save - 1)]);
    case 'renaming':
      return new Set([contentOf(killed.save - 1), contentOf(killed.save)]);
    default:
      return new Set([contentOf(killed.save)]);
  }
}
