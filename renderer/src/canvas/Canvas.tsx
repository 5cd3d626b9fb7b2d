import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  type Connection,
  ConnectionMode,
  Controls,
  type EdgeChange,
  MarkerType,
  type NodeChange,
  type OnNodeDrag,
  ReactFlow,
  useReactFlow,
  ViewportPortal,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { addAssociation } from '../../../shared/commands/addAssociation';
import { addLink } from '../../../shared/commands/addLink';
import { homeUserGroups } from '../../../shared/commands/homeUserGroups';
import { makeRoom } from '../../../shared/commands/makeRoom';
import { moveNodes } from '../../../shared/commands/moveNodes';
import { moveServerToPool } from '../../../shared/commands/moveServerToPool';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import { innermost, type Rect, SITE } from '../../../shared/geometry/boxSizes';
import type { Design } from '../../../shared/model/design';
import { homingRoles } from '../../../shared/model/pool';
import { applyCommand, shownDesign as designOnScreen, setSelection, useDocument } from '../state/documentStore';
import { newId } from '../state/ids';
import { usePreferences } from '../state/preferences';
import { useShownTheme } from '../state/theme';
import { notify, useUi } from '../state/uiStore';
import { alignToNeighbours, type Guide } from './alignment';
import { CanvasLegend } from './CanvasLegend';
import { NEW_LINK_KBPS } from './defaults';
import { deriveFlow, type FlowEdge, type FlowNode } from './deriveFlow';
import { EdgeLabelLayer } from './edges/EdgeLabel';
import { TopLevelNodes } from './edges/useAssociationRoute';
import { edgeTypes, nodeTypes } from './flowTypes';
import { LevelOfDetail } from './levelOfDetail';
import { Minimap } from './minimap/Minimap';
import { OverviewToggle } from './minimap/OverviewToggle';
import type { Containers } from './placeItem';
import { stableEdges, stableNodes } from './stableFlow';
import { usePaletteDrop } from './usePaletteDrop';

const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 } };
const proOptions = { hideAttribution: true };

/**
 * The topology canvas: React Flow over nodes and edges derived from the one document store, for the state on screen
 * (the design itself, or the state after the selected step of its plan). A step is drawn with its changes: its
 * additions and changes marked, what it removes as ghosts (shared/diagram/stepGhosts.ts).
 */
