import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { moveNodes } from '../../../shared/commands/moveNodes';
import { SITE } from '../../../shared/geometry/boxSizes';
import { applyCommand, setSelection, shownDesign, useDocument } from '../state/documentStore';
import type { FlowEdge, FlowNode } from './deriveFlow';

const ZOOM_MS = 300;

/** What the toolbar, the search box and the keyboard do to the canvas's view and to positions. */
export interface CanvasView {
  zoomToFit(): void;
  zoomToSelection(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Selects an entity and brings it to the middle of the canvas. */
  centreOn(id: string): void;
  /** Moves the selected sites, pools and user groups by (dx, dy); servers keep their pool's grid. */
  nudge(dx: number, dy: number): void;
  positionOf(id: string): { x: number; y: number } | undefined;
}

export function useCanvasView(): CanvasView {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  return useMemo(() => {
    // A link is shown by the two sites it joins; everything else by its own node.
    const nodesFor = (ids: readonly string[]) => {
      const design = shownDesign();
      return ids.flatMap((id) => {
        const link = design?.links.find((candidate) => candidate.id === id);
        return link ? [{ id: link.siteA }, { id: link.siteB }] : flow.getNode(id) ? [{ id }] : [];
      });
    };
    return {
      zoomToFit: () => void flow.fitView({ padding: 0.12, duration: ZOOM_MS }),
      zoomToSelection: () => {
        const nodes = nodesFor(useDocument.getState().selection);
        if (nodes.length > 0) void flow.fitView({ nodes, padding: 0.3, maxZoom: 1.5, duration: ZOOM_MS });
      },
      zoomIn: () => void flow.zoomIn({ duration: ZOOM_MS }),
      zoomOut: () => void flow.zoomOut({ duration: ZOOM_MS }),
      centreOn: (id) => {
        setSelection([id]);
        const nodes = nodesFor([id]);
        if (nodes.length > 0) void flow.fitView({ nodes, padding: 0.4, maxZoom: 1.2, duration: ZOOM_MS });
      },
      nudge: (dx, dy) => {
        const selected = new Set(useDocument.getState().selection);
        const moving = flow
          .getNodes()
          .filter(
            (node) =>
              selected.has(node.id) && node.type !== 'server' && !(node.parentId && selected.has(node.parentId)),
          );
        if (moving.length === 0) return;
        applyCommand((design) =>
          moveNodes(design, {
            moves: moving.map((node) => ({
              id: node.id,
              // Inside a site, a node stays below the site's header.
              x: node.parentId ? Math.max(SITE.padding / 2, node.position.x + dx) : node.position.x + dx,
              y: node.parentId ? Math.max(SITE.header + 4, node.position.y + dy) : node.position.y + dy,
            })),
          }),
        );
      },
      positionOf: (id) => flow.getNode(id)?.position,
    };
  }, [flow]);
}
