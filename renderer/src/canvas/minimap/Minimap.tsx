import { Panel, type ReactFlowState, useReactFlow, useStore } from '@xyflow/react';
import { memo, type PointerEvent, useMemo, useReducer, useRef, type WheelEvent } from 'react';
import { shallow } from 'zustand/shallow';
import type { FlowNode } from '../deriveFlow';
import {
  boxesKey,
  centredOn,
  type MinimapBox,
  minimapBoxes,
  overviewFrame,
  type Rect,
  union,
  visibleRect,
} from './minimapModel';

const WIDTH = 200;
const HEIGHT = 150;
const WHEEL_STEP = 1.2;

/** What the overview needs from React Flow's store: it changes on pan, zoom and resize only. */
const viewSelector = (state: ReactFlowState) => ({
  x: state.transform[0],
  y: state.transform[1],
  zoom: state.transform[2],
  width: state.width,
  height: state.height,
  minZoom: state.minZoom,
  maxZoom: state.maxZoom,
});

/**
 * The overview in the canvas's corner: sites and pools, the visible part framed; drag in it to pan, wheel to
 * zoom. It is drawn from the derived nodes, not from React Flow's store: React Flow's own MiniMap subscribes once
 * per node, which on the 1k design (2,250 nodes) cost about 10 ms of every edit even though it only draws sites
 * and pools. Here an edit that moves no box redraws nothing.
 */
export function Minimap({ nodes }: { nodes: readonly FlowNode[] }) {
  const boxes = useMemo(() => minimapBoxes(nodes), [nodes]);
  const key = boxesKey(boxes);
  // The same boxes for the same key, so the drawing below is skipped when nothing moved.
  const stable = useRef<{ key: string; boxes: readonly MinimapBox[]; content: Rect | undefined } | null>(null);
  if (stable.current?.key !== key) stable.current = { key, boxes, content: union(boxes) };
  const { content } = stable.current;
  const view = useStore(viewSelector, shallow);
  const { setViewport } = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);
  // While the pointer is down the overview keeps the frame it had at pointer-down: the frame follows the view,
  // and a frame that moved under a dragging pointer would make the view run away from it.
  const held = useRef<Rect | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);

  const visible = visibleRect([view.x, view.y, view.zoom], view.width, view.height);
  const frame = held.current ?? overviewFrame(content, visible, WIDTH / HEIGHT);

  /** The flow point under the pointer. */
  const flowPoint = (event: { clientX: number; clientY: number }) => {
    const box = svg.current!.getBoundingClientRect();
    return {
      x: frame.x + ((event.clientX - box.left) / box.width) * frame.width,
      y: frame.y + ((event.clientY - box.top) / box.height) * frame.height,
    };
  };
  const panTo = (event: PointerEvent) =>
    void setViewport(centredOn(flowPoint(event), view.zoom, view.width, view.height));

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    held.current = frame;
    event.currentTarget.setPointerCapture(event.pointerId);
    panTo(event);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (held.current) panTo(event);
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    held.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    redraw(); // back to the frame that follows the view
  };
  const onWheel = (event: WheelEvent<SVGSVGElement>) => {
    const zoom = Math.min(
      view.maxZoom,
      Math.max(view.minZoom, event.deltaY < 0 ? view.zoom * WHEEL_STEP : view.zoom / WHEEL_STEP),
    );
    const centre = { x: visible.x + visible.width / 2, y: visible.y + visible.height / 2 };
    void setViewport(centredOn(centre, zoom, view.width, view.height));
  };

  const outer = `M${frame.x},${frame.y}h${frame.width}v${frame.height}h${-frame.width}z`;
  const inner = `M${visible.x},${visible.y}h${visible.width}v${visible.height}h${-visible.width}z`;
  return (
    <Panel position="bottom-right" className="minimap nowheel nopan nodrag">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        role="img"
        aria-label="Overview of the design: drag to move the view, wheel to zoom"
        data-testid="minimap"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={onWheel}
      >
        <MinimapBoxes boxes={stable.current.boxes} />
        <path className="minimap-mask" d={`${outer}${inner}`} fillRule="evenodd" data-testid="minimap-view" />
      </svg>
    </Panel>
  );
}

/** The boxes, redrawn only when one of them moves, changes size or role (see boxesKey). */
const MinimapBoxes = memo(function MinimapBoxes({ boxes }: { boxes: readonly MinimapBox[] }) {
  return (
    <g>
      {boxes.map((box) => (
        <rect
          key={box.id}
          className={`minimap-box minimap-${box.kind}`}
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={box.kind === 'pool' ? 6 : 10}
          fill={box.color}
        />
      ))}
    </g>
  );
});
