/**
 * Sizes of what the canvas draws. Servers are laid out in a grid inside their pool, so a pool's size follows
 * from its server count; sites keep the size the planner gave them and grow to hold what is inside.
 */
export const SERVER = { width: 116, height: 34, gap: 8 } as const;
export const POOL = { header: 78, padding: 12, columns: 3, emptyBody: 28 } as const;
export const SITE = { header: 46, padding: 24 } as const;
export const USER_GROUP = { width: 196, height: 62 } as const;
export const DEFAULT_SITE_SIZE = { central: { width: 760, height: 460 }, branch: { width: 480, height: 300 } } as const;
/** A collapsed site: its header and a line of totals. */
export const COLLAPSED_SITE = { width: 340, height: 96 } as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function poolSize(servers: number): { width: number; height: number } {
  const width = POOL.padding * 2 + POOL.columns * SERVER.width + (POOL.columns - 1) * SERVER.gap;
  const rows = Math.ceil(servers / POOL.columns);
  const body = rows === 0 ? POOL.emptyBody : rows * SERVER.height + (rows - 1) * SERVER.gap;
  return { width, height: POOL.header + body + POOL.padding };
}

/** Where the n-th server of a pool sits, relative to the pool. */
export function serverOffset(index: number): { x: number; y: number } {
  const column = index % POOL.columns;
  const row = Math.floor(index / POOL.columns);
  return {
    x: POOL.padding + column * (SERVER.width + SERVER.gap),
    y: POOL.header + row * (SERVER.height + SERVER.gap),
  };
}

export const contains = (rect: Rect, point: { x: number; y: number }): boolean =>
  point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;

/** The smallest of the rectangles that holds the point: the innermost container under the cursor. */
export function innermost<T extends string>(
  rects: ReadonlyMap<T, Rect>,
  point: { x: number; y: number },
): T | undefined {
  let best: T | undefined;
  let bestArea = Infinity;
  for (const [id, rect] of rects) {
    const area = rect.width * rect.height;
    if (contains(rect, point) && area < bestArea) [best, bestArea] = [id, area];
  }
  return best;
}
