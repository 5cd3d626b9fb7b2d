import { AssociationEdge } from './edges/AssociationEdge';
import { HomingEdge } from './edges/HomingEdge';
import { LinkEdge } from './edges/LinkEdge';
import { PoolNode } from './nodes/PoolNode';
import { ServerNode } from './nodes/ServerNode';
import { SiteNode } from './nodes/SiteNode';
import { UserGroupNode } from './nodes/UserGroupNode';

/** Defined once at module level, as React Flow's performance guide asks: a new object per render remounts every node. */
export const nodeTypes = { site: SiteNode, pool: PoolNode, server: ServerNode, userGroup: UserGroupNode };
export const edgeTypes = { link: LinkEdge, association: AssociationEdge, homing: HomingEdge };
