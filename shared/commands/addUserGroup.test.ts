import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { addUserGroup } from './addUserGroup';
import { CommandRefused } from './commandError';

function estate() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const austin = b.site('Austin', 'branch', dallas);
  const waco = b.site('Waco', 'branch', dallas);
  const pool = b.frontEnd(dallas, 2);
  const sba = b.pool(waco, 'sba', { servers: 1 });
  return { design: b.design, dallas, austin, waco, pool, sba };
}

describe('addUserGroup', () => {
  it('homes the group on a registrar in its own site, placed where it was dropped', () => {
    const { design, waco, sba } = estate();
    const next = addUserGroup(design, { id: 'g1', siteId: waco, count: 100, position: { x: 24, y: 80 } });
    expect(next.userGroups).toEqual([{ id: 'g1', siteId: waco, homePoolId: sba, count: 100 }]);
    expect(next.layout?.nodes?.g1).toEqual({ x: 24, y: 80 });
  });

  it("homes a branch's group on its central site's pool when the branch has no registrar, and keeps a name", () => {
    const { design, austin, pool } = estate();
    const next = addUserGroup(design, { id: 'g1', siteId: austin, count: 40, name: 'Sales', position: { x: 0, y: 0 } });
    expect(next.userGroups).toEqual([{ id: 'g1', name: 'Sales', siteId: austin, homePoolId: pool, count: 40 }]);
  });

  it('refuses a group dropped outside a site', () => {
    const { design } = estate();
    expect(() => addUserGroup(design, { id: 'g1', siteId: undefined, count: 100, position: { x: 0, y: 0 } })).toThrow(
      new CommandRefused('People sit at a site: drop the user group inside a site.'),
    );
  });

  it('refuses a group while the design has nothing to home it on', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    b.pool(dallas, 'edge', { servers: 1 });
    expect(() => addUserGroup(b.design, { id: 'g1', siteId: dallas, count: 100, position: { x: 0, y: 0 } })).toThrow(
      new CommandRefused('Users are homed on a Front End pool, Standard Edition server, SBA or SBS: add one first.'),
    );
  });

  it('refuses a count past the limits, with the messages the inspector shows', () => {
    const { design, waco } = estate();
    const add = (count: number) => () =>
      addUserGroup(design, { id: 'g1', siteId: waco, count, position: { x: 0, y: 0 } });
    expect(add(10_000_001)).toThrow(new CommandRefused('That is more people than any Lync deployment holds'));
    expect(add(-1)).toThrow(new CommandRefused('A user count cannot be negative'));
  });
});
