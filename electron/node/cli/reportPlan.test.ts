import { describe, expect, it } from 'vitest';
import { builtLyncplanBinary } from './cliHarness';

const lyncplan = builtLyncplanBinary();

describe('lyncplan report on a design without a plan', () => {
  // The files under reportSnapshots/ were written by the report command as it was before the runbook existed.
  it.each([
    ['medium.lyncplan', 'md'],
    ['medium.lyncplan', 'csv'],
    ['medium.lyncplan', 'json'],
    ['waived-grown.lyncplan', 'md'],
    ['waived-grown.lyncplan', 'csv'],
  ])('prints %s as --format %s printed it before plans', async (file, format) => {
    const { status, stdout } = lyncplan('report', file, '--format', format);
    expect(status).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`./reportSnapshots/${file.replace('.lyncplan', '')}.${format}.txt`);
  });
});

describe('lyncplan report on a design with a migration plan', () => {
  it('--format md: the last state, every finding once with its states, then the runbook step by step', () => {
    const { status, stdout } = lyncplan('report', 'plan.lyncplan', '--format', 'md');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^1 site, 3 pools, 5 servers, 2,050 users\. Findings: 0 errors, /m);
    expect(stdout).toContain('describe the state after its last step (step 5 — Decommission the 2010 pool)');
    expect(stdout).toContain('| Severity | Rule | Message | Holds in | Source |');
    expect(stdout).toContain('## Migration runbook');
    expect(stdout).toContain(
      '1. Deploy Front End pool pool2013.contoso.com (3 servers) with Back End SQL store sql2013.contoso.com and file store fs2013.contoso.com',
    );
    expect(stdout).toContain('1. Move 2 dial-in access numbers from pool2010.contoso.com to pool2013.contoso.com');
    expect(stdout).toContain(
      '- Move every dial-in access number of the 2010 pool to a 2013 pool and check that none is left, or calls to it fail once the pool is gone. ([Migrate dial-in access numbers](https://technet.microsoft.com/en-us/library/JJ721909(v=OCS.15)))',
    );
  });

  it('--format csv and json carry the same runbook', () => {
    const csv = lyncplan('report', 'plan.lyncplan', '--format', 'csv').stdout;
    expect(csv).toContain('\r\n\r\nSection,State,Id,Phase,Item,Text,Severity,Rule,Holds in,');
    expect(csv).toContain(
      'Migration runbook,step 5 — Decommission the 2010 pool,st5,8,action,Move the Central Management Server from pool2010.contoso.com to pool2013.contoso.com,',
    );
    const json = JSON.parse(lyncplan('report', 'plan.lyncplan', '--format', 'json').stdout);
    expect(json.runbook.map((state: { id: string }) => state.id)).toEqual(['start', 'st1', 'st2', 'st3', 'st4', 'st5']);
    expect(json.runbook[3].pools).toContainEqual(
      expect.objectContaining({ pool: 'pool2013.contoso.com', users: 2_050 }),
    );
    const check = JSON.parse(lyncplan('check', 'plan.lyncplan', '--json').stdout);
    expect(json.findings.map((f: { message: string; steps: string[] }) => [f.message, f.steps])).toEqual(
      check.findings.map((f: { message: string; steps: string[] }) => [f.message, f.steps]),
    );
  });
});
