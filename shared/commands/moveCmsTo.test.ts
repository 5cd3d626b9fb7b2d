import { describe, expect, it } from 'vitest';
import { smallMigration } from '../testing/smallMigration';
import { moveCmsTo } from './moveCmsTo';

describe('moveCmsTo', () => {
  it('puts the CMS on this Front End pool and on no other', () => {
    const { design, ids } = smallMigration();
    const next = moveCmsTo(design, { poolId: ids.fe2013 });
    const holders = next.pools.filter((p) => p.role === 'frontEnd' && p.hostsCms).map((p) => p.id);
    expect(holders).toEqual([ids.fe2013]);
    expect(next.pools.find((p) => p.id === ids.fe2010)).toMatchObject({ hostsCms: false });
  });

  it('is no change where the CMS is already alone, and refuses a pool that cannot hold it', () => {
    const { design, ids } = smallMigration();
    expect(moveCmsTo(design, { poolId: ids.fe2010 })).toBe(design);
    expect(() => moveCmsTo(design, { poolId: ids.be2010 })).toThrow(
      'The Central Management store is on a Front End pool or Standard Edition server; Back End SQL store sql2010.contoso.com cannot hold it.',
    );
    expect(() => moveCmsTo(design, { poolId: 'gone' })).toThrow('no longer in the design');
  });
});
