import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { addAssociation } from './addAssociation';
import { CommandRefused } from './commandError';

function estate() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const pool = b.frontEnd(dallas, 2);
  const sql = b.pool(dallas, 'backEnd', { servers: 1 });
  const director = b.pool(dallas, 'director', { servers: 1 });
  return { design: b.design, pool, sql, director };
}

describe('addAssociation', () => {
  it('joins a Front End pool to its SQL store as the Back End, the kind it most often is', () => {
    const { design, pool, sql } = estate();
    expect(addAssociation(design, { id: 'a1', from: pool, to: sql }).associations).toEqual([
      { id: 'a1', kind: 'backEnd', from: pool, to: sql },
    ]);
  });

  it('stores an association drawn the wrong way round in the direction the format defines', () => {
    const { design, pool, sql } = estate();
    expect(addAssociation(design, { id: 'a1', from: sql, to: pool, kind: 'monitoring' }).associations).toEqual([
      { id: 'a1', kind: 'monitoring', from: pool, to: sql },
    ]);
  });

  it('refuses a dependency Lync does not have, a pool on itself, and the same association twice', () => {
    const { design, pool, sql, director } = estate();
    expect(() => addAssociation(design, { id: 'a1', from: director, to: sql })).toThrow(
      new CommandRefused('Lync has no dependency between a Director pool and a Back End SQL store.'),
    );
    expect(() => addAssociation(design, { id: 'a1', from: pool, to: pool })).toThrow(
      new CommandRefused('A pool cannot depend on itself.'),
    );
    const joined = addAssociation(design, { id: 'a1', from: pool, to: sql });
    expect(() => addAssociation(joined, { id: 'a2', from: sql, to: pool })).toThrow(
      new CommandRefused('These pools are already associated that way.'),
    );
  });

  it('refuses an association that does not join two pools', () => {
    const { design, pool } = estate();
    expect(() => addAssociation(design, { id: 'a1', from: pool, to: 's-1' })).toThrow(
      new CommandRefused('An association joins two pools.'),
    );
  });
});
