import { describe, expect, it } from 'vitest';
import type { Design, EntityCollection } from '../model/design';
import { DesignBuilder } from '../testing/designBuilder';
import { CommandRefused } from './commandError';
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
  const refusal = (design: Design, collection: EntityCollection, id: string, patch: Record<string, unknown>) => {
    try {
      updateEntity(design, { collection, id, patch });
    } catch (error) {
      if (error instanceof CommandRefused) return error.message;
      throw error;
    }
    return 'applied';
  };

  it('refuses a user count past the limits, with the messages the inspector shows', () => {
    const { b, group } = estate();
    const count = (value: unknown) => refusal(b.design, 'userGroups', group, { count: value });
    expect(count(10_000_001)).toBe('That is more people than any Lync deployment holds');
    expect(count(-1)).toBe('A user count cannot be negative');
    expect(count(2.5)).toBe('Enter a whole number of people');
    expect(count('100')).toBe('Enter a number of people');
    expect(count(10_000_000)).toBe('applied');
  });

  it("refuses a group's remote share or traffic override above 100%", () => {
    const { b, group } = estate();
    expect(refusal(b.design, 'userGroups', group, { remotePercent: 101 })).toBe('A percentage cannot exceed 100');
    expect(refusal(b.design, 'userGroups', group, { traffic: { pstnPercent: -1 } })).toBe(
      'A percentage cannot be negative',
    );
  });

  it('refuses a link capacity of 0, a latency past 10 s and a negative CAC limit', () => {
    const { b, link } = estate();
    expect(refusal(b.design, 'links', link, { capacityKbps: 0 })).toBe('A link capacity must be above 0 kbps');
    expect(refusal(b.design, 'links', link, { capacityKbps: 100_000_001 })).toBe(
      'Enter the capacity in kbps (at most 100,000,000)',
    );
    expect(refusal(b.design, 'links', link, { latencyMs: 10_001 })).toBe(
      'Enter the one-way latency in ms (at most 10,000)',
    );
    const cac = { audioLimitKbps: 0, audioSessionLimitKbps: -175, videoLimitKbps: 0, videoSessionLimitKbps: 700 };
    expect(refusal(b.design, 'links', link, { cac })).toBe('A bandwidth cannot be negative');
  });

  it('refuses an FQDN with an underscore, and an empty site name', () => {
    const { b, pool, central } = estate();
    expect(refusal(b.design, 'pools', pool, { fqdn: 'pool_01.contoso.com' })).toBe(
      'An FQDN cannot contain "_" (use letters, digits and hyphens)',
    );
    expect(refusal(b.design, 'sites', central, { name: '   ' })).toBe('Enter a name');
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

  it('stores names and FQDNs without the spaces typed around them', () => {
    const { b, central, pool } = estate();
    let next = updateEntity(b.design, { collection: 'sites', id: central, patch: { name: '  Dallas ' } });
    next = updateEntity(next, { collection: 'pools', id: pool, patch: { fqdn: ' pool01.contoso.com ' } });
    expect(next.sites[0]!.name).toBe('Dallas');
    expect(next.pools[0]!.fqdn).toBe('pool01.contoso.com');
  });
});
