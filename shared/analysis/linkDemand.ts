import { NETWORK } from '../catalog/network';
import type { Design } from '../model/design';
import type { Link } from '../model/link';
import type { ResolvedTraffic } from '../model/settings';
import type { UserGroup } from '../model/userGroup';
import type { DesignIndex } from './designIndex';
import { pstnRouteOf } from './pstnRoute';
import { resolveBandwidthSettings, resolveTraffic } from './resolveSettings';
import { createRouter } from './routes';
import { type StreamBandwidth, streamBandwidth } from './streamBandwidth';

export interface LinkFigures {
  /** Demand per direction, kbps, rounded to 0.1. */
  demandKbps: number;
  capacityKbps: number;
  utilizationPercent: number;
  /** capacity x the real-time share (settings.bandwidth.rtcSharePercent, default 30%). */
  rtcAllowanceKbps: number;
  /** Concurrent audio and video streams each way. */
  audioStreams: number;
  videoStreams: number;
  /** The part of the audio streams that are PSTN calls carried to the central site (pstnRoute.ts). */
  pstnStreams: number;
  audioSessionsAdmitted?: number;
  videoSessionsAdmitted?: number;
}

export interface LinkDemand {
  links: Map<string, LinkFigures>;
  /** Exact demand per direction in tenths of a kbps, for comparisons free of rounding. */
  demandTenths: Map<string, number>;
  load: LinkLoad;
  environment: DemandEnvironment;
  /** Groups whose media has no path over the links to where it must go. */
  unroutedGroups: string[];
}

