import { describe, expect, it } from 'vitest';
import { SOURCES } from '../catalog/sources';
import { legacyRemoteAccessSite, remoteAccessSite } from '../testing/ruleScenarios';

describe('CAP-DIR-REMOTE-USERS (examples.md CAP-10)', () => {
  it('30,000 concurrent remote users with 2 Director servers: it needs 3', () => {
    const { of, central } = remoteAccessSite(30_000, 2, 2);
    expect(of('CAP-DIR-REMOTE-USERS')).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [central], value: 2, limit: 3 }),
    ]);
  });

  it('3 Directors carry them; a site without Directors is not sized', () => {
    expect(remoteAccessSite(30_000, 2, 3).of('CAP-DIR-REMOTE-USERS')).toEqual([]);
    expect(remoteAccessSite(30_000, 2, 0).of('CAP-DIR-REMOTE-USERS')).toEqual([]);
  });
});

describe('CAP-DIR-REMOTE-USERS on Lync Server 2010 Directors: 15,000 remote users each', () => {
  it('28,000 remote users on 2 Directors pass at 15,000 each (12,000 would ask for 3)', () => {
    expect(remoteAccessSite(28_000, 3, 2).of('CAP-DIR-REMOTE-USERS')).toHaveLength(1);
    expect(legacyRemoteAccessSite(28_000, 2, 2).of('CAP-DIR-REMOTE-USERS')).toEqual([]);
  });

  it('31,000 remote users on 2 need 3, citing the 2010 page', () => {
    const { of, central } = legacyRemoteAccessSite(31_000, 3, 2);
    expect(of('CAP-DIR-REMOTE-USERS')).toEqual([
      expect.objectContaining({ subjects: [central], value: 2, limit: 3, source: SOURCES.lync2010CapacityUserModels }),
    ]);
  });
});
