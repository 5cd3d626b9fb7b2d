import { describe, expect, it } from 'vitest';
import { DesignBuilder, NO_TRAFFIC } from '../testing/designBuilder';
import { validate } from '../validate';
import { BRANCH } from './branch';
import { CAC_PAGE_AUDIO, MEDIA_PAGE_AUDIO, RTCP } from './codecs';
import { FRONT_END } from './frontEnd';
import { REMOTE_ACCESS } from './remoteAccess';

/** Each place the documents disagree: the figure chosen, the alternative recorded beside it, and the choice at work. */
describe('documentation conflicts and the choices made', () => {
  it('Front End sizing: 6,667 users per server (not 6,660), so 20,000 users on 3 servers pass', () => {
    expect(FRONT_END.usersPerServer).toMatchObject({ value: 6_667, alternative: { value: 6_660 } });
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.users(site, b.frontEnd(site, 3), 20_000);
    expect(validate(b.design).findings.filter((f) => f.rule === 'CAP-FE-USERS-PER-SERVER')).toEqual([]);
  });

  it('SBS: designed for up to 5,000 users (not 2,000), so 3,000 on an SBS pass', () => {
    expect(BRANCH.sbsMaxUsers).toMatchObject({ value: 5_000, alternative: { value: 2_000 } });
    const b = new DesignBuilder();
    const branch = b.site('Branch', 'branch', b.site('Central'));
    b.users(branch, b.pool(branch, 'sbs', { servers: 1 }), 3_000);
    expect(validate(b.design).findings.filter((f) => f.rule === 'CAP-SBS-USERS')).toEqual([]);
  });

  it('Edge: 12,000 remote users per server (not 15,000), so 13,000 on one Edge need a second', () => {
    expect(REMOTE_ACCESS.remoteUsersPerEdge).toMatchObject({ value: 12_000, alternative: { value: 15_000 } });
    const b = new DesignBuilder();
    const site = b.site('Central');
    const pool = b.frontEnd(site, 12);
    b.design.userGroups.push({ id: 'g-remote', siteId: site, homePoolId: pool, count: 13_000, remotePercent: 100 });
    b.pool(site, 'edge', { servers: 1 });
    expect(validate(b.design).findings.filter((f) => f.rule === 'CAP-EDGE-REMOTE-USERS')).toEqual([
      expect.objectContaining({ value: 1, limit: 2 }),
    ]);
  });

  it("RTCP: 5 kbps per audio stream by default; the CAC page's 10 kbps is the conservative table, 5 kbps more on every codec", () => {
    expect(RTCP.audio).toMatchObject({ value: 5, alternative: { value: 10 } });
    for (const codec of Object.keys(MEDIA_PAGE_AUDIO) as Array<keyof typeof MEDIA_PAGE_AUDIO>) {
      expect(CAC_PAGE_AUDIO[codec].noFecTenths - MEDIA_PAGE_AUDIO[codec].noFecTenths).toBe(50);
    }
    const demand = (codecTable: 'media' | 'cac') => {
      const b = new DesignBuilder('RTCP', {
        bandwidth: { codecTable },
        traffic: { ...NO_TRAFFIC, p2pAudioPercent: 10 },
      });
      const central = b.site('Central');
      const branch = b.site('Branch', 'branch', central);
      b.users(branch, b.frontEnd(central, 3), 100);
      const link = b.link(branch, central, 10_000);
      return validate(b.design).figures.links.get(link);
    };
    expect(demand('media')?.demandKbps).toBe(620);
    expect(demand('cac')?.demandKbps).toBe(670);
  });
});
