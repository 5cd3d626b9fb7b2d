import { floatingEndpoints } from './floating';
import { useNodeRect } from './useNodeRect';

/**
 * The border-to-border end points of an edge between two nodes, or undefined before they are measured. Each edge
 * watches its two nodes' boxes only, and re-renders when one of them moves or resizes.
 */
export function useFloatingEdge(source: string, target: string) {
  const a = useNodeRect(source);
  const b = useNodeRect(target);
  if (!a || !b) return undefined;
  return floatingEndpoints(a, b);
}
