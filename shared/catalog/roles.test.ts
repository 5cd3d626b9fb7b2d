import { describe, expect, it } from 'vitest';
import { poolRoles } from '../model/pool';
import { ALLOWED_COLLOCATIONS } from './collocation';
import { ROLES } from './roles';

describe('the roles catalog', () => {
  it('has capacity, collocation and sources for every role of the format', () => {
    expect(Object.keys(ROLES).sort()).toEqual([...poolRoles].sort());
    for (const role of poolRoles) {
      expect(ROLES[role].capacity.length).toBeGreaterThan(5);
      expect(ROLES[role].collocation.length).toBeGreaterThan(5);
      expect(ROLES[role].sources.every((source) => source.startsWith('Lync/LyncServer/'))).toBe(true);
    }
  });

  it('states the figures the rules use', () => {
    expect(ROLES.frontEnd.capacity).toContain('1 server per 6,667 users; at most 12 servers and 80,000 users per pool');
    expect(ROLES.edge).toMatchObject({
      minimumForHa: 2,
      capacity: '1 server per 12,000 concurrent remote users per site',
    });
    expect(ROLES.frontEnd.hardware?.summary).toContain('32 GB RAM');
    expect(ROLES.edge.hardware?.summary).toContain('16 GB RAM');
  });

  it('lists each allowed collocation with its source', () => {
    for (const entry of ALLOWED_COLLOCATIONS) expect(entry.source).toMatch(/^Lync\/LyncServer\/.+\.md$/);
  });
});
