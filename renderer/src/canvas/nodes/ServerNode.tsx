import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ServerNode as ServerNodeType } from '../deriveFlow';
import { FindingBadge } from '../FindingBadge';
import { Icon } from '../icons';

/** One computer of a pool: its host name; greyed when marked down for a what-if. */
export const ServerNode = memo(function ServerNode({ data, selected }: NodeProps<ServerNodeType>) {
  const { server, findings } = data;
  const host = server.fqdn.split('.')[0];
  const down = server.running === false;
  return (
    <div className={`server-node${selected ? ' is-selected' : ''}${down ? ' is-down' : ''}`} title={`${server.fqdn}${down ? ' (down)' : ''}`} data-testid="server-node">
      <Icon name="server" size={14} />
      <span className="server-name">{host}</span>
      {server.standby ? <span className="server-tag">standby</span> : null}
      {down ? <span className="server-tag">down</span> : null}
      <FindingBadge summary={findings} />
    </div>
  );
});
