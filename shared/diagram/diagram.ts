import type { LinkFigures } from '../analysis/linkDemand';
import type { PoolFigures } from '../analysis/poolLoad';
import type { Rect } from '../geometry/boxSizes';
import type { AssociationRoute } from '../geometry/routeAssociation';
import type { AssociationKind } from '../model/association';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';
import type { Site } from '../model/site';
import type { UserGroup } from '../model/userGroup';
import type { FindingSummary } from '../validation/findingSummary';
import type { ChangeMark } from './stepGhosts';

/**
 * A box of the diagram. `x`, `y` are absolute diagram coordinates (what print and export draw); `offset` is the
 * place inside `parentId`'s box (absolute for a site), for views that nest boxes, as the canvas does.
 */
interface Placed extends Rect {
  id: string;
  parentId?: string;
  offset: { x: number; y: number };
  /**
   * Only in the diagram of a step (drawn with its changes): the step adds, changes or removes this box. A removed
   * box is a ghost, drawn from the state before, with no figures or findings: it is not in the state shown.
   */
  mark?: ChangeMark;
}

export interface SiteBox extends Placed {
  kind: 'site';
  site: Site;
  /** People at the site, servers and pools in it, whether drawn or not. */
  users: number;
  servers: number;
  pools: number;
  findings?: FindingSummary;
  /** The findings about what the site holds (pools, servers, user groups). */
  inner?: FindingSummary;
  /** Drawn as one box with its totals; what it holds is not drawn. */
  collapsed: boolean;
}

export interface PoolBox extends Placed {
  kind: 'pool';
  parentId: string;
  pool: Pool;
  /** A Lync Server 2010 pool, drawn apart from the 2013 ones. */
  legacy?: true;
  figures?: PoolFigures;
  findings?: FindingSummary;
}

export interface ServerBox extends Placed {
  kind: 'server';
  parentId: string;
  server: Server;
  /** A server of a Lync Server 2010 pool. */
  legacy?: true;
  findings?: FindingSummary;
}

export interface UserGroupBox extends Placed {
  kind: 'userGroup';
  parentId: string;
  group: UserGroup;
  /** The FQDN of the pool the group is homed on ("?" when there is none). */
  homeName: string;
  /** The box a line to the home pool ends at: the pool, or its site when that site is collapsed. */
  homeBoxId: string;
  findings?: FindingSummary;
}

export type DiagramBox = SiteBox | PoolBox | ServerBox | UserGroupBox;

/** A WAN link between two site boxes, with its load. */
export interface LinkLine {
  kind: 'link';
  id: string;
  source: string;
  target: string;
  figures?: LinkFigures;
  findings?: FindingSummary;
  mark?: ChangeMark;
}

/** An association between two pool boxes, or the site box that stands for a collapsed site's pools. */
export interface AssociationLine {
  kind: 'association';
  id: string;
  source: string;
  target: string;
  associationKind: AssociationKind;
  /** How the line runs round the boxes it does not join, and where its label goes. */
  route: AssociationRoute;
  mark?: ChangeMark;
}

export type DiagramLine = LinkLine | AssociationLine;

/**
 * The design as a drawing: boxes parents first (each site, then the pools and user groups in it; the servers after
 * every site, pool by pool), lines between boxes that are drawn, and the bounds of it all with a margin.
 */
export interface Diagram {
  boxes: DiagramBox[];
  lines: DiagramLine[];
  bounds: Rect;
}
