import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtLyncplanBinary, LYNCPLAN_BINARY } from './cliHarness';

const lyncplan = builtLyncplanBinary();

describe('lyncplan check', () => {
  it('exits 0 on the medium reference topology and prints a readable report', () => {
    const { status, stdout } = lyncplan('check', 'medium.lyncplan');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Contoso medium: /);
    expect(stdout).not.toContain('Errors (');
  });

  it('exits 1 with an error finding, grouped by severity with rule id, subject and message', () => {
    const { status, stdout } = lyncplan('check', 'overfull.lyncplan');
    expect(status).toBe(1);
    expect(stdout).toMatch(/^Too many servers: 1 error, \d+ warnings?/);
    expect(stdout).toContain('Errors (1)');
    expect(stdout).toContain(
      '  CAP-FE-MAX-SERVERS  pool01.contoso.com  Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12.',
    );
  });

  it('--json writes exactly one object in the shape of cli.md', () => {
    const { status, stdout } = lyncplan('check', 'overfull.lyncplan', '--json');
    expect(status).toBe(1);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['findings', 'figures']);
    expect(output.findings).toContainEqual({
      rule: 'CAP-FE-MAX-SERVERS',
      severity: 'error',
      subjects: ['p-2'],
      message: 'Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12.',
      value: 13,
      limit: 12,
      source: 'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md',
    });
    expect(output.figures.pools['p-2']).toEqual({ users: 50_000, servers: 13, requiredServers: 8 });
  });

  it('--json gives every link its demand, capacity and admitted sessions', () => {
    const output = JSON.parse(lyncplan('check', 'medium.lyncplan', '--json').stdout);
    const links = Object.values(output.figures.links) as Array<Record<string, number>>;
    expect(links).toHaveLength(2);
    // Austin: 600 SBA users, conferences on the Dallas pool (30 x 100.6); their 36 PSTN calls break out at the SBA.
    expect(links[0]).toEqual({
      demandKbps: 3_018,
      capacityKbps: 10_000,
      utilizationPercent: 30.2,
      rtcAllowanceKbps: 3_000,
    });
  });

  it.each([
    ['truncated.lyncplan', /truncated\.lyncplan: The file is not valid JSON at line \d+, column \d+/],
    [
      'negative-count.lyncplan',
      /negative-count\.lyncplan: The design is invalid at userGroups\[0\] \(id "g-\d+"\)\.count: count cannot be negative\./,
    ],
    ['newer.lyncplan', /saved in format version 3 by a newer lyncplan/],
    ['missing.lyncplan', /missing\.lyncplan: there is no such file/],
    ['contoso.tbxml', /contoso\.tbxml: This is a Topology Builder file \(\.tbxml\), not a lyncplan design/],
  ])('exits 2 on %s with the reason on standard error', (file, reason) => {
    const { status, stdout, stderr } = lyncplan('check', file, '--json');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
  });

  it('does not count a waived error in the exit status, and lists it as waived with its reason and author', () => {
    const { status, stdout } = lyncplan('check', 'waived.lyncplan');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Too many servers: 1 warning, 2 notes; 1 waived$/m);
    expect(stdout).not.toContain('Errors (');
    expect(stdout).toContain(
      [
        'Waived (1)',
        '  CAP-FE-MAX-SERVERS  pool01.contoso.com  Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12.',
        '    waived by A. Architect on 2026-11-02: Single pool by design | approved by change board 2026-11',
      ].join('\n'),
    );
  });

  it('counts the error again when what it compares changes, and says the waiver no longer matches', () => {
    const { status, stdout } = lyncplan('check', 'waived-grown.lyncplan');
    expect(status).toBe(1);
    expect(stdout).toContain('Errors (1)');
    expect(stdout).toContain(
      '  CAP-FE-MAX-SERVERS  pool01.contoso.com  Front End pool pool01.contoso.com has 14 servers',
    );
    expect(stdout).toContain(
      [
        'Waivers that no longer match (1)',
        '  CAP-FE-MAX-SERVERS  pool01.contoso.com  waived at 13, now 14 (A. Architect, 2026-11-02: Single pool by design | approved by change board 2026-11)',
      ].join('\n'),
    );
  });

  it('--json adds the waived findings with their waivers, and the waivers that no longer match', () => {
    const waived = lyncplan('check', 'waived.lyncplan', '--json');
    expect(waived.status).toBe(0);
    const output = JSON.parse(waived.stdout);
    expect(Object.keys(output)).toEqual(['findings', 'figures', 'waived', 'staleWaivers']);
    expect(output.findings.some((f: { rule: string }) => f.rule === 'CAP-FE-MAX-SERVERS')).toBe(false);
    expect(output.waived).toEqual([
      {
        rule: 'CAP-FE-MAX-SERVERS',
        severity: 'error',
        subjects: ['p-2'],
        message: 'Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12.',
        value: 13,
        limit: 12,
        source: 'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md',
        waiver: {
          id: 'w-1',
          reason: 'Single pool by design | approved by change board 2026-11',
          author: 'A. Architect',
          waivedAt: '2026-11-02T09:30:00.000Z',
        },
      },
    ]);
    expect(output.staleWaivers).toEqual([]);
    const grown = lyncplan('check', 'waived-grown.lyncplan', '--json');
    expect(grown.status).toBe(1);
    const stale = JSON.parse(grown.stdout);
    expect(stale.waived).toEqual([]);
    expect(stale.staleWaivers).toEqual([
      {
        id: 'w-1',
        rule: 'CAP-FE-MAX-SERVERS',
        subjects: ['p-2'],
        value: 13,
        reason: 'Single pool by design | approved by change board 2026-11',
        author: 'A. Architect',
        waivedAt: '2026-11-02T09:30:00.000Z',
        now: expect.objectContaining({ rule: 'CAP-FE-MAX-SERVERS', value: 14 }),
      },
    ]);
  });

  it('exits 2 with the usage on a wrong call', () => {
    expect(lyncplan('check').status).toBe(2);
    expect(lyncplan('verify', 'medium.lyncplan').stderr).toContain('unknown command "verify"');
    expect(lyncplan('report', 'medium.lyncplan', '--format', 'pdf').stderr).toContain('--format is md, csv or json');
  });
});

