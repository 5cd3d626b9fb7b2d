import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { searchEntities } from './searchEntities';

function design() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas HQ');
  const pool = b.pool(dallas, 'frontEnd', { servers: 2, fqdn: 'pool01.contoso.com' });
  b.design.servers[0]!.fqdn = 'fe01.contoso.com';
  b.design.servers[1]!.fqdn = 'dallas-fe02.contoso.com';
  const group = b.users(dallas, pool, 5000);
  b.design.userGroups[0]!.name = 'Dallas staff';
  return { design: b.design, dallas, pool, group };
}

describe('searchEntities', () => {
  it('finds sites by name, pools and servers by FQDN and groups by name, ignoring case', () => {
    const { design: d, pool, group, dallas } = design();
    expect(searchEntities(d, 'POOL01').map((hit) => hit.id)).toEqual([pool]);
    expect(searchEntities(d, 'fe01')[0]).toMatchObject({
      label: 'fe01.contoso.com',
      detail: 'Server in pool01.contoso.com',
    });
    expect(searchEntities(d, 'staff')[0]).toMatchObject({
      id: group,
      detail: 'User group · Dallas HQ · homed on pool01.contoso.com',
    });
    expect(searchEntities(d, 'dallas').map((hit) => hit.label)).toEqual([
      'Dallas HQ',
      'Dallas staff',
      'dallas-fe02.contoso.com',
    ]);
    expect(searchEntities(d, 'hq dallas')[0]!.id).toBe(dallas);
  });

  it('finds nothing for an empty query or a miss, and stops at the limit', () => {
    const { design: d } = design();
    expect(searchEntities(d, '   ')).toEqual([]);
    expect(searchEntities(d, 'paris')).toEqual([]);
    expect(searchEntities(d, 'contoso', 2)).toHaveLength(2);
  });
});
