import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NodeIcon } from '../../ui/icons';
import type { ServerNode as ServerNodeType } from '../deriveFlow';
import { ellipsize } from '../ellipsize';
import { FindingBadge } from '../FindingBadge';
import { CHANGE_WORDS, markClass } from './ChangeTag';

/**
 * One computer of a pool: its host name; greyed when marked down for a what-if; dashed in a Lync Server 2010 pool.
 * Too small for a tag: an added, changed or removed server says so in its ring (or ghost look) and its title.
 */
export const ServerNode = memo(function ServerNode({ data, selected }: NodeProps<ServerNodeType>) {
  const { server, findings, legacy, mark } = data;
  const host = shortHost(server.fqdn);
  const down = server.running === false;
  return (
    <div
      className={`server-node${selected ? ' is-selected' : ''}${down ? ' is-down' : ''}${legacy ? ' is-legacy' : ''}${markClass(mark)}`}
      title={`${server.fqdn}${legacy ? ', Lync Server 2010' : ''}${down ? ' (down)' : ''}${mark ? `: ${CHANGE_WORDS[mark].title.toLowerCase()}` : ''}`}
      data-testid="server-node"
      data-legacy={legacy ? 'true' : undefined}
      data-mark={mark}
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
