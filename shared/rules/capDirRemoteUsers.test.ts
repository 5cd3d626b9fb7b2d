import { describe, expect, it } from 'vitest';
import { remoteAccessSite } from '../testing/ruleScenarios';

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
