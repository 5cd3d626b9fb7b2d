import { parseDesign } from '../../shared/format/parseDesign';
import { serializeDesign } from '../../shared/format/serializeDesign';
import type { Design } from '../../shared/model/design';

/**
 * The pathological file: a design whose servers repeat 300k ids, its first uses at the end of the list.
 * The quadratic check took 76 s on a 32 MB file like it; each run here takes seconds, so it runs once after a
 * warm-up and prints the one time, in the same line format as the other scenarios.
 */
export function benchDuplicateIds(base: Design, duplicates = 300_000): void {
  // serializeDesign refuses an invalid design, so the duplicates go into its JSON.
  const document = JSON.parse(serializeDesign(base)) as { servers: unknown[] };
  const servers = document.servers;
  const unique = servers.length;
  for (let i = 0; i < duplicates; i++) servers.push(servers[unique - 1 - (i % unique)]);
  const text = JSON.stringify(document, null, 2);
  console.log(`# duplicate ids: ${duplicates} in ${(text.length / 1_048_576).toFixed(1)} MB of .lyncplan text`);
  const times: number[] = [];
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    const result = parseDesign(text);
    if (result.ok) throw new Error('the duplicated design parsed');
    times.push(performance.now() - start);
  }
  console.log(`parse-300k-duplicate-ids: ${times[1]!.toFixed(0)} ms (n=1, after one warm-up)`);
}