/** ceil(count x percent / 100), immune to float noise such as 7.000000001 (network.md 2.2 step 1). */
export function sessionsOf(count: number, percent: number): number {
  return Math.ceil(Math.round((count * percent * 1e6) / 100) / 1e6);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Per-link demand as format.md "Which link carries which traffic" says: per user group, one stream each way
 * per session; conference media to the pool that hosts the group's conferences, peer-to-peer media and PSTN
 * media that does not break out at the branch (pstnRoute.ts) from a branch to its central site.
 *
 * A group homed on an SBA/SBS has its conferences on the SBA's registrar Front End pool: an SBA holds a
 * Registrar and Mediation but no A/V Conferencing (capacity.md, branch sites), and "conferences hosted by the
 * central A/V MCU always cross the WAN" (network.md 2.2).
 */
export function linkDemand(design: Design, index: DesignIndex): LinkDemand {
  const environment = demandEnvironment(design, index);
  // Media is summed per (origin site, destination site) first, then laid on the route once per pair.
  const flows = new Map<
    string,
    Map<string, { tenths: number; audio: number; video: number; pstn: number; groups: string[] }>
  >();
  for (const group of design.userGroups) {
    for (const flow of groupFlows(group, environment)) {
      let byDestination = flows.get(group.siteId);
      if (!byDestination) {
        byDestination = new Map();
        flows.set(group.siteId, byDestination);
      }
      let total = byDestination.get(flow.to);
      if (!total) {
        total = { tenths: 0, audio: 0, video: 0, pstn: 0, groups: [] };
        byDestination.set(flow.to, total);
      }
      total.tenths += flow.tenths;
      total.audio += flow.audio;
      total.video += flow.video;
      total.pstn += flow.pstn;
      total.groups.push(group.id);
    }
  }

  const load: LinkLoad = { tenths: new Map(), audio: new Map(), video: new Map(), pstn: new Map() };
  const unroutedGroups: string[] = [];
  for (const [from, byDestination] of flows) {
    for (const [to, flow] of byDestination) {
      const path = environment.route(from, to);
      if (path === undefined) unroutedGroups.push(...flow.groups);
      else addAlong(load, path, flow, 1);
    }
  }

  const links = new Map<string, LinkFigures>();
  for (const link of design.links) links.set(link.id, linkFiguresOf(link, load, environment.rtcSharePercent));
  return { links, demandTenths: load.tenths, load, environment, unroutedGroups };
}

/** What computing demand needs beyond the design: per-stream bandwidth, the traffic model, routes. */
export interface DemandEnvironment {
  index: DesignIndex;
  stream: StreamBandwidth;
  design: Design;
  designTraffic: ResolvedTraffic;
  rtcSharePercent: number;
  route: (from: string, to: string) => readonly string[] | undefined;
}

export function demandEnvironment(design: Design, index: DesignIndex): DemandEnvironment {
  const settings = resolveBandwidthSettings(design);
  return {
    index,
    design,
    stream: streamBandwidth(settings),
    designTraffic: resolveTraffic(design),
    rtcSharePercent: settings.rtcSharePercent,
    route: createRouter(index),
  };
}

/** Per-direction load on each link: exact tenths of a kbps and stream counts. */
export interface LinkLoad {
  tenths: Map<string, number>;
  audio: Map<string, number>;
  video: Map<string, number>;
  pstn: Map<string, number>;
}

export interface Flow {
  to: string;
  tenths: number;
  audio: number;
  video: number;
  /** How many of the audio streams are PSTN calls. */
  pstn: number;
}

/** The media one group sends over the WAN, by destination site (format.md, "Which link carries which traffic"). */
export function groupFlows(group: UserGroup, { index, stream, design, designTraffic }: DemandEnvironment): Flow[] {
  const traffic = group.traffic ? resolveTraffic(design, group.traffic) : designTraffic;
  const site = index.sites.get(group.siteId);
  const centralSite = site?.kind === 'branch' ? site.centralSiteId : undefined;
  const flows: Flow[] = [];
  const carry = (to: string | undefined, audio: number, audioTenths: number, video: number, pstn = false) => {
    if (to === undefined || to === group.siteId || (audio === 0 && video === 0)) return;
    flows.push({ to, tenths: audio * audioTenths + video * stream.video, audio, video, pstn: pstn ? audio : 0 });
  };
  carry(
    conferenceSiteOf(group, index),
    sessionsOf(group.count, traffic.conferencePercent),
    stream.conferenceAudio,
    sessionsOf(group.count, traffic.conferenceVideoPercent),
  );
  carry(
    centralSite,
    sessionsOf(group.count, traffic.p2pAudioPercent),
    stream.p2pAudio,
    sessionsOf(group.count, traffic.p2pVideoPercent),
  );
  if (pstnRouteOf(group, index) === 'central')
    carry(centralSite, sessionsOf(group.count, traffic.pstnPercent), stream.pstnAudio, 0, true);
  return flows;
}

/** Adds (sign 1) or removes (sign -1) a flow's load on every link of its path. */
export function addAlong(load: LinkLoad, path: readonly string[], flow: Omit<Flow, 'to'>, sign: 1 | -1): void {
  for (const linkId of path) {
    load.tenths.set(linkId, (load.tenths.get(linkId) ?? 0) + sign * flow.tenths);
    load.audio.set(linkId, (load.audio.get(linkId) ?? 0) + sign * flow.audio);
    load.video.set(linkId, (load.video.get(linkId) ?? 0) + sign * flow.video);
    load.pstn.set(linkId, (load.pstn.get(linkId) ?? 0) + sign * flow.pstn);
  }
}

function conferenceSiteOf(group: UserGroup, index: DesignIndex): string | undefined {
  const home = index.pools.get(group.homePoolId);
  if (!home) return undefined;
  if (home.role === 'sba' || home.role === 'sbs') {
    const registrar = index.pools.get(index.registrarOf.get(home.id) ?? '');
    return registrar?.siteId;
  }
  return home.siteId;
}

/** The figures of one link from its load; shared by the full and the incremental validation. */
export function linkFiguresOf(link: Link, load: LinkLoad, rtcSharePercent: number): LinkFigures {
  const demandTenths = load.tenths.get(link.id) ?? 0;
  const audio = load.audio.get(link.id) ?? 0;
  const video = load.video.get(link.id) ?? 0;
  const demandKbps = demandTenths / 10;
  const figures: LinkFigures = {
    demandKbps: round1(demandKbps),
    capacityKbps: link.capacityKbps,
    utilizationPercent: round1((demandKbps / link.capacityKbps) * 100),
    rtcAllowanceKbps: rtcAllowanceOf(link.capacityKbps, rtcSharePercent),
    audioStreams: audio,
    videoStreams: video,
    pstnStreams: load.pstn.get(link.id) ?? 0,
  };
  if (link.cac) {
    figures.audioSessionsAdmitted = admitted(link.cac.audioLimitKbps, link.cac.audioSessionLimitKbps);
    figures.videoSessionsAdmitted = admitted(link.cac.videoLimitKbps, link.cac.videoSessionLimitKbps);
  }
  return figures;
}

/** capacity x share, to 0.01 kbps so 2,048 x 30% is 614.4 and not 614.4000000000001. */
export function rtcAllowanceOf(capacityKbps: number, sharePercent: number = NETWORK.rtcSharePercent.value): number {
  return Math.round(capacityKbps * sharePercent) / 100;
}

/** Sessions a CAC policy admits per direction: floor(limit / session limit) (network.md 2.2 step 5). */
function admitted(limitKbps: number, sessionLimitKbps: number): number {
  return sessionLimitKbps > 0 ? Math.floor(limitKbps / sessionLimitKbps + 1e-9) : 0;
}
