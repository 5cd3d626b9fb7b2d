import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

/**
 * External access is Edge Servers and reverse proxies together ("Edge components include ... Edge Servers, Reverse
 * proxies, Firewalls"), and "the reverse proxy is required" for simple-URL meeting and dial-in joins, meeting
 * content, distribution group expansion, Address Book downloads and queries, client and device updates, and
 * mobile autodiscover and push (components-required-for-external-user-access page). A warning, not an error: the
 * page ties the reverse proxy to those features, and a design does not say which of them it uses (nearly every
 * deployment with remote users uses some). A .lyncplan cannot say which pools a reverse proxy publishes, so one
 * reverse proxy anywhere in the design is taken to publish them all.
 */
/** Edge pools named in the message; an estate of a hundred says how many more. */
const LISTED = 3;

export const topoEdgeNeedsReverseProxy = defineDesignRule({
  id: 'TOPO-EDGE-NEEDS-REVERSE-PROXY',
  title: 'External access has a reverse proxy for web services',
  source: SOURCES.externalAccessComponents,
  structural: true,
  reads: { pools: POOL_NAME_FIELDS },
  check({ design }) {
    const edges = design.pools.filter((pool) => pool.role === 'edge');
    if (edges.length === 0 || design.pools.some((pool) => pool.role === 'reverseProxy')) return [];
    const named = edges.slice(0, LISTED).map((pool) => pool.fqdn);
    const more = edges.length > LISTED ? `, and ${edges.length - LISTED} more` : '';
    const which =
      edges.length === 1
        ? `${describePool(edges[0]!)} gives`
        : `${countOf(edges.length, 'Edge pool')} (${named.join(', ')}${more}) give`;
    return [
      {
        severity: 'warning',
        subjects: edges.map((pool) => pool.id),
        message: `${which} users outside access, but the design has no reverse proxy for the web services. External users need one to join meetings and dial-in conferences by simple URL, download meeting content and Address Book files, expand distribution groups and get client updates; mobile devices need it for autodiscover and push notifications. Add a reverse proxy from the palette.`,
      },
    ];
  },
});
