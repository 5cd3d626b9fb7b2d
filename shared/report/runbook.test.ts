import { describe, expect, it } from 'vitest';
import { MIGRATION_PHASES } from '../catalog/migrationPhases';
import { SOURCES } from '../catalog/sources';
import type { Design } from '../model/design';
import { checkPlan } from '../plan/checkPlan';
import { smallMigration, smallMigrationWithLateOfficeWebApps } from '../testing/smallMigration';
import { runbook } from './runbook';

const usersOn = (state: { pools: Array<{ pool: string; users: number }> }, fqdn: string) =>
  state.pools.find((row) => row.pool === fqdn)?.users;

describe('the migration runbook', () => {
  it('gives each step its place, phase, legacy pool, notes and actions, after the estate before the plan', () => {
    const { design } = smallMigration();
    design.migration.steps[0]!.notes = 'Change window: Saturday 22:00.';
    const { start, steps } = runbook(checkPlan(design));
    expect(start).toMatchObject({ index: 0, id: 'start', title: 'start — the estate before the plan', actions: [] });
    expect(steps.map((step) => [step.index, step.id, step.title, step.phase?.name])).toEqual([
      [1, 'st1', 'step 1 — Deploy the pilot pool', 'Phase 3 — Deploy the pilot pool'],
      [2, 'st2', 'step 2 — Move the pilot users', 'Phase 4 — Move test users to the pilot pool'],
      [3, 'st3', 'step 3 — Move the remaining users', 'Phase 6 — Move the pilot into production'],
      [4, 'st4', 'step 4 — Move dial-in numbers', 'Phase 7 — Complete post-migration tasks'],
      [5, 'st5', 'step 5 — Decommission the 2010 pool', 'Phase 8 — Decommission the legacy pools'],
    ]);
    expect(steps[0]).toMatchObject({
      legacyPool: 'Front End pool pool2010.contoso.com',
      notes: 'Change window: Saturday 22:00.',
      phase: {
        number: 3,
        source: 'Lync/LyncServer/phase-3-deploy-lync-server-2013-pilot-pool.md',
        sourceTitle: 'Phase 3: Deploy Lync Server 2013 pilot pool',
        sourceUrl: 'https://technet.microsoft.com/en-us/library/JJ205367(v=OCS.15)',
      },
    });
    expect(steps[1]!.legacyPool).toBeUndefined();
    expect(steps[2]!.actions).toEqual(['Move 2,000 users at Dallas to pool2013.contoso.com']);
    expect(steps[4]!.actions).toHaveLength(3);
  });

  it("lists the guide's procedures for the step's phase with their pages, the nested lists of phase 8 too", () => {
    const { design } = smallMigration();
    const { steps } = runbook(checkPlan(design));
    const phase8 = MIGRATION_PHASES.find((phase) => phase.number === 8)!;
    const last = steps[4]!;
    expect(last.procedures.map((p) => p.text)).toEqual(phase8.procedures.map((p) => p.text));
    expect(last.procedures.find((p) => p.source === SOURCES.moveCms)).toMatchObject({
      sourceTitle: expect.stringContaining('Central Management'),
      sourceUrl: expect.stringMatching(/^https:\/\/technet\.microsoft\.com\//),
    });
    const removePool = last.procedures.find((p) => p.source === SOURCES.removeLegacyFrontEnd)!;
    expect(removePool.steps?.map((p) => p.sourceTitle)).toHaveLength(5);
    expect(removePool.steps?.every((p) => p.sourceUrl?.startsWith('https://'))).toBe(true);
  });

  it('gives the pool load of the state after each step: the users move, the 2010 pool goes', () => {
    const { design } = smallMigration();
    const { start, steps } = runbook(checkPlan(design));
    expect(usersOn(start, 'pool2010.contoso.com')).toBe(2_050);
    expect(usersOn(start, 'pool2013.contoso.com')).toBeUndefined();
    expect(usersOn(steps[1]!, 'pool2013.contoso.com')).toBe(50);
    expect(usersOn(steps[1]!, 'pool2010.contoso.com')).toBe(2_000);
    expect(usersOn(steps[2]!, 'pool2013.contoso.com')).toBe(2_050);
    expect(steps[4]!.pools.map((row) => row.pool)).toEqual([
      'sql2013.contoso.com',
      'fs2013.contoso.com',
      'pool2013.contoso.com',
    ]);
    expect(steps[4]!.pools[2]).toMatchObject({ role: 'Front End pool', site: 'Dallas', servers: 3 });
  });

  it('lists the findings that hold in each state, the ones it gives the step itself first', () => {
    const design = smallMigrationWithLateOfficeWebApps();
    const check = checkPlan(design);
    // A transition finding (migration.md): the step id first in its subjects, the step its one state.
    const mig = {
      rule: 'MIG-TEST',
      severity: 'info' as const,
      subjects: ['st4', 'p-2'],
      message: 'Step 4 says something.',
      source: SOURCES.moveCms,
      steps: ['st4'],
    };
    const { start, steps } = runbook({ ...check, findings: [...check.findings, mig] });
    const noOwas = (state: { findings: Array<{ rule: string; message: string }> }) =>
      state.findings.some((f) => f.rule === 'TB-OWAS-FOR-CONFERENCING' && f.message.includes('pool2013.contoso.com'));
    // The 2013 pool hosts conferences without Office Web Apps from its first users (step 2) until step 4 adds them.
    expect([start, ...steps].map(noOwas)).toEqual([false, false, true, true, false, false]);
    expect(steps[3]!.findings[0]).toMatchObject({ rule: 'MIG-TEST', steps: ['st4'], sourceUrl: expect.any(String) });
    expect(steps[2]!.findings.some((f) => f.rule === 'MIG-TEST')).toBe(false);
    for (const state of [start, ...steps]) for (const f of state.findings) expect(f.steps).toContain(state.id);
  });

  it('leaves out what the design waives', () => {
    const { design, ids } = smallMigration();
    const waived: Design = {
      ...design,
      waivers: [
        {
          id: 'w-1',
          rule: 'TOPO-FE-MIN-3',
          subjects: [ids.fe2010],
          value: 2,
          reason: 'The 2010 pool goes in step 5.',
          author: 'A. Architect',
          waivedAt: '2026-11-02T09:30:00.000Z',
        },
      ],
    };
    const { start } = runbook(checkPlan(waived));
    expect(start.findings.some((f) => f.rule === 'TOPO-FE-MIN-3')).toBe(false);
    expect(start.findings.length).toBeGreaterThan(0);
  });
});