export function Canvas({ containersRef }: { containersRef: React.MutableRefObject<Containers | null> }) {
  const design = useDocument((s) => s.view!.design);
  const validation = useDocument((s) => s.view!.validation);
  // The step's diff is the same object while the step is shown, so the diagram is derived again only on an edit.
  const changes = useDocument((s) => s.view?.diff);
  const selection = useDocument((s) => s.selection);
  const collapsed = useUi((s) => s.collapsedSites);
  const overviewMap = usePreferences((s) => s.overviewMapVisible);
  const theme = useShownTheme();
  const { screenToFlowPosition, fitView } = useReactFlow();

  const selected = useMemo(() => new Set(selection), [selection]);
  // Selecting re-derives the nodes, not the diagram.
  const diagram = useMemo(
    () => designDiagram(design, validation, collapsed, changes),
    [design, validation, collapsed, changes],
  );
  // Looked up again only when the pools change, not on every edit of a group or a link.
  const pools = design.pools;
  const hasLegacy = useMemo(() => pools.some((pool) => pool.version === 2010), [pools]);
  const flow = useMemo(() => deriveFlow(diagram, selected), [diagram, selected]);
  containersRef.current = flow;
  const flowRef = useRef(flow);
  flowRef.current = flow;
  const [nodes, setNodes] = useState<FlowNode[]>(flow.nodes);
  useEffect(() => setNodes((previous) => stableNodes(flow.nodes, previous)), [flow.nodes]);
  // The sites a dragged association routes round, refilled as the flow is derived (see TopLevelNodes).
  const [topLevel] = useState(() => ({ ids: [] as readonly string[] }));
  topLevel.ids = [...flow.siteRects.keys()];
  const previousEdges = useRef<FlowEdge[]>([]);
  const edges = useMemo(() => (previousEdges.current = stableEdges(flow.edges, previousEdges.current)), [flow.edges]);

  // A newly opened design is shown whole.
  const shownDesign = useRef<string | null>(null);
  useEffect(() => {
    if (shownDesign.current === design.meta.id) return;
    shownDesign.current = design.meta.id;
    requestAnimationFrame(() => void fitView({ padding: 0.15, maxZoom: 1 }));
  }, [design.meta.id, fitView]);

  const [guides, setGuides] = useState<Guide[]>([]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  useLayoutEffect(
    () => setLabelLayer(canvasRef.current?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null),
    [],
  );

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    // Dragging one node: it snaps to its neighbours' edges and centres, with guides drawn while it does.
    const only = changes.length === 1 ? changes[0] : undefined;
    if (only?.type === 'position' && only.position && only.dragging !== undefined) {
      const aligned = alignInContainer(flowRef.current, only.id, only.position);
      if (aligned) {
        only.position = { x: aligned.x, y: aligned.y };
        const shown = only.dragging ? aligned.guides : [];
        setGuides((previous) => (sameGuides(previous, shown) ? previous : shown));
      }
    }
    setNodes((current) => applyNodeChanges(changes, current));
    if (changes.some((change) => change.type === 'select')) {
      const state = useDocument.getState().selection;
      const next = new Set(state);
      for (const change of changes)
        if (change.type === 'select') change.selected ? next.add(change.id) : next.delete(change.id);
      setSelection([...next]);
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    if (!changes.some((change) => change.type === 'select')) return;
    const next = new Set(useDocument.getState().selection);
    for (const change of changes)
      if (change.type === 'select') change.selected ? next.add(change.id) : next.delete(change.id);
    setSelection([...next]);
  }, []);

  // A drag is one change to the document, committed when it ends: one undo step, whatever it moved. What the
  // dropped boxes (or a pool grown by dropped servers) land on moves aside in the same step.
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (event, _node, dragged) => {
      setGuides([]);
      const servers = dragged.filter((node) => node.type === 'server');
      const placed = dragged.filter((node) => node.type !== 'server');
      const pointer = 'clientX' in event ? event : event.changedTouches[0];
      const point = screenToFlowPosition({ x: pointer?.clientX ?? 0, y: pointer?.clientY ?? 0 });
      const target = servers.length > 0 ? innermost(flowRef.current.poolRects, point) : undefined;
      // User groups alone dropped onto a pool that homes users: homed there (a step's moveUsers), and back in place.
      const groups = dragged.filter((node) => node.type === 'userGroup');
      const homeId = groups.length === dragged.length ? innermost(flowRef.current.poolRects, point) : undefined;
      const home = homeId !== undefined ? designOnScreen()?.pools.find((pool) => pool.id === homeId) : undefined;
      if (home && homingRoles.includes(home.role) && groups.some((node) => node.data.group?.homePoolId !== home.id)) {
        applyCommand((d) => homeUserGroups(d, { groupIds: groups.map((node) => node.id), poolId: home.id }));
        setNodes((current) => stableNodes(flowRef.current.nodes, current));
        return;
      }
      // A single box lands where its guides showed it, whatever the last pointer event said.
      const landed =
        placed.length === 1 && servers.length === 0
          ? alignInContainer(flowRef.current, placed[0]!.id, placed[0]!.position)
          : undefined;
      const moves = placed.map((node) => ({ id: node.id, ...clampInside(node, landed ?? node.position) }));
      const changed = applyCommand((d) => {
        // Servers dropped on another pool of their role move to it; dropped anywhere else, they go back.
        let next: Design = d;
        if (target !== undefined)
          for (const server of servers) next = moveServerToPool(next, { serverId: server.id, poolId: target });
        const around = [...moves.map((move) => move.id), ...(target !== undefined ? [target] : [])];
        return makeRoom(moveNodes(next, { moves }), { around });
      });
      // A refused or empty move: everything goes back to where the design has it.
      if (!changed || servers.length > 0) setNodes((current) => stableNodes(flowRef.current.nodes, current));
    },
    [screenToFlowPosition],
  );

  const onConnect = useCallback((connection: Connection) => {
    const d = designOnScreen();
    if (!d) return;
    const isSite = (id: string) => d.sites.some((site) => site.id === id);
    const isPool = (id: string) => d.pools.some((pool) => pool.id === id);
    if (isSite(connection.source) && isSite(connection.target)) {
      const id = newId('l');
      if (
        applyCommand((current) =>
          addLink(current, { id, siteA: connection.source, siteB: connection.target, capacityKbps: NEW_LINK_KBPS }),
        )
      )
        setSelection([id]);
    } else if (isPool(connection.source) && isPool(connection.target)) {
      const id = newId('a');
      if (applyCommand((current) => addAssociation(current, { id, from: connection.source, to: connection.target })))
        setSelection([id]);
    } else {
      notify('Draw WAN links between sites and associations between pools.', 'error');
    }
  }, []);

  const { onDragOver, onDrop } = usePaletteDrop(canvasRef, flowRef);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the canvas is the drop target of palette drags; React Flow inside it has its own keyboard handling.
    <div className="canvas" ref={canvasRef} onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <EdgeLabelLayer.Provider value={labelLayer}>
        <TopLevelNodes.Provider value={topLevel}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStop={onNodeDragStop}
            onConnect={onConnect}
            connectionMode={ConnectionMode.Loose}
            defaultEdgeOptions={defaultEdgeOptions}
            deleteKeyCode={null}
            selectionOnDrag={false}
            disableKeyboardA11y
            colorMode={theme}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
            snapToGrid
            snapGrid={[8, 8]}
            minZoom={0.05}
            maxZoom={2.5}
            onlyRenderVisibleElements={false}
            proOptions={proOptions}
          >
            <LevelOfDetail canvas={canvasRef} />
            <CanvasLegend legacy={hasLegacy} marks={changes !== undefined} />
            <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} />
            <Controls position="bottom-left" showInteractive={false}>
              <OverviewToggle />
            </Controls>
            {overviewMap ? <Minimap nodes={nodes} /> : null}
            <ViewportPortal>
              {guides.map((guide) => (
                <div
                  key={`${guide.orientation}${guide.at}`}
                  className="alignment-guide"
                  data-testid="alignment-guide"
                  style={
                    guide.orientation === 'vertical'
                      ? { left: guide.at, top: guide.from, width: 1, height: guide.to - guide.from }
                      : { left: guide.from, top: guide.at, width: guide.to - guide.from, height: 1 }
                  }
                />
              ))}
            </ViewportPortal>
          </ReactFlow>
        </TopLevelNodes.Provider>
      </EdgeLabelLayer.Provider>
    </div>
  );
}

