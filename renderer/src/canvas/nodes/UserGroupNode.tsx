import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount } from '../../../../shared/wording/numbers';
import { NodeIcon } from '../../ui/icons';
import type { UserGroupNode as UserGroupNodeType } from '../deriveFlow';
import { ellipsize } from '../ellipsize';
import { FindingBadge } from '../FindingBadge';
import { ChangeTag, markClass } from './ChangeTag';
import { ConnectHandle } from './ConnectHandle';

/** People at a site, with the pool they are homed on; in a step's view, marked when the step moves or removes them. */
export const UserGroupNode = memo(function UserGroupNode({ data, selected }: NodeProps<UserGroupNodeType>) {
  const { group, homeName, findings, mark } = data;
  return (
    <div
      className={`user-group-node${selected ? ' is-selected' : ''}${markClass(mark)}`}
      data-testid="user-group-node"
      data-mark={mark}
    >
      <span className="user-group-icon">
        <NodeIcon name="userGroup" size={20} color="#14b8a6" />
      </span>
      <span className="user-group-text">
        <span className="user-group-count">{formatCount(group.count)} users</span>
        <span className="user-group-home" title={`${group.name ? `${group.name}, h` : 'H'}omed on ${homeName}`}>
          {ellipsize(`${group.name ? `${group.name} · ` : ''}on ${homeName}`, 28)}
        </span>
      </span>
      <ChangeTag mark={mark} />
      <FindingBadge summary={findings} />
      {mark === 'removed' ? null : <ConnectHandle title="Homed on" />}
    </div>
  );
});
