import type { Rect } from '../../../shared/geometry/boxSizes';
import { designBoxes } from '../../../shared/geometry/designBoxes';
import type { Design } from '../../../shared/model/design';

/** A site, pool or user group of the design in canvas (flow) coordinates, as the canvas draws it open. */
export function boxOf(design: Design, id: string): Rect | undefined {
  const boxes = designBoxes(design);
  const site = boxes.sites.get(id);
  if (site) return site;
  const siteId = boxes.siteOf.get(id);
  const parent = siteId !== undefined ? boxes.sites.get(siteId) : undefined;
  const box = siteId !== undefined ? boxes.inside.get(siteId)?.get(id) : undefined;
  return parent && box ? { ...box, x: parent.x + box.x, y: parent.y + box.y } : undefined;
}

/**
 * How far the view must move (in flow coordinates) for `rect` to be inside it, the least that does; undefined when
 * it already is. A box larger than the view is shown from its top left. Used after a drop: the free place nearest
 * the pointer can be past the canvas's edge, behind the findings panel, where the planner would not see it.
 */
export function panToReveal(rect: Rect, view: Rect): { x: number; y: number } | undefined {
  const axis = (start: number, length: number, from: number, extent: number) => {
    if (start < from || length > extent) return start - from;
    return start + length > from + extent ? start + length - (from + extent) : 0;
  };
  const x = axis(rect.x, rect.width, view.x, view.width);
  const y = axis(rect.y, rect.height, view.y, view.height);
  return x === 0 && y === 0 ? undefined : { x, y };
}
