/**
 * Advance widths of printable ASCII (space to `~`), in thousandths of an em: for each character the wider of
 * DejaVu Sans (what `system-ui` and `sans-serif` are on Linux, where the app's font stack falls back to) and
 * Liberation Sans (Arial's metric twin). Measured in Chromium with `measureText` at 1,000 px. Segoe UI, the
 * first choice of the stack, is narrower than both, so a width computed here holds the text in any of them.
 */
const ADVANCE = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 636, 337, 337, 838, 838, 838, 556, 1015, 684, 686, 722, 770, 667, 611, 778, 752, 295, 500, 667, 557, 863,
  748, 787, 667, 787, 722, 667, 611, 732, 684, 989, 685, 667, 685, 390, 337, 390, 838, 556, 500, 613, 635, 550, 635,
  615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636,
  337, 636, 838,
] as const;
/** Anything else (accents, symbols) counts as a full em: wider than it is, never narrower. */
const OTHER = 1000;

/**
 * How wide `text` is at `fontSize`, without a browser to measure it: the canvas and the printed diagram size a
 * label's box with this, so the box they both draw holds the whole text and routes can keep it off other boxes.
 */
export function textWidth(text: string, fontSize: number): number {
  let total = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    total += code >= 32 && code < 127 ? ADVANCE[code - 32]! : OTHER;
  }
  return (total * fontSize) / 1000;
}
