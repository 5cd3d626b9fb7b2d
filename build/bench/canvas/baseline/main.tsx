// The floor for `drag-1k`: React Flow as its docs show it (default nodes, controlled with applyNodeChanges),
// with the same nodes, sizes, nesting and edges as lyncplan's canvas of the same design. Nothing of lyncplan's.
import { applyNodeChanges, type Edge, type Node, type NodeChange, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Baseline({ flow }: { flow: { nodes: Node[]; edges: Edge[] } }) {
  const [nodes, setNodes] = useState(flow.nodes);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  return <ReactFlow nodes={nodes} edges={flow.edges} onNodesChange={onNodesChange} minZoom={0.02} fitView />;
}

const flow = (await (await fetch('./flow.json')).json()) as { nodes: Node[]; edges: Edge[] };
createRoot(document.getElementById('root')!).render(<Baseline flow={flow} />);
