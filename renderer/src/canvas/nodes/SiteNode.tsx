import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount } from '../../../../shared/wording/numbers';
import { toggleSiteCollapsed } from '../../state/uiStore';
import { NodeIcon } from '../../ui/icons';
import type { SiteNode as SiteNodeType } from '../deriveFlow';
import { ellipsize } from '../ellipsize';
import { FindingBadge } from '../FindingBadge';
import { ChangeTag, markClass } from './ChangeTag';
import { ConnectHandle } from './ConnectHandle';

/**
 * A site: a container with its name, kind and totals; its header is where WAN links start. In a step's view, a site
 * the step removes is a ghost, with what it held drawn as ghosts inside it; it cannot be collapsed or linked.
 */
export const SiteNode = memo(function SiteNode({ data, selected }: NodeProps<SiteNodeType>) {
  const { site, users, servers, pools, findings, inner, collapsed, mark } = data;
  const central = site.kind === 'central';
  const ghost = mark === 'removed';
  return (
    <div
      className={`site-node site-${site.kind}${selected ? ' is-selected' : ''}${collapsed ? ' is-collapsed' : ''}${markClass(mark)}`}
      data-testid="site-node"
      data-kind={site.kind}
      data-collapsed={collapsed ? 'true' : undefined}
      data-mark={mark}
    >
      <header className="site-header">
        {ghost ? null : (
          <button
            type="button"
            className="site-collapse nodrag"
            onClick={() => toggleSiteCollapsed(site.id)}
            title={collapsed ? 'Show what this site holds' : 'Collapse to one box with its totals'}
            aria-label={collapsed ? `Expand ${site.name}` : `Collapse ${site.name}`}
            aria-expanded={!collapsed}
            data-testid="site-collapse"
          >
            {collapsed ? '▸' : '▾'}
          </button>
        )}
        <span className="site-icon">
          <NodeIcon name={central ? 'centralSite' : 'branchSite'} size={18} color="#64748b" />
        </span>
        <span className="site-title">
          <span className="site-name" title={site.name}>
            {ellipsize(site.name, 32)}
          </span>
          <span className="site-kind">{central ? 'Central site' : 'Branch site'}</span>
        </span>
        <ChangeTag mark={mark} />
        <span className="site-totals">
          <span title="People at this site">{formatCount(users)} users</span>
          <span title="Servers at this site">{servers} servers</span>
        </span>
        {inner && !findings && !collapsed ? (
          <span className="site-inner-findings">
            <FindingBadge summary={inner} />
          </span>
        ) : null}
        <FindingBadge summary={findings} />
      </header>
      {collapsed ? (
        <div className="site-collapsed-body" data-testid="site-collapsed-body">
          <span>
            {pools} {pools === 1 ? 'pool' : 'pools'} · {formatCount(servers)} {servers === 1 ? 'server' : 'servers'} ·{' '}
            {formatCount(users)} users
          </span>
          {inner ? (
            <span className={`site-worst site-worst-${inner.worst}`} title="Findings about what the site holds">
              <FindingBadge summary={inner} /> {inner.count} inside, worst: {inner.worst}
            </span>
          ) : (
            <span className="site-worst site-worst-none">nothing to fix inside</span>
          )}
        </div>
      ) : null}
      {ghost ? null : <ConnectHandle title="Drag to another site to add a WAN link" />}
    </div>
  );
});