/** Snaps a node being dragged to the nodes beside it in the same container (positions relative to that container). */
function alignInContainer(flow: { nodes: readonly FlowNode[] }, id: string, position: { x: number; y: number }) {
  const moving = flow.nodes.find((node) => node.id === id);
  if (!moving || moving.type === 'server') return undefined;
  const rectOf = (node: FlowNode): Rect => ({
    x: node.position.x,
    y: node.position.y,
    width: node.width ?? 0,
    height: node.height ?? 0,
  });
  const neighbours = flow.nodes
    .filter((node) => node.parentId === moving.parentId && node.id !== id && node.type !== 'server')
    .map(rectOf);
  const aligned = alignToNeighbours({ ...rectOf(moving), ...position }, neighbours);
  // Guides are drawn in canvas coordinates: inside a site, shift them by the site's place.
  const parent = moving.parentId ? flow.nodes.find((node) => node.id === moving.parentId) : undefined;
  if (!parent) return aligned;
  const dx = parent.position.x;
  const dy = parent.position.y;
  return {
    ...aligned,
    guides: aligned.guides.map((guide) =>
      guide.orientation === 'vertical'
        ? { ...guide, at: guide.at + dx, from: guide.from + dy, to: guide.to + dy }
        : { ...guide, at: guide.at + dy, from: guide.from + dx, to: guide.to + dx },
    ),
  };
}

/** Inside a site, a box stays right of its padding and below its header. */
function clampInside(node: FlowNode, position: { x: number; y: number }): { x: number; y: number } {
  if (!node.parentId) return position;
  return { x: Math.max(SITE.padding / 2, position.x), y: Math.max(SITE.header + 4, position.y) };
}

const sameGuides = (a: readonly Guide[], b: readonly Guide[]) =>
  a.length === b.length &&
  a.every(
    (guide, i) =>
      guide.orientation === b[i]!.orientation &&
      guide.at === b[i]!.at &&
      guide.from === b[i]!.from &&
      guide.to === b[i]!.to,
  );
