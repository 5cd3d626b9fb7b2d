import { describe, expect, it } from 'vitest';
import { legacyRemoteAccessSite, remoteAccessSite } from '../testing/ruleScenarios';

describe('CAP-EDGE-AV-SESSIONS (scaled-Edge page, secondary)', () => {
  it('one Edge server: 15,000 remote users are at the Access Edge limit; 15,002 pass it', () => {
    expect(remoteAccessSite(15_000, 1, 2).of('CAP-EDGE-AV-SESSIONS')).toEqual([]);
    const { of, central } = remoteAccessSite(15_002, 1, 2);
    expect(of('CAP-EDGE-AV-SESSIONS')).toEqual([
      expect.objectContaining({ severity: 'info', subjects: [central], value: 15_002, limit: 15_000 }),
    ]);
    expect(of('CAP-EDGE-AV-SESSIONS')[0]!.message).toContain(
      'about 15,002 Access Edge connections and 751 web conferencing connections',
    );
  });

  it('an Edge pool (two servers or more) is what the page asks for: no finding', () => {
    expect(remoteAccessSite(30_000, 2, 2).of('CAP-EDGE-AV-SESSIONS')).toEqual([]);
  });
});

describe('CAP-EDGE-AV-SESSIONS and Lync Server 2010 Edge servers', () => {
  it("does not judge a site's one 2010 Edge server by the 2013 scaled-Edge page", () => {
    expect(legacyRemoteAccessSite(15_002, 1, 2).of('CAP-EDGE-AV-SESSIONS')).toEqual([]);
  });

  it('judges the one 2013 Edge server beside it by the users who enter through it', () => {
    const { of, central } = legacyRemoteAccessSite(20_000, 2, 2, 15_002);
    expect(of('CAP-EDGE-AV-SESSIONS')).toEqual([
      expect.objectContaining({ subjects: [central], value: 15_002, limit: 15_000 }),
    ]);
  });
});
