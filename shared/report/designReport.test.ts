import { describe, expect, it } from 'vitest';
import { smallMigration, smallMigrationWithLateOfficeWebApps } from '../testing/smallMigration';
import { validateWithWaivers } from '../waivers/applyWaivers';
import { designReport } from './designReport';
import { reportCsv, reportJson, reportMarkdown } from './formatReport';
import { planningReport } from './planningReport';

const plain = () => {
  const { migration: _plan, ...design } = smallMigration().design;
  return design;
};

describe('the report of a design with a migration plan', () => {
  it('describes the last state, says so, and lists each finding once with the states it holds in', () => {
    const report = designReport(smallMigrationWithLateOfficeWebApps());
    expect(report.totals).toMatchObject({ pools: 4, servers: 5, users: 2_050 });
    expect(report.billOfMaterials.map((row) => row.pool)).toEqual([
      'sql2013.contoso.com',
      'fs2013.contoso.com',
      'pool2013.contoso.com',
      'owas2013.contoso.com',
    ]);
    expect(report.plan).toMatchObject({ steps: 5, lastStep: 'st5' });
    expect(report.plan!.describes).toContain('the state after its last step (step 5 — Decommission the 2010 pool)');
    // The 2010 pool's warning is not in the last state, but it is in the report, once, with its states.
    const noOwas = report.findings.filter((f) => f.rule === 'TB-OWAS-FOR-CONFERENCING');
    expect(noOwas).toEqual([expect.objectContaining({ steps: ['st2', 'st3'] })]);
    expect(report.runbook!.map((state) => state.id)).toEqual(['start', 'st1', 'st2', 'st3', 'st4', 'st5']);
  });

  it('writes the runbook in Markdown: a heading per state, numbered actions, procedures with links, pool load', () => {
    const md = reportMarkdown(designReport(smallMigrationWithLateOfficeWebApps()));
    expect(md).toContain('## Findings\n\n| Severity | Rule | Message | Holds in | Source |');
    expect(md).toContain(
      '| warning | TB-OWAS-FOR-CONFERENCING | Front End pool pool2013.contoso.com hosts conferences without Office Web Apps;',
    );
    expect(md).toMatch(/need an Office Web Apps farm\. \| step 2 to step 3 \| \[Define and configure a Front End pool/);
    const runbook = md.slice(md.indexOf('## Migration runbook'));
    expect(runbook.match(/^### .*/gm)).toEqual([
      '### Start — the estate before the plan',
      '### Step 1 — Deploy the pilot pool',
      '### Step 2 — Move the pilot users',
      '### Step 3 — Move the remaining users',
      '### Step 4 — Move dial-in numbers',
      '### Step 5 — Decommission the 2010 pool',
    ]);
    const step5 = runbook.slice(runbook.indexOf('### Step 5'));
    expect(step5).toContain(
      'Phase 8 — Decommission the legacy pools ([Phase 8: Decommission legacy pools](https://technet.microsoft.com/en-us/library/JJ204724(v=OCS.15))); id st5.',
    );
    expect(step5).toContain(
      '1. Move 5 response groups from pool2010.contoso.com to pool2013.contoso.com\n2. Move the Central Management Server from pool2010.contoso.com to pool2013.contoso.com\n3. Decommission Front End pool pool2010.contoso.com (2 servers)',
    );
    expect(step5).toContain('  - Stop the Lync Server 2010 services. ([Stop Lync Server 2010 services](https://');
    expect(step5).toContain('| pool2013.contoso.com | Front End pool | Dallas | 2,050 | 3 | 1 | 20,001 | 10.2 |');
    expect(step5).not.toContain('hosts conferences without Office Web Apps');
    const step2 = runbook.slice(runbook.indexOf('### Step 2'), runbook.indexOf('### Step 3'));
    expect(step2).toContain(
      '- warning TB-OWAS-FOR-CONFERENCING: Front End pool pool2013.contoso.com hosts conferences',
    );
    expect(step2).toContain('holds in step 2 to step 3)');
    const step3 = runbook.slice(runbook.indexOf('### Step 3'), runbook.indexOf('### Step 4'));
    expect(step3).toContain('pool2013.contoso.com hosts conferences without Office Web Apps');
    expect(step3).toContain('And 2 notes, listed under Findings.');
    const step4 = runbook.slice(runbook.indexOf('### Step 4'), runbook.indexOf('### Step 5'));
    expect(step4).not.toContain('hosts conferences without Office Web Apps');
  });

  it('writes the runbook in CSV as one table, a row per line item, as many fields in every row', () => {
    const csv = reportCsv(designReport(smallMigration().design));
    const block = csv.slice(csv.indexOf('Section,State,')).split('\r\n').filter(Boolean);
    expect(block[0]).toBe(
      'Section,State,Id,Phase,Item,Text,Severity,Rule,Holds in,Site,Users,Servers,Servers needed,Capacity (users),Load %,Source,Source title,Source URL',
    );
    expect(block).toContain(
      'Migration runbook,step 3 — Move the remaining users,st3,6,action,"Move 2,000 users at Dallas to pool2013.contoso.com",,,,,,,,,,,,',
    );
    expect(block).toContain(
      'Migration runbook,step 3 — Move the remaining users,st3,6,pool load,pool2013.contoso.com (Front End pool),,,,Dallas,2050,3,1,20001,10.2,,,',
    );
    // Every row has the header's 18 fields (a quoted comma is not a field separator).
    const fields = (line: string) => line.replace(/"(?:[^"]|"")*"/g, 'x').split(',').length;
    expect(new Set(block.map(fields))).toEqual(new Set([18]));
  });

  it('gives JSON a runbook array after the other sections', () => {
    const json = JSON.parse(reportJson(designReport(smallMigration().design)));
    expect(Object.keys(json)).toEqual([
      'design',
      'totals',
      'plan',
      'billOfMaterials',
      'pools',
      'links',
      'findings',
      'waived',
      'staleWaivers',
      'runbook',
    ]);
    expect(json.runbook[4]).toMatchObject({
      index: 4,
      id: 'st4',
      phase: { number: 7 },
      actions: ['Move 2 dial-in access numbers from pool2010.contoso.com to pool2013.contoso.com'],
    });
  });

  it('gives a design without a plan the planning report, unchanged: no plan, no runbook, no states', () => {
    const design = plain();
    expect(designReport(design)).toEqual(planningReport(design, validateWithWaivers(design)));
    expect(designReport(design)).not.toHaveProperty('runbook');
    expect(reportMarkdown(designReport(design))).not.toContain('runbook');
    expect(designReport({ ...design, migration: { steps: [] } })).toEqual(designReport(design));
  });
});
