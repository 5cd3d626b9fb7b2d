import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount } from '../../../../shared/rules/describe';
import type { UserGroupNode as UserGroupNodeType } from '../deriveFlow';
import { FindingBadge } from '../FindingBadge';
import { Icon } from '../icons';
import { ConnectHandle } from './ConnectHandle';

/** People at a site, with the pool they are homed on. */
export const UserGroupNode = memo(function UserGroupNode({ data, selected }: NodeProps<UserGroupNodeType>) {
  const { group, homeName, findings } = data;
  return (
    <div className={`user-group-node${selected ? ' is-selected' : ''}`} data-testid="user-group-node">
      <span className="user-group-icon">
        <Icon name="userGroup" size={20} />
      </span>
      <span className="user-group-text">
        <span className="user-group-count">{formatCount(group.count)} users</span>
        <span className="user-group-home" title={`Homed on ${homeName}`}>{group.name ? `${group.name} · ` : ''}on {homeName}</span>
      </span>
      <FindingBadge summary={findings} />
      <ConnectHandle title="Homed on" />
    </div>
  );
});
