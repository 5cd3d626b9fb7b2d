/** A write the library child reported committed (libraryWriteChild.ts), or began without reporting. */
export interface ReportedWrite {
  n: number;
  kind: 'revision' | 'draft';
  /** The revision's id in the library (revisions only). */
  revision?: number;
  designId: string;
  /** sha256 of the content the store was given. */
  hash: string;
}

export interface KilledLibraryWrite {
  reported: ReportedWrite[];
  /** The write that had begun and was not reported when the kill came: it may or may not have committed. */
  inFlight?: number;
  /** The highest write number the child began. */
  last: number;
}

/** What a killed library child said, from its lines. */
export function killedLibraryWrite(lines: readonly string[]): KilledLibraryWrite {
  const reported: ReportedWrite[] = [];
  let inFlight: number | undefined;
  let last = -1;
  for (const line of lines) {
    const words = line.split(' ');
    if (words[0] !== 'write') continue;
    const n = Number(words[1]);
    last = Math.max(last, n);
    if (words[2] === 'begin') inFlight = n;
    else if (words[2] === 'revision') {
      reported.push({ n, kind: 'revision', revision: Number(words[3]), designId: words[4]!, hash: words[5]! });
      inFlight = undefined;
    } else if (words[2] === 'draft') {
      reported.push({ n, kind: 'draft', designId: words[3]!, hash: words[4]! });
      inFlight = undefined;
    }
  }
  return { reported, ...(inFlight !== undefined ? { inFlight } : {}), last };
}
