import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount } from '../../../../shared/rules/describe';
import type { SiteNode as SiteNodeType } from '../deriveFlow';
import { FindingBadge } from '../FindingBadge';
import { Icon } from '../icons';
import { ConnectHandle } from './ConnectHandle';

/** A site: a container with its name, kind and totals; its header is where WAN links start. */
export const SiteNode = memo(function SiteNode({ data, selected }: NodeProps<SiteNodeType>) {
  const { site, users, servers, findings, inner } = data;
  const central = site.kind === 'central';
  return (
    <div className={`site-node site-${site.kind}${selected ? ' is-selected' : ''}`} data-testid="site-node" data-kind={site.kind}>
      <header className="site-header">
        <span className="site-icon">
          <Icon name={central ? 'centralSite' : 'branchSite'} size={18} />
        </span>
        <span className="site-title">
          <span className="site-name">{site.name}</span>
          <span className="site-kind">{central ? 'Central site' : 'Branch site'}</span>
        </span>
        <span className="site-totals">
          <span title="People at this site">{formatCount(users)} users</span>
          <span title="Servers at this site">{servers} servers</span>
        </span>
        {inner && !findings ? <span className="site-inner-findings"><FindingBadge summary={inner} /></span> : null}
        <FindingBadge summary={findings} />
      </header>
      <ConnectHandle title="Drag to another site to add a WAN link" />
    </div>
  );
});
