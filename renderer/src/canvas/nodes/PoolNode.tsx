import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount } from '../../../../shared/wording/numbers';
import { NodeIcon } from '../../ui/icons';
import { styleOfPool } from '../../ui/roleStyle';
import type { PoolNode as PoolNodeType } from '../deriveFlow';
import { ellipsize } from '../ellipsize';
import { FindingBadge } from '../FindingBadge';
import { CHANGE_WORDS, ChangeTag, markClass } from './ChangeTag';
import { ConnectHandle } from './ConnectHandle';

/**
 * A pool: role, FQDN, server count and load; its servers are drawn inside it. A Lync Server 2010 pool has a dashed
 * border and a "2010" tag; in a step's view, an added or changed pool a ring and a tag, a removed one is a ghost.
 */
export const PoolNode = memo(function PoolNode({ data, selected }: NodeProps<PoolNodeType>) {
  const { pool, figures, findings, legacy, mark } = data;
  const ghost = mark === 'removed';
  const style = styleOfPool(pool);
  const load =
    figures?.capacityUsers !== undefined
      ? `${formatCount(figures.users)} / ${formatCount(figures.capacityUsers)} users`
      : figures && figures.users > 0
        ? `${formatCount(figures.users)} users`
        : null;
  const over = figures?.loadPercent !== undefined && figures.loadPercent > 100;
  return (
    <div
      className={`pool-node${selected ? ' is-selected' : ''}${findings ? ` has-${findings.worst}` : ''}${legacy ? ' is-legacy' : ''}${markClass(mark)}`}
      style={{ '--role': style.color } as React.CSSProperties}
      data-testid="pool-node"
      data-role={pool.role}
      data-legacy={legacy ? 'true' : undefined}
      data-mark={mark}
      title={mark ? `${pool.fqdn}: ${CHANGE_WORDS[mark].title.toLowerCase()}` : undefined}
    >
      <header className="pool-header">
        <span className="pool-icon">
          <NodeIcon name={style.icon} size={18} color={style.color} />
        </span>
        <span className="pool-title">
          <span className="pool-role">
            {style.short}
            {pool.version === 2010 ? (
              <span className="version-tag" title="Lync Server 2010" data-testid="version-tag">
                2010
              </span>
            ) : null}
            <ChangeTag mark={mark} />
          </span>
          <span className="pool-fqdn" title={pool.fqdn}>
            {ellipsize(pool.fqdn, 40)}
          </span>
        </span>
        <FindingBadge summary={findings} />
      </header>
      <div className="pool-stats">
        {ghost ? (
          <span>not in this state</span>
        ) : (
          <span data-testid="pool-server-count">
            {figures?.servers ?? 0} {figures?.servers === 1 ? 'server' : 'servers'}
          </span>
        )}
        {load ? (
          <span className={`pool-load${over ? ' is-over' : ''}`} data-testid="pool-load">
            {load}
          </span>
        ) : null}
      </div>
      {figures?.loadPercent !== undefined && Number.isFinite(figures.loadPercent) ? (
        <div className="pool-meter" aria-hidden>
          <div
            className={`pool-meter-fill${over ? ' is-over' : ''}`}
            style={{ width: `${Math.min(100, figures.loadPercent)}%` }}
          />
        </div>
      ) : null}
      {ghost ? null : <ConnectHandle title="Drag to another pool to add an association" />}
    </div>
  );
});