describe('lyncplan report', () => {
  it('writes the bill of materials with hardware, pool load, link bandwidth and findings in Markdown', () => {
    const { status, stdout } = lyncplan('report', 'medium.lyncplan');
    expect(status).toBe(0);
    expect(stdout).toContain('# Contoso medium');
    expect(stdout).toContain('## Bill of materials');
    expect(stdout).toMatch(
      /\| Dallas \| Front End pool \| pool01\.contoso\.com \| 3 \| 64-bit, 2 x 6 cores at 2\.26 GHz/,
    );
    expect(stdout).toContain('## Pool load');
    // Text for people writes counts as the app does, grouped by thousands; CSV and JSON keep plain numbers.
    expect(stdout).toMatch(/\| pool01\.contoso\.com \| Front End pool \| Dallas \| 20,000 \| 3 \| 3 \| 20,001 \|/);
    expect(stdout).toContain('| Austin – Dallas | 10,000 | 3,018 | 30.2 | 3,000 |');
    expect(stdout).toMatch(/^3 sites, 7 pools, 11 servers, 20,000 users\. Findings: 0 errors, /m);
  });

  it('writes CSV with a header per section and JSON with the same figures', () => {
    const csv = lyncplan('report', 'medium.lyncplan', '--format', 'csv').stdout;
    expect(csv.split('\r\n')[0]).toBe('Section,Site,Role,Pool,Servers,Hardware per server');
    expect(csv).toContain('Link bandwidth (per direction),Austin – Dallas,10000,3018,30.2,3000');
    const json = JSON.parse(lyncplan('report', 'medium.lyncplan', '--format', 'json').stdout);
    expect(json.totals).toMatchObject({ sites: 3, servers: 11, users: 20_000, errors: 0 });
  });

  it("gives each finding its source page's title and address: a link in Markdown, added columns and fields in CSV and JSON", () => {
    const source = 'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md';
    const title = 'Lync Server 2013 capacity planning using the user models';
    const url = 'https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)';
    const md = lyncplan('report', 'overfull.lyncplan').stdout;
    expect(md).toContain('| Severity | Rule | Message | Source |');
    expect(md).toContain(
      `| error | CAP-FE-MAX-SERVERS | Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12. | [${title}](${url}) |`,
    );
    const csv = lyncplan('report', 'overfull.lyncplan', '--format', 'csv').stdout.split('\r\n');
    expect(csv).toContain('Section,Severity,Rule,Message,Source,Source title,Source URL');
    expect(csv).toContain(
      `Findings,error,CAP-FE-MAX-SERVERS,Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12.,${source},${title},${url}`,
    );
    const json = JSON.parse(lyncplan('report', 'overfull.lyncplan', '--format', 'json').stdout);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: 'CAP-FE-MAX-SERVERS', source, sourceTitle: title, sourceUrl: url }),
    );
  });

  it('lists waived findings with their reasons, apart from the findings, and counts them apart', () => {
    const md = lyncplan('report', 'waived.lyncplan').stdout;
    expect(md).toContain('Findings: 0 errors, 1 warning, 2 notes; 1 waived.');
    expect(md).toContain('## Waived findings');
    expect(md).toContain('| Severity | Rule | Message | Reason | Waived by | Waived on | Source |');
    expect(md).toMatch(
      /\| error \| CAP-FE-MAX-SERVERS \| Front End pool pool01\.contoso\.com has 13 servers; a pool holds at most 12\. \| Single pool by design \\\| approved by change board 2026-11 \| A\. Architect \| 2026-11-02 \| \[Lync Server 2013 capacity planning/,
    );
    const findings = md.slice(md.indexOf('## Findings'), md.indexOf('## Waived findings'));
    expect(findings).not.toContain('CAP-FE-MAX-SERVERS');
    const csv = lyncplan('report', 'waived.lyncplan', '--format', 'csv').stdout;
    expect(csv).toContain(
      'Waived findings,error,CAP-FE-MAX-SERVERS,Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12.,Single pool by design | approved by change board 2026-11,A. Architect,2026-11-02,',
    );
    const json = JSON.parse(lyncplan('report', 'waived.lyncplan', '--format', 'json').stdout);
    expect(json.totals).toMatchObject({ errors: 0, waived: 1 });
    expect(json.waived).toEqual([
      expect.objectContaining({
        rule: 'CAP-FE-MAX-SERVERS',
        value: 13,
        waiver: expect.objectContaining({ reason: 'Single pool by design | approved by change board 2026-11' }),
      }),
    ]);
    const grown = lyncplan('report', 'waived-grown.lyncplan').stdout;
    expect(grown).toContain('## Waivers that no longer match');
    expect(grown).toContain(
      '| CAP-FE-MAX-SERVERS | pool01.contoso.com | 13 | now 14 | Single pool by design \\| approved by change board 2026-11 | A. Architect | 2026-11-02 |',
    );
  });

  it('writes no waiver sections for a design without waivers', () => {
    const md = lyncplan('report', 'overfull.lyncplan').stdout;
    expect(md).not.toContain('aived');
    expect(Object.keys(JSON.parse(lyncplan('check', 'overfull.lyncplan', '--json').stdout))).toEqual([
      'findings',
      'figures',
    ]);
  });
});

describe('lyncplan in a pipeline', () => {
  // The report is far larger than a pipe's buffer, so `head` closes the pipe while lyncplan is still writing.
  it.each(['md', 'csv', 'json'])(
    'ends with its own exit status and no stack trace when the reader stops early (report --format %s | head)',
    (format) => {
      const sample = 'samples/fabrikam-2010-migration-mistakes.lyncplan';
      const whole = lyncplan('report', sample, '--format', format);
      expect(whole.stdout.length).toBeGreaterThan(100_000);
      const piped = spawnSync(
        'bash',
        [
          '-c',
          `"$0" "$1" report "$2" --format ${format} | head -c 10; exit \${PIPESTATUS[0]}`,
          process.execPath,
          LYNCPLAN_BINARY,
          sample,
        ],
        { cwd: `${__dirname}/../../..`, encoding: 'utf8' },
      );
      expect(piped.stderr).toBe('');
      expect(piped.stdout).toBe(whole.stdout.slice(0, 10));
      expect(piped.status).toBe(whole.status);
    },
  );
});
