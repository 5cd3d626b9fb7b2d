import type { Design } from '../../../../shared/model/design';
import { SIZE_1K, SIZE_10K, syntheticDesign } from '../../../../shared/testing/syntheticDesign';

/**
 * The two contents a killed save alternates between: the 10k-server synthetic estate (3,600,357 bytes when
 * serialized, the 3.6 MB design) under two names, so the old and the new file differ but are the same size.
 * The child and the test build them the same way, so both know what each content hashes to.
 */
export function saveDesign(which: 'old' | 'new'): Design {
  return syntheticDesign(SIZE_10K, `Fault test: ${which}`);
}

/**
 * The n-th design a library child writes: the 1k-server estate (about 350 KB, so a transaction writes a few hundred
 * pages), one of three designs (write n is of design n mod 3), named by its sequence number so every write differs.
 */
export function libraryDesign(n: number): Design {
  const design = syntheticDesign(SIZE_1K, `Fault test write ${n}`);
  return { ...design, meta: { ...design.meta, id: `5e7a0000-0000-4000-8000-00000000000${n % 3}` } };
}

/** Every third write is an autosave: of the third design, which is never saved as a revision (that would drop its draft). */
export function isAutosave(n: number): boolean {
  return n % 3 === 2;
}
