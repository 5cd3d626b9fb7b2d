/**
 * Cuts a label to `max` characters with an ellipsis. Node labels are cut here rather than by CSS: CSS ellipsis
 * needs `overflow: hidden`, a clip per label, and thousands of clips cost every drag frame (measured on the 1k
 * design). The full text goes in the element's title.
 */
export function ellipsize(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
