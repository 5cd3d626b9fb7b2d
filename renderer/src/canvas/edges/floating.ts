import type { Rect } from '../../../../shared/geometry/boxSizes';

/** Where the line from a rectangle's centre toward `toward` leaves the rectangle. */
export function borderPoint(rect: Rect, toward: { x: number; y: number }): { x: number; y: number } {
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/** End points of an edge drawn border to border between two boxes, whatever their handles. */
export function floatingEndpoints(source: Rect, target: Rect): { sx: number; sy: number; tx: number; ty: number } {
  const s = borderPoint(source, { x: target.x + target.width / 2, y: target.y + target.height / 2 });
  const t = borderPoint(target, { x: source.x + source.width / 2, y: source.y + source.height / 2 });
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y };
}
