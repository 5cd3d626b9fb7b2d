import type { Design } from '../model/design';
import type { SiteKind } from '../model/site';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';
import { withLayout } from './layoutOf';

export interface AddSiteArgs {
  id: string;
  name: string;
  kind: SiteKind;
  /** For a branch: the central site it belongs to; defaults to the first central site. */
  centralSiteId?: string;
  position: { x: number; y: number; width?: number; height?: number };
}

export function addSite(design: Design, { id, name, kind, centralSiteId, position }: AddSiteArgs): Design {
  let central = centralSiteId;
  if (kind === 'branch' && central === undefined) central = design.sites.find((site) => site.kind === 'central')?.id;
  if (central !== undefined && !design.sites.some((site) => site.id === central && site.kind === 'central')) {
    throw new CommandRefused("A branch site belongs to a central site; choose one of the design's central sites.");
  }
  const site = {
    id,
    name: withinFieldLimits('sites', { name }).name,
    kind,
    ...(kind === 'branch' && central ? { centralSiteId: central } : {}),
  };
  return withLayout({ ...design, sites: [...design.sites, site] }, id, position);
}
