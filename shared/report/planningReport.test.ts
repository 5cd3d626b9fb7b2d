import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { legacyRemoteAccessSite } from '../testing/ruleScenarios';
import { createValidator } from '../validate';
import { applyWaivers, validateWithWaivers } from '../waivers/applyWaivers';
import { reportCsv, reportMarkdown, reportTables } from './formatReport';
import { planningReport } from './planningReport';

function overfull() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const pool = b.frontEnd(dallas, 13);
  b.users(dallas, pool, 90_000);
  return { b, pool };
}

describe('planningReport', () => {
  it('reports from the validation it is given, not from one of its own', () => {
    const { b } = overfull();
    const validation = applyWaivers(createValidator().validate(b.design), b.design.waivers);
    const report = planningReport(b.design, validation);
    expect(report.findings.map((f) => f.message)).toEqual(validation.findings.map((f) => f.message));
    expect(report.totals.errors).toBe(validation.findings.filter((f) => f.severity === 'error').length);
    expect(report.pools[0]).toMatchObject({ users: 90_000, servers: 13 });
    expect(report).toEqual(planningReport(b.design, validateWithWaivers(b.design)));
  });

  it('lists the servers needed for every pool a capacity rule sizes, Edge and Lync Server 2010 pools included', () => {
    const { b, edge, director } = legacyRemoteAccessSite(30_000, 1, 2, 30_000);
    const pilotEdge = b.design.pools.find((p) => p.role === 'edge' && p.version === undefined)!;
    pilotEdge.fqdn = 'edge2013.contoso.com';
    b.servers(pilotEdge.id, 1);
    const rows = planningReport(b.design, validateWithWaivers(b.design)).pools;
    const row = (id: string) => rows.find((r) => r.pool === b.design.pools.find((p) => p.id === id)!.fqdn);
    // 30,000 remote users through each Edge: 2 Lync Server 2010 servers at 15,000, 3 Lync Server 2013 ones at 12,000.
    // The site's only Directors, 2010 ones, take all 60,000: 4 at 15,000.
    expect(row(edge)).toMatchObject({ role: 'Edge pool', servers: 1, requiredServers: 2 });
    expect(row(director)).toMatchObject({ role: 'Director pool', servers: 2, requiredServers: 4 });
    expect(row(pilotEdge.id)).toMatchObject({ servers: 2, requiredServers: 3 });
    expect(rows.find((r) => r.role === 'Front End pool' && r.users === 30_000 && r.servers === 9)).toMatchObject({
      requiredServers: 3,
    });
  });

  it("gives every finding its source page's title and public address, keeping the source path", () => {
    const { b } = overfull();
    const report = planningReport(b.design, validateWithWaivers(b.design));
    expect(report.findings.find((f) => f.rule === 'CAP-FE-MAX-SERVERS')).toMatchObject({
      source: 'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md',
      sourceTitle: 'Lync Server 2013 capacity planning using the user models',
      sourceUrl: 'https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)',
    });
  });

  it('lists waived findings apart with their reasons, and does not count them', () => {
    const { b, pool } = overfull();
    const plain = planningReport(b.design, validateWithWaivers(b.design));
    b.design.waivers = [
      {
        id: 'w-1',
        rule: 'CAP-FE-MAX-SERVERS',
        subjects: [pool],
        value: 13,
        reason: 'Approved by change board 2026-11',
        author: 'A. Architect',
        waivedAt: '2026-11-02T09:30:00.000Z',
      },
      {
        id: 'w-2',
        rule: 'CAP-FE-POOL-MAX-USERS',
        subjects: [pool],
        value: 1,
        reason: 'An old waiver',
        author: 'B. Reviewer',
        waivedAt: '2026-10-01T09:30:00.000Z',
      },
    ];
    const report = planningReport(b.design, validateWithWaivers(b.design));
    expect(report.totals).toMatchObject({ errors: plain.totals.errors - 1, waived: 1 });
    expect(report.findings.some((f) => f.rule === 'CAP-FE-MAX-SERVERS')).toBe(false);
    expect(report.waived).toEqual([
      expect.objectContaining({
        rule: 'CAP-FE-MAX-SERVERS',
        value: 13,
        sourceTitle: 'Lync Server 2013 capacity planning using the user models',
        waiver: {
          id: 'w-1',
          reason: 'Approved by change board 2026-11',
          author: 'A. Architect',
          waivedAt: '2026-11-02T09:30:00.000Z',
        },
      }),
    ]);
    expect(report.staleWaivers).toEqual([
      expect.objectContaining({
        id: 'w-2',
        about: 'frontend2.contoso.com',
        now: expect.objectContaining({ value: 90_000 }),
      }),
    ]);
    const keys = reportTables(report).map((table) => table.key);
    expect(keys).toEqual(['billOfMaterials', 'poolLoad', 'bandwidth', 'findings', 'waived', 'staleWaivers']);
    expect(reportTables(plain).map((table) => table.key)).toEqual([
      'billOfMaterials',
      'poolLoad',
      'bandwidth',
      'findings',
    ]);
    expect(reportMarkdown(report)).toContain(
      '| CAP-FE-POOL-MAX-USERS | frontend2.contoso.com | 1 | now 90000 | An old waiver | B. Reviewer | 2026-10-01 |',
    );
    expect(reportCsv(report)).toContain(
      'Section,Severity,Rule,Message,Reason,Waived by,Waived on,Source,Source title,Source URL',
    );
  });
});
