/** The endings lyncplan writes; a path that ends in one of them has it swapped for the chosen format's. */
const EXPORT_ENDINGS = /\.(png|svg|csv|pdf|md|json)$/i;

/**
 * The path with the chosen format's extension: "fabrikam-2x.png" becomes "fabrikam-2x.svg" when the user picks
 * SVG, and "fabrikam" gets ".csv". A file is never written as PNG bytes under an .svg name, or the reverse.
 */
export function withExportExtension(path: string, extension: string): string {
  const trimmed = path.trim();
  if (trimmed === '') return trimmed;
  return EXPORT_ENDINGS.test(trimmed) ? trimmed.replace(EXPORT_ENDINGS, `.${extension}`) : `${trimmed}.${extension}`;
}
