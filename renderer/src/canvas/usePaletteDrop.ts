import { useReactFlow } from '@xyflow/react';
import { type DragEvent, type RefObject, useCallback } from 'react';
import { innermost, type Rect } from '../../../shared/geometry/boxSizes';
import { PALETTE_MIME, paletteItemByKey } from '../palette/paletteItems';
import { applyCommand, setSelection, shownDesign } from '../state/documentStore';
import { newId } from '../state/ids';
import { ask, notify } from '../state/uiStore';
import { type Containers, defaultDropPoint, placeItem } from './placeItem';
import { boxOf, panToReveal } from './revealBox';

/** A dropped box is kept this far (screen pixels) inside the canvas's edges. */
const VIEW_MARGIN = 12;
const REVEAL_MS = 250;

/**
 * Palette items dragged onto the canvas: the canvas element takes the drag (what React Flow draws inside it lets it
 * through) and the item is placed under the pointer, inside the part of the canvas on screen; if the nearest free
 * place is off screen, the view follows the new box.
 */
export function usePaletteDrop(
  canvasRef: RefObject<HTMLDivElement | null>,
  flowRef: RefObject<Containers>,
): { onDragOver: (event: DragEvent) => void; onDrop: (event: DragEvent) => void } {
  const { screenToFlowPosition, getViewport, setViewport } = useReactFlow();
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  /** The part of the canvas on screen, in flow coordinates, a little inside its edges. */
  const visibleRect = useCallback((): Rect | undefined => {
    const bounds = canvasRef.current?.getBoundingClientRect();
    if (!bounds) return undefined;
    const exact = { snapToGrid: false };
    const from = screenToFlowPosition({ x: bounds.left + VIEW_MARGIN, y: bounds.top + VIEW_MARGIN }, exact);
    const to = screenToFlowPosition({ x: bounds.right - VIEW_MARGIN, y: bounds.bottom - VIEW_MARGIN }, exact);
    return { x: from.x, y: from.y, width: Math.max(0, to.x - from.x), height: Math.max(0, to.y - from.y) };
  }, [canvasRef, screenToFlowPosition]);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = paletteItemByKey.get(event.dataTransfer.getData(PALETTE_MIME));
      if (!item) return;
      event.preventDefault();
      let point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const view = visibleRect();
      const id = newId(item.kind === 'site' ? 's' : item.kind === 'pool' ? 'p' : item.kind === 'server' ? 'v' : 'g');
      const needsSite =
        (item.kind === 'pool' || item.kind === 'userGroup') &&
        innermost(flowRef.current.siteRects, point) === undefined;
      void (async () => {
        let within = view;
        if (needsSite) {
          // Every pool and user group lives in a site: dropped on bare canvas, the planner says which.
          const siteId = await chooseSite(item.kind === 'pool' ? 'pool' : 'user group');
          if (!siteId) return;
          const d = shownDesign();
          if (!d) return;
          point = defaultDropPoint(item, [siteId], d, flowRef.current);
          within = undefined;
        }
        if (!applyCommand(placeItem(item, point, flowRef.current, id, within))) return;
        setSelection([id]);
        // The nearest free place may still be off screen (behind the findings panel): the view follows the box.
        const placed = boxOf(shownDesign()!, id);
        const shift = placed && view ? panToReveal(placed, view) : undefined;
        if (shift) {
          const { x, y, zoom } = getViewport();
          void setViewport({ x: x - shift.x * zoom, y: y - shift.y * zoom, zoom }, { duration: REVEAL_MS });
        }
      })();
    },
    [flowRef, screenToFlowPosition, visibleRect, getViewport, setViewport],
  );

  return { onDragOver, onDrop };
}

/** Asks which site a pool or user group dropped on bare canvas goes into; undefined if there is none or the planner cancels. */
async function chooseSite(what: string): Promise<string | undefined> {
  const sites = shownDesign()?.sites ?? [];
  if (sites.length === 0) {
    notify(`Every ${what} belongs to a site: add a central or branch site first.`, 'error');
    return undefined;
  }
  const choice = await ask({
    title: `Which site is this ${what} in?`,
    message: `Every ${what} belongs to a site. Choose one (click a name), or cancel.`,
    list: sites.map((site) => site.name),
    input: { label: 'Site', value: sites[0]!.name },
    buttons: [
      { id: 'add', label: `Add ${what}`, kind: 'primary' },
      { id: 'cancel', label: 'Cancel' },
    ],
  });
  if (choice?.button !== 'add') return undefined;
  const site =
    sites.find((candidate) => candidate.name === choice.text.trim()) ??
    sites.find((candidate) => candidate.name.toLowerCase() === choice.text.trim().toLowerCase());
  if (!site) notify(`There is no site named “${choice.text.trim()}”.`, 'error');
  return site?.id;
}
