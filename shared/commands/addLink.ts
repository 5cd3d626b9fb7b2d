import type { Design } from '../model/design';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';

export interface AddLinkArgs {
  id: string;
  siteA: string;
  siteB: string;
  capacityKbps: number;
}

export function addLink(design: Design, { id, siteA, siteB, capacityKbps }: AddLinkArgs): Design {
  const isSite = (siteId: string) => design.sites.some((site) => site.id === siteId);
  if (!isSite(siteA) || !isSite(siteB)) throw new CommandRefused('A WAN link joins two sites.');
  if (siteA === siteB) throw new CommandRefused('A WAN link joins two different sites.');
  const existing = design.links.find(
    (link) => (link.siteA === siteA && link.siteB === siteB) || (link.siteA === siteB && link.siteB === siteA),
  );
  if (existing) throw new CommandRefused('These sites are already joined by a link; edit its capacity instead.');
  return {
    ...design,
    links: [
      ...design.links,
      { id, siteA, siteB, capacityKbps: withinFieldLimits('links', { capacityKbps }).capacityKbps },
    ],
  };
}
