import type { Rect } from '../geometry/boxSizes';
import type { Diagram, DiagramBox } from './diagram';

/** Room around the drawing, so borders and labels at the edge are not cut. */
const PADDING = 24;

/** The extent of boxes as they are added, and the bounds round them with the margin. */
export class Extent {
  private left = Infinity;
  private top = Infinity;
  private right = -Infinity;
  private bottom = -Infinity;

  add(x: number, y: number, width: number, height: number): void {
    this.left = Math.min(this.left, x);
    this.top = Math.min(this.top, y);
    this.right = Math.max(this.right, x + width);
    this.bottom = Math.max(this.bottom, y + height);
  }

  /** The bounds with the margin; an empty drawing has empty bounds. */
  bounds(): Rect {
    if (this.left === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
    const left = this.left - PADDING;
    const top = this.top - PADDING;
    const right = this.right + PADDING;
    const bottom = this.bottom + PADDING;
    return { x: left, y: top, width: right - left, height: bottom - top };
  }
}

/** The rectangle round the boxes, with the margin. */
export function boundsOf(boxes: readonly Rect[]): Rect {
  const extent = new Extent();
  for (const box of boxes) extent.add(box.x, box.y, box.width, box.height);
  return extent.bounds();
}

/**
 * The part of a diagram that is `only` these boxes and what they hold (an export of the selection): the lines
 * whose two ends are kept, and the bounds of what is left.
 */
export function diagramOfSelection(diagram: Diagram, only: ReadonlySet<string>): Diagram {
  const byId = new Map(diagram.boxes.map((box) => [box.id, box]));
  const included = (box: DiagramBox): boolean => {
    for (
      let current: DiagramBox | undefined = box;
      current;
      current = current.parentId ? byId.get(current.parentId) : undefined
    )
      if (only.has(current.id)) return true;
    return false;
  };
  const boxes = diagram.boxes.filter(included);
  const kept = new Set(boxes.map((box) => box.id));
  const lines = diagram.lines.filter((line) => kept.has(line.source) && kept.has(line.target));
  return { boxes, lines, bounds: boundsOf(boxes) };
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The part of a diagram one page shows: the boxes that reach into the viewport, and the lines between boxes that
 * are drawn (a line that crosses the page from two boxes off it is kept through its ends' bounding box). A
 * 5,000-server design on a hundred tiles then draws each box a few times, not a hundred.
 */
export function diagramWithin(diagram: Diagram, viewport: Rect): Diagram {
  const byId = new Map(diagram.boxes.map((box) => [box.id, box]));
  const lines = diagram.lines.filter((line) => {
    const a = byId.get(line.source);
    const b = byId.get(line.target);
    if (!a || !b) return false;
    const left = Math.min(a.x, b.x);
    const top = Math.min(a.y, b.y);
    return overlaps(
      {
        x: left,
        y: top,
        width: Math.max(a.x + a.width, b.x + b.width) - left,
        height: Math.max(a.y + a.height, b.y + b.height) - top,
      },
      viewport,
    );
  });
  const ends = new Set(lines.flatMap((line) => [line.source, line.target]));
  const boxes = diagram.boxes.filter((box) => ends.has(box.id) || overlaps(box, viewport));
  return { boxes, lines, bounds: diagram.bounds };
}
