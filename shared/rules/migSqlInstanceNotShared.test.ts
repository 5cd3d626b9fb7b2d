import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

const of = (design: ReturnType<typeof smallMigration>['design'], rule: string) =>
  validatePlan(design).findings.filter((f) => f.rule === rule);

describe('MIG-SQL-INSTANCE-NOT-SHARED', () => {
  it('a step that puts the 2013 pool on the 2010 Back End is one error naming the step, not two', () => {
    const { design, ids } = smallMigration();
    // The pilot pool's Back End association points at the 2010 SQL store instead of its own.
    const association = design.associations.find((a) => a.id === ids.a2013)!;
    association.to = ids.be2010;
    const findings = of(design, 'MIG-SQL-INSTANCE-NOT-SHARED');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st1', ids.fe2013, ids.be2010, ids.fe2010],
        steps: ['st1', 'st2', 'st3', 'st4'],
      }),
    ]);
    expect(findings[0]!.message).toContain('Back End SQL store sql2010.contoso.com holds the databases of Lync 2010');
    expect(findings[0]!.message).toContain(
      'from step st1 ("Deploy the pilot pool"), of Lync 2013 Front End pool pool2013',
    );
    // The state rule says nothing inside a plan: the fact is reported once.
    expect(of(design, 'TB-SQL-NOT-SHARED-ACROSS-VERSIONS')).toEqual([]);
  });

  it('a Back End whose version a step changes still may not serve both versions', () => {
    const { design, ids } = smallMigration();
    const steps = design.migration!.steps;
    // Keep the 2010 SQL store when the 2010 pool goes, then relabel it 2013 and point the 2013 pool at it.
    steps[4]!.actions[2] = { op: 'remove', ids: [ids.fe2010] };
    steps.push({
      id: 'st6',
      phase: 8,
      name: 'Reuse the old SQL store',
      actions: [
        { op: 'set', id: ids.be2010, fields: { version: 2013 } },
        { op: 'set', id: ids.a2013, fields: { to: ids.be2010 } },
      ],
    });
    const findings = of(design, 'MIG-SQL-INSTANCE-NOT-SHARED');
    expect(findings.map((f) => [f.subjects, f.steps])).toEqual([
      [['st6', ids.fe2013, ids.be2010, ids.fe2010], ['st6']],
    ]);
  });

  it('the small migration, each pool on its own Back End, passes', () => {
    expect(of(smallMigration().design, 'MIG-SQL-INSTANCE-NOT-SHARED')).toEqual([]);
  });
});
