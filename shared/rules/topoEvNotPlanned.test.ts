import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-EV-NOT-PLANNED');

/** Dallas with a pool of 6,000 users and Austin, a branch of 400 on the same pool. */
function noVoice() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const austin = b.site('Austin', 'branch', dallas);
  const pool = b.wellFormedFrontEnd(dallas, 3);
  b.users(dallas, pool, 6_000);
  b.users(austin, pool, 400);
  b.link(dallas, austin, 10_000);
  return { b, dallas, austin, pool };
}

describe('TOPO-EV-NOT-PLANNED', () => {
  it('says once, as a note on the central site, that no call can reach the PSTN and what to add', () => {
    const { b, dallas } = noVoice();
    expect(findingsOf(b)).toEqual([
      {
        rule: 'TOPO-EV-NOT-PLANNED',
        severity: 'info',
        subjects: [dallas],
        message:
          'No PSTN gateway, SBA or SBS is in the design, so no call can reach the PSTN: Enterprise Voice is not planned, and the 384 busy-hour PSTN calls the traffic model expects (6% of 6,400 users) load no Mediation Server and no WAN link. To plan Enterprise Voice, add a PSTN gateway from the palette at a central site and draw a PSTN gateway association to it from a Mediation pool or a Front End pool with collocated Mediation, or add an SBA or SBS at a branch site.',
        source: 'Lync/LyncServer/lync-server-2013-user-models.md',
      },
    ]);
  });

  it.each(['pstnGateway', 'sba', 'sbs'] as const)('is quiet once a %s gives the design a way to the PSTN', (role) => {
    const { b, dallas, austin } = noVoice();
    b.pool(role === 'pstnGateway' ? dallas : austin, role, { servers: 1 });
    expect(findingsOf(b)).toEqual([]);
  });

  it('is quiet without users, or when the traffic model puts nobody in a PSTN call', () => {
    const empty = new DesignBuilder();
    empty.wellFormedFrontEnd(empty.site('Dallas'), 3);
    expect(findingsOf(empty)).toEqual([]);
    const noCalls = new DesignBuilder('No voice', { traffic: { pstnPercent: 0 } });
    const site = noCalls.site('Dallas');
    noCalls.users(site, noCalls.wellFormedFrontEnd(site, 3), 6_000);
    expect(findingsOf(noCalls)).toEqual([]);
  });

  it('gives the one call of a one-user design in the singular, and no share when groups differ', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.wellFormedFrontEnd(site, 3);
    b.users(site, pool, 1, { pstnPercent: 10 });
    expect(findingsOf(b)[0]?.message).toContain('the 1 busy-hour PSTN call the traffic model expects (10% of 1 user)');
    b.users(site, pool, 99);
    expect(findingsOf(b)[0]?.message).toContain('the 7 busy-hour PSTN calls the traffic model expects (of 100 users)');
  });
});
