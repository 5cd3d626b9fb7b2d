import { NETWORK } from '../catalog/network';
import type { Design } from '../model/design';
import type { Link } from '../model/link';
import type { UserGroup } from '../model/userGroup';
import type { DesignIndex } from './designIndex';
import { resolveBandwidthSettings, resolveTraffic } from './resolveSettings';
import { createRouter } from './routes';
import { streamBandwidth } from './streamBandwidth';

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
  audioSessionsAdmitted?: number;
  videoSessionsAdmitted?: number;
}

export interface LinkDemand {
  links: Map<string, LinkFigures>;
  /** Exact demand per direction in tenths of a kbps, for comparisons free of rounding. */
  demandTenths: Map<string, number>;
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
 * per session; conference media to the pool that hosts the group's conferences, peer-to-peer media and
 * non-bypassed PSTN media from a branch to its central site.
 *
 * A group homed on an SBA/SBS has its conferences on the SBA's registrar Front End pool: an SBA holds a
 * Registrar and Mediation but no A/V Conferencing (capacity.md, branch sites), and "conferences hosted by the
 * central A/V MCU always cross the WAN" (network.md 2.2).
 */
export function linkDemand(design: Design, index: DesignIndex): LinkDemand {
  const settings = resolveBandwidthSettings(design);
  const stream = streamBandwidth(settings);
  const route = createRouter(index);
  const tenths = new Map<string, number>();
  const audioStreams = new Map<string, number>();
  const videoStreams = new Map<string, number>();
  const unroutedGroups: string[] = [];

  const carry = (group: UserGroup, toSite: string | undefined, audio: number, audioTenths: number, video: number) => {
    if (toSite === undefined || (audio === 0 && video === 0)) return;
    const path = route(group.siteId, toSite);
    if (path === undefined) {
      unroutedGroups.push(group.id);
      return;
    }
    const load = audio * audioTenths + video * stream.video;
    for (const linkId of path) {
      tenths.set(linkId, (tenths.get(linkId) ?? 0) + load);
      audioStreams.set(linkId, (audioStreams.get(linkId) ?? 0) + audio);
      videoStreams.set(linkId, (videoStreams.get(linkId) ?? 0) + video);
    }
  };

  for (const group of design.userGroups) {
    const traffic = resolveTraffic(design, group.traffic);
    const site = index.sites.get(group.siteId);
    const centralSite = site?.kind === 'branch' ? site.centralSiteId : undefined;
    carry(
      group,
      conferenceSiteOf(group, index),
      sessionsOf(group.count, traffic.conferencePercent),
      stream.conferenceAudio,
      sessionsOf(group.count, traffic.conferenceVideoPercent),
    );
    carry(
      group,
      centralSite,
      sessionsOf(group.count, traffic.p2pAudioPercent),
      stream.p2pAudio,
      sessionsOf(group.count, traffic.p2pVideoPercent),
    );
    if (!index.bypassSites.has(group.siteId)) {
      carry(group, centralSite, sessionsOf(group.count, traffic.pstnPercent), stream.pstnAudio, 0);
    }
  }

  const links = new Map<string, LinkFigures>();
  for (const link of design.links) {
    links.set(link.id, figuresOf(link, tenths.get(link.id) ?? 0, settings.rtcSharePercent, audioStreams.get(link.id) ?? 0, videoStreams.get(link.id) ?? 0));
  }
  return { links, demandTenths: tenths, unroutedGroups };
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

function figuresOf(link: Link, demandTenths: number, rtcSharePercent: number, audio: number, video: number): LinkFigures {
  const demandKbps = demandTenths / 10;
  const figures: LinkFigures = {
    demandKbps: round1(demandKbps),
    capacityKbps: link.capacityKbps,
    utilizationPercent: round1((demandKbps / link.capacityKbps) * 100),
    rtcAllowanceKbps: rtcAllowanceOf(link.capacityKbps, rtcSharePercent),
    audioStreams: audio,
    videoStreams: video,
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
