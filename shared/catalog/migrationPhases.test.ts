import { describe, expect, it } from 'vitest';
import { MIGRATION_PHASES, type MigrationProcedure, migrationPhase } from './migrationPhases';
import { SOURCE_PAGES } from './sourcePages';

/** Every procedure of a phase, the steps of a procedure included. */
function allProcedures(procedures: readonly MigrationProcedure[]): MigrationProcedure[] {
  return procedures.flatMap((procedure) => [procedure, ...allProcedures(procedure.steps ?? [])]);
}

describe('the migration phases catalog', () => {
  it("has the guide's eight phases in order, named as the runbook prints them", () => {
    expect(MIGRATION_PHASES.map(({ number }) => number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(MIGRATION_PHASES.map(({ name }) => name)).toEqual([
      'Phase 1 — Plan the migration',
      'Phase 2 — Prepare for migration',
      'Phase 3 — Deploy the pilot pool',
      'Phase 4 — Move test users to the pilot pool',
      'Phase 5 — Add the pilot Edge pool',
      'Phase 6 — Move the pilot into production',
      'Phase 7 — Complete post-migration tasks',
      'Phase 8 — Decommission the legacy pools',
    ]);
  });

  it("records each phase page's exact title, as the source pages table has it", () => {
    expect(migrationPhase(3)?.title).toBe('Phase 3: Deploy Lync Server 2013 pilot pool');
    for (const phase of MIGRATION_PHASES) {
      expect(phase.source).toMatch(new RegExp(`^Lync/LyncServer/phase-${phase.number}-[a-z0-9-]+\\.md$`));
      expect(SOURCE_PAGES[phase.source]?.title, phase.source).toBe(phase.title);
      expect(phase.title.startsWith(`Phase ${phase.number}: `)).toBe(true);
    }
  });

  it('lists as many procedures per phase as the phase pages do, and the steps of the two Phase 8 lists', () => {
    expect(MIGRATION_PHASES.map(({ procedures }) => procedures.length)).toEqual([6, 6, 6, 4, 2, 5, 13, 7]);
    const withSteps = MIGRATION_PHASES.flatMap(({ procedures }) => procedures.filter(({ steps }) => steps));
    expect(withSteps.map(({ source, steps }) => [source, steps?.length])).toEqual([
      ['Lync/LyncServer/remove-the-enterprise-edition-front-end-server-or-standard-edition-front-end-server.md', 5],
      ['Lync/LyncServer/remove-sql-server-instances-and-databases-on-the-back-end-server.md', 3],
    ]);
    // The guide's own order where it matters to a plan: DNS first, the Central Management Server before the pool.
    expect(
      migrationPhase(8)
        ?.procedures.map(({ source }) => source.replace('Lync/LyncServer/', ''))
        .slice(0, 3),
    ).toEqual([
      'update-dns-srv-records.md',
      'move-the-lync-server-2010-central-management-server-to-lync-server-2013.md',
      'move-lync-server-2010-conference-directories-to-lync-server-2013.md',
    ]);
  });

  it('gives every procedure a sentence of its own and a page the source pages table lists', () => {
    const procedures = MIGRATION_PHASES.flatMap((phase) => allProcedures(phase.procedures));
    expect(procedures).toHaveLength(49 + 8);
    for (const { text, source } of procedures) {
      expect(text.trim().length, source).toBeGreaterThan(20);
      expect(text, source).toMatch(/^[A-Z].*\.$/);
      expect(Object.hasOwn(SOURCE_PAGES, source), `no source page for ${source}`).toBe(true);
      // A sentence of our own, not the page's title.
      expect(text.toLowerCase(), source).not.toContain(SOURCE_PAGES[source]!.title.toLowerCase());
    }
    // No page is cited by two procedures: each sub-page is one procedure of the guide.
    expect(new Set(procedures.map(({ source }) => source)).size).toBe(procedures.length);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(MIGRATION_PHASES)).toBe(true);
    for (const phase of MIGRATION_PHASES) {
      expect(Object.isFrozen(phase)).toBe(true);
      expect(Object.isFrozen(phase.procedures)).toBe(true);
      for (const procedure of allProcedures(phase.procedures)) {
        expect(Object.isFrozen(procedure)).toBe(true);
        if (procedure.steps) expect(Object.isFrozen(procedure.steps)).toBe(true);
      }
    }
  });
});

describe('migrationPhase', () => {
  it('finds a phase by its number', () => {
    expect(migrationPhase(1)?.name).toBe('Phase 1 — Plan the migration');
    expect(migrationPhase(5)?.source).toBe('Lync/LyncServer/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.md');
    expect(migrationPhase(8)?.title).toBe('Phase 8: Decommission legacy pools');
  });

  it('finds nothing for a number that is not a phase', () => {
    for (const number of [0, 9, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(migrationPhase(number)).toBeUndefined();
    }
  });
});
