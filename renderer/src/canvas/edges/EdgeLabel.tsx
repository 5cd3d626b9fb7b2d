import { createContext, type ReactNode, useContext } from 'react';
import { createPortal } from 'react-dom';

/** React Flow's edge-label layer of this canvas, found once when the canvas mounts. */
export const EdgeLabelLayer = createContext<HTMLElement | null>(null);

/**
 * An edge's HTML label, portalled into the label layer like React Flow's EdgeLabelRenderer. That component looks
 * the layer up with querySelector on every store update, once per label: on a drag frame of the 1k design that
 * is a hundred lookups; this finds it once.
 */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const layer = useContext(EdgeLabelLayer);
  return layer ? createPortal(children, layer) : null;
}
