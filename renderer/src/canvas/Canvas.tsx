import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { addAssociation } from '../../../shared/commands/addAssociation';
import { addLink } from '../../../shared/commands/addLink';
import { moveNodes } from '../../../shared/commands/moveNodes';
import { moveServerToPool } from '../../../shared/commands/moveServerToPool';
import { applyCommand, setSelection, useDocument } from '../state/documentStore';
import { newId } from '../state/ids';
import { notify } from '../state/uiStore';
import { PALETTE_MIME, paletteItemByKey } from '../palette/paletteItems';
import { NEW_LINK_KBPS } from './defaults';
import { deriveFlow, type FlowEdge, type FlowNode } from './deriveFlow';
import { edgeTypes, nodeTypes } from './flowTypes';
import { innermost, SITE } from '../../../shared/layout/geometry';
import { stableEdges, stableNodes } from './stableFlow';
import { placeItem, type Containers } from './placeItem';
import { ROLE_STYLES } from './roleStyle';

const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 } };
const proOptions = { hideAttribution: true };

/** The topology canvas: React Flow over nodes and edges derived from the one document store. */
export function Canvas({ containersRef }: { containersRef: React.MutableRefObject<Containers | null> }) {
  const design = useDocument((s) => s.design)!;
  const validation = useDocument((s) => s.validation);
  const findingsBySubject = useDocument((s) => s.findingsBySubject);
  const selection = useDocument((s) => s.selection);
  const { screenToFlowPosition, fitView } = useReactFlow();

  const selected = useMemo(() => new Set(selection), [selection]);
  const flow = useMemo(() => deriveFlow(design, validation, findingsBySubject, selected), [design, validation, findingsBySubject, selected]);
  containersRef.current = flow;
  const flowRef = useRef(flow);
  flowRef.current = flow;
  const [nodes, setNodes] = useState<FlowNode[]>(flow.nodes);
  useEffect(() => setNodes((previous) => stableNodes(flow.nodes, previous)), [flow.nodes]);
  const previousEdges = useRef<FlowEdge[]>([]);
  const edges = useMemo(() => (previousEdges.current = stableEdges(flow.edges, previousEdges.current)), [flow.edges]);

  // A newly opened design is shown whole.
  const shownDesign = useRef<string | null>(null);
  useEffect(() => {
    if (shownDesign.current === design.meta.id) return;
    shownDesign.current = design.meta.id;
    requestAnimationFrame(() => void fitView({ padding: 0.15, maxZoom: 1 }));
  }, [design.meta.id, fitView]);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
    if (changes.some((change) => change.type === 'select')) {
      const state = useDocument.getState().selection;
      const next = new Set(state);
      for (const change of changes) if (change.type === 'select') (change.selected ? next.add(change.id) : next.delete(change.id));
      setSelection([...next]);
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    if (!changes.some((change) => change.type === 'select')) return;
    const next = new Set(useDocument.getState().selection);
    for (const change of changes) if (change.type === 'select') (change.selected ? next.add(change.id) : next.delete(change.id));
    setSelection([...next]);
  }, []);

  // A drag is one change to the document, committed when it ends.
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback((event, _node, dragged) => {
    const servers = dragged.filter((node) => node.type === 'server');
    if (servers.length > 0) {
      const pointer = 'clientX' in event ? event : event.changedTouches[0];
      const point = screenToFlowPosition({ x: pointer?.clientX ?? 0, y: pointer?.clientY ?? 0 });
      const target = innermost(flowRef.current.poolRects, point);
      const moved = target !== undefined && servers.every((server) => applyCommand((d) => moveServerToPool(d, { serverId: server.id, poolId: target })));
      // A server dropped anywhere but another pool goes back to its place in the grid.
      if (!moved) setNodes((current) => stableNodes(flowRef.current.nodes, current));
    }
    const placed = dragged.filter((node) => node.type !== 'server');
    applyCommand((d) =>
      moveNodes(d, {
        moves: placed.map((node) => ({
          id: node.id,
          x: node.parentId ? Math.max(SITE.padding / 2, node.position.x) : node.position.x,
          y: node.parentId ? Math.max(SITE.header + 4, node.position.y) : node.position.y,
        })),
      }),
    );
  }, [screenToFlowPosition]);

  const onConnect = useCallback((connection: Connection) => {
    const d = useDocument.getState().design;
    if (!d) return;
    const isSite = (id: string) => d.sites.some((site) => site.id === id);
    const isPool = (id: string) => d.pools.some((pool) => pool.id === id);
    if (isSite(connection.source) && isSite(connection.target)) {
      const id = newId('l');
      if (applyCommand((current) => addLink(current, { id, siteA: connection.source, siteB: connection.target, capacityKbps: NEW_LINK_KBPS }))) setSelection([id]);
    } else if (isPool(connection.source) && isPool(connection.target)) {
      const id = newId('a');
      if (applyCommand((current) => addAssociation(current, { id, from: connection.source, to: connection.target }))) setSelection([id]);
    } else {
      notify('Draw WAN links between sites and associations between pools.', 'error');
    }
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    const item = paletteItemByKey.get(event.dataTransfer.getData(PALETTE_MIME));
    if (!item) return;
    event.preventDefault();
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const id = newId(item.kind === 'site' ? 's' : item.kind === 'pool' ? 'p' : item.kind === 'server' ? 'v' : 'g');
    if (applyCommand(placeItem(item, point, flowRef.current, id))) setSelection([id]);
  }, [screenToFlowPosition]);

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
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
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        snapToGrid
        snapGrid={[8, 8]}
        minZoom={0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements={false}
        proOptions={proOptions}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} />
        <Controls position="bottom-left" showInteractive={false} />
        <MiniMap position="bottom-right" pannable zoomable nodeColor={miniMapColor} nodeStrokeWidth={0} maskColor="rgba(15, 23, 42, 0.08)" />
      </ReactFlow>
    </div>
  );
}

function miniMapColor(node: FlowNode): string {
  switch (node.type) {
    case 'site':
      return node.data.site.kind === 'central' ? '#cbd5e1' : '#e2e8f0';
    case 'pool':
      return ROLE_STYLES[node.data.pool.role].color;
    case 'userGroup':
      return '#14b8a6';
    default:
      return '#94a3b8';
  }
}
