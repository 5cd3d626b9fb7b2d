import { describe, expect, it } from 'vitest';
import { builtLyncplanBinary } from './cliHarness';

const lyncplan = builtLyncplanBinary();

describe('lyncplan check on a design with a migration plan (migration.md)', () => {
  it('--json lists each finding once with the states it holds in, the last state figures and figures by state', () => {
    const { status, stdout } = lyncplan('check', 'plan.lyncplan', '--json');
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['findings', 'figures', 'figuresByStep']);
    expect(Object.keys(output.figuresByStep)).toEqual(['start', 'st1', 'st2', 'st3', 'st4', 'st5']);
    expect(output.figures).toEqual(output.figuresByStep.st5);
    // The 2010 pool homes 2,050 users before the plan and none once they have moved; it is gone after step 5.
    expect(output.figuresByStep.start.pools['p-2'].users).toBe(2_050);
    expect(output.figuresByStep.st3.pools['p-2'].users).toBe(0);
    expect(output.figuresByStep.st5.pools['p-2']).toBeUndefined();
    expect(output.figuresByStep.st3.pools[Object.keys(output.figuresByStep.st5.pools)[0]!].users).toBe(2_050);
    for (const finding of output.findings) {
      expect(finding.steps.length).toBeGreaterThan(0);
      const order = finding.steps.map((id: string) => Object.keys(output.figuresByStep).indexOf(id));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    const keys = output.findings.map((f: { rule: string; subjects: string[]; message: string }) =>
      JSON.stringify([f.rule, f.subjects, f.message]),
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(status).toBe(output.findings.some((f: { severity: string }) => f.severity === 'error') ? 1 : 0);
  });

  it('prints the readable report grouped by state, in plan order', () => {
    const { stdout } = lyncplan('check', 'plan.lyncplan');
    const headings = stdout.split('\n').filter((line) => /^(start|step \d+ — )/.test(line));
    expect(headings.map((line) => line.replace(/:.*$/, ''))).toEqual([
      'start',
      'step 1 — Deploy the pilot pool (phase 3, id st1)',
      'step 2 — Move the pilot users (phase 4, id st2)',
      'step 3 — Move the remaining users (phase 6, id st3)',
      'step 4 — Move dial-in numbers (phase 7, id st4)',
      'step 5 — Decommission the 2010 pool (phase 8, id st5)',
    ]);
  });

  it('--step checks one state and prints it as a design without a plan', () => {
    const { stdout } = lyncplan('check', 'plan.lyncplan', '--step', 'st2', '--json');
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['findings', 'figures']);
    const whole = JSON.parse(lyncplan('check', 'plan.lyncplan', '--json').stdout);
    expect(output.figures).toEqual(whole.figuresByStep.st2);
    for (const finding of output.findings) expect(finding.steps).toBeUndefined();
    const inState = whole.findings.filter((f: { steps: string[] }) => f.steps.includes('st2'));
    expect(output.findings.map((f: { message: string }) => f.message).sort()).toEqual(
      inState.map((f: { message: string }) => f.message).sort(),
    );
  });

  it('--step with an id that is no state exits 2 and lists the states', () => {
    const { status, stdout, stderr } = lyncplan('check', 'plan.lyncplan', '--step', 'st9');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no state "st9" in this design; its states are start, st1, st2, st3, st4, st5.');
  });

  it('exits 2 on a plan that names no entity, naming the place', () => {
    const { status, stdout, stderr } = lyncplan('check', 'broken-plan.lyncplan', '--json');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('migration.steps[3].actions[0].ids[1]: "fe9" names no entity');
  });

  it('prints a design without a plan exactly as version 1 does: no steps, no figures by state', () => {
    const output = JSON.parse(lyncplan('check', 'medium.lyncplan', '--json').stdout);
    expect(Object.keys(output)).toEqual(['findings', 'figures']);
    expect(output.findings.every((f: Record<string, unknown>) => !('steps' in f))).toBe(true);
    // cli.md: requiredServers wherever a capacity rule applies, the Edge pool's too (its remote users need one).
    expect(output.figures.pools['p-11']).toEqual({ users: 0, servers: 2, requiredServers: 1 });
    expect(lyncplan('check', 'medium.lyncplan', '--step', 'start', '--json').stdout).toBe(
      lyncplan('check', 'medium.lyncplan', '--json').stdout,
    );
  });
});
