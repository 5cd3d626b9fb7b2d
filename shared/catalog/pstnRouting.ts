import { SOURCES } from './sources';

/**
 * Where a user group's PSTN calls leave for the public network, and so whether their media crosses the WAN.
 * Read from the branch-site pages and the Bandwidth Calculator's model (capacity.md, branch sites; network.md 2.1.8):
 *
 * - No PSTN gateway, SBA or SBS anywhere in the design: no call reaches the PSTN, so none is counted, neither
 *   on Mediation nor on a link (an SBS stands for its own gateway or SIP trunk, which the format does not draw).
 * - A branch whose users are homed on its Survivable Branch Appliance: the SBA holds the Mediation Server and
 *   the PSTN gateway, so their calls break out at the branch ("branch users with local PSTN breakout do not use
 *   central breakout"): nothing on the WAN, nothing on the central Mediation.
 * - Users homed on a Survivable Branch Server, at a site that has a PSTN gateway: the SBS's Mediation connects
 *   to that gateway; the same. An SBS without a gateway in its site reaches the PSTN through a SIP trunk or a
 *   gateway elsewhere, which the format cannot place, so their calls are carried to the central site.
 * - A site with a media-bypass gateway: media goes client to gateway at the site (format.md).
 * - Anyone else: to the central site's Mediation and gateway, over the WAN from a branch.
 */
export const PSTN_ROUTING = {
  localBreakoutRoles: ['sba', 'sbs'] as const,
  sources: [SOURCES.branchResiliency, SOURCES.survivableBranch, SOURCES.mediaBandwidth],
} as const;
