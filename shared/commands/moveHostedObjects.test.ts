import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { smallMigration } from '../testing/smallMigration';
import { moveHostedObjects } from './moveHostedObjects';

const hostsOf = (design: Design, id: string) => design.pools.find((p) => p.id === id)?.hosts;

describe('moveHostedObjects', () => {
  it('moves the named kinds, added to what the target hosts', () => {
    const { design, ids } = smallMigration();
    const next = moveHostedObjects(design, { fromPoolId: ids.fe2010, toPoolId: ids.fe2013, what: ['dialInNumbers'] });
    expect(hostsOf(next, ids.fe2010)).toEqual({ responseGroups: 5 });
    expect(hostsOf(next, ids.fe2013)).toEqual({ dialInNumbers: 2 });
    const all = moveHostedObjects(next, { fromPoolId: ids.fe2010, toPoolId: ids.fe2013 });
    expect(hostsOf(all, ids.fe2010)).toBeUndefined();
    expect(hostsOf(all, ids.fe2013)).toEqual({ dialInNumbers: 2, responseGroups: 5 });
  });

  it('refuses the same pool, a target that is not a Front End pool, and a source with none of them', () => {
    const { design, ids } = smallMigration();
    expect(() => moveHostedObjects(design, { fromPoolId: ids.fe2010, toPoolId: ids.fe2010 })).toThrow('another pool');
    expect(() => moveHostedObjects(design, { fromPoolId: ids.fe2010, toPoolId: ids.be2013 })).toThrow(
      'Hosted objects move to a Front End pool or Standard Edition server; Back End SQL store sql2013.contoso.com cannot home them.',
    );
    expect(() => moveHostedObjects(design, { fromPoolId: ids.fe2013, toPoolId: ids.fe2010 })).toThrow(
      'hosts no hosted objects to move',
    );
    expect(() =>
      moveHostedObjects(design, { fromPoolId: ids.fe2010, toPoolId: ids.fe2013, what: ['callParkOrbits'] }),
    ).toThrow('hosts no Call Park orbit ranges to move');
  });
});
