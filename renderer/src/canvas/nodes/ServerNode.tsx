import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeIcon } from '../../ui/icons';
import type { ServerNode as ServerNodeType } from '../deriveFlow';
import { ellipsize } from '../ellipsize';
import { FindingBadge } from '../FindingBadge';

/** One computer of a pool: its host name; greyed when marked down for a what-if. */
export const ServerNode = memo(function ServerNode({ data, selected }: NodeProps<ServerNodeType>) {
  const { server, findings } = data;
  const host = shortHost(server.fqdn);
  const down = server.running === false;
  return (
    <div
      className={`server-node${selected ? ' is-selected' : ''}${down ? ' is-down' : ''}`}
      title={`${server.fqdn}${down ? ' (down)' : ''}`}
      data-testid="server-node"
    >
      <NodeIcon name="server" size={14} color="#64748b" />
      <span className="server-name">{host}</span>
      {server.standby ? <span className="server-tag">standby</span> : null}
      {down ? <span className="server-tag">down</span> : null}
      <FindingBadge summary={findings} />
    </div>
  );
});

/** The host name, as wide as a server box holds. */
export const shortHost = (fqdn: string): string => ellipsize(fqdn.split('.')[0] ?? fqdn, 13);
