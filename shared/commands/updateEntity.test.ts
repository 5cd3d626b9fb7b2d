import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { updateEntity } from './updateEntity';

function estate() {
  const b = new DesignBuilder();
  const central = b.site('Central');
  const pool = b.frontEnd(central, 2);
  const edge = b.pool(central, 'edge', { servers: 1 });
  const group = b.users(central, pool, 100);
  const branch = b.site('Branch', 'branch', central);
  const link = b.link(branch, central, 1024);
  return { b, central, pool, edge, group, link };
}

describe('updateEntity refuses what must never reach the document', () => {
  it('refuses a negative user count', () => {
    const { b, group } = estate();
    expect(() => updateEntity(b.design, { collection: 'userGroups', id: group, patch: { count: -1 } })).toThrow(
      'count cannot be negative',
    );
  });

  it('refuses an FQDN with an underscore', () => {
    const { b, pool } = estate();
    expect(() =>
      updateEntity(b.design, { collection: 'pools', id: pool, patch: { fqdn: 'pool_01.contoso.com' } }),
    ).toThrow('An FQDN cannot contain "_" (use letters, digits and hyphens)');
  });

  it('refuses a link capacity of 0', () => {
    const { b, link } = estate();
    expect(() => updateEntity(b.design, { collection: 'links', id: link, patch: { capacityKbps: 0 } })).toThrow(
      'a link capacity must be above 0 kbps',
    );
  });

  it('refuses homing users on an Edge pool', () => {
    const { b, group, edge } = estate();
    expect(() => updateEntity(b.design, { collection: 'userGroups', id: group, patch: { homePoolId: edge } })).toThrow(
      /Users are homed on/,
    );
  });

  it('refuses turning a 2-server pool into a Standard Edition server', () => {
    const { b, pool } = estate();
    expect(() => updateEntity(b.design, { collection: 'pools', id: pool, patch: { edition: 'standard' } })).toThrow(
      /this pool has 2/,
    );
  });

  it('applies a valid change and removes a field set to undefined', () => {
    const { b, link } = estate();
    let next = updateEntity(b.design, { collection: 'links', id: link, patch: { capacityKbps: 2048, latencyMs: 40 } });
    expect(next.links[0]).toMatchObject({ capacityKbps: 2048, latencyMs: 40 });
    next = updateEntity(next, { collection: 'links', id: link, patch: { latencyMs: undefined } });
    expect(next.links[0]).not.toHaveProperty('latencyMs');
    expect(b.design.links[0]).toMatchObject({ capacityKbps: 1024 });
  });

  it('drops the central site of a branch that becomes central', () => {
    const { b } = estate();
    const branch = b.design.sites[1]!.id;
    const next = updateEntity(b.design, { collection: 'sites', id: branch, patch: { kind: 'central' } });
    expect(next.sites[1]).toEqual({ id: branch, name: 'Branch', kind: 'central' });
  });
});
