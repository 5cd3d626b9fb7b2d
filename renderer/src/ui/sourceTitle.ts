/**
 * A page title short enough for a row: "Capacity planning using the user models" for "Lync Server 2013 capacity
 * planning using the user models" (the product is the same on every page; the full title is the tooltip).
 */
export function shortSourceTitle(title: string): string {
  const short = title.replace(/^Lync Server 2013:?\s+/, '');
  return short === title ? title : short.charAt(0).toUpperCase() + short.slice(1);
}
