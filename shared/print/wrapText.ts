/**
 * How many lines a text takes when wrapped greedily at `perLine` characters, words never broken mid-way unless a
 * word alone is longer than a line (a long FQDN, a URL), which then breaks where the line ends (CSS
 * `overflow-wrap: anywhere`). Explicit line breaks start a new line. The printed pages measure their text with it
 * before they place it, so a page never holds more than fits.
 */
export function wrappedLineCount(text: string, perLine: number): number {
  const width = Math.max(1, Math.floor(perLine));
  let total = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      if (used === 0) {
        count += Math.floor(Math.max(0, word.length - 1) / width);
        used = word.length - Math.floor(Math.max(0, word.length - 1) / width) * width;
      } else if (used + 1 + word.length > width) {
        count += 1 + Math.floor(Math.max(0, word.length - 1) / width);
        used = word.length - Math.floor(Math.max(0, word.length - 1) / width) * width;
      } else used += 1 + word.length;
    }
    total += count;
  }
  return total;
}
