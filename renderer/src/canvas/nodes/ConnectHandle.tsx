import { Handle, Position } from '@xyflow/react';

/**
 * The one handle every connectable node has. Edges are drawn border to border (floating), so the handle only
 * matters as the place to start a new WAN link or association by dragging.
 */
export function ConnectHandle({ title }: { title: string }) {
  return <Handle type="source" position={Position.Right} id="c" className="connect-handle" title={title} />;
}
