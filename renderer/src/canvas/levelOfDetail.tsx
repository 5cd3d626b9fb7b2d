import { type ReactFlowState, useStore } from '@xyflow/react';
import { type RefObject, useLayoutEffect } from 'react';

/**
 * Below this zoom the canvas draws boxes, role colours, load meters, badges, site names and link colours, and
 * leaves out the small print: below 30% a node's 11-12 px text is under 3.6 px tall, which nobody reads and which
 * costs the most to paint (on the 1k design a design-wide edit repaints 150 link labels and 2,000 node captions).
 * At 30-40% (a two-site design fitted to a laptop window) the captions are small but still read, so they stay.
 * Site names (14 px) stay, so the planner still knows where they are; zooming in brings everything back.
 */
export const FAR_ZOOM = 0.3;

/** The class the canvas carries while zoomed out past {@link FAR_ZOOM}. */
export const FAR_CLASS = 'is-far';

export const isFar = (zoom: number): boolean => zoom < FAR_ZOOM;

const farSelector = (state: ReactFlowState) => isFar(state.transform[2]);

/**
 * Puts {@link FAR_CLASS} on the canvas element while zoomed out. It sets the class itself rather than through a
 * prop, so crossing the threshold re-renders nothing but this; panning and zooming within a level do not even
 * get here (the selector's result does not change).
 */
export function LevelOfDetail({ canvas }: { canvas: RefObject<HTMLElement | null> }) {
  const far = useStore(farSelector);
  useLayoutEffect(() => {
    canvas.current?.classList.toggle(FAR_CLASS, far);
  }, [canvas, far]);
  return null;
}
