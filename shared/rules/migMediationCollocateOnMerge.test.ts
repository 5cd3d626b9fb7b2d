import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

/** The small migration with a stand-alone 2010 Mediation pool, removed (collocated) in `removedAt`, or never. */
function withMediation(removedAt?: 'before' | 'never') {
  const { design, ids } = smallMigration();
  design.pools.push({
    id: 'med2010',
    siteId: design.pools[0]!.siteId,
    role: 'mediation',
    fqdn: 'med2010.contoso.com',
    version: 2010,
  });
  if (removedAt === 'before')
    design.migration!.steps.unshift({
      id: 'st0',
      phase: 2,
      name: 'Collocate the 2010 Mediation Server',
      actions: [{ op: 'remove', ids: ['med2010'] }],
    });
  return { design, ids };
}

const of = (design: ReturnType<typeof smallMigration>['design']) =>
  validatePlan(design).findings.filter((f) => f.rule === 'MIG-MEDIATION-COLLOCATE-ON-MERGE');

describe('MIG-MEDIATION-COLLOCATE-ON-MERGE', () => {
  it('deploying the first 2013 pool beside a stand-alone 2010 Mediation pool is a warning', () => {
    const { design, ids } = withMediation('never');
    expect(of(design)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st1', ids.fe2013, 'med2010'],
        message: expect.stringContaining(
          'while Lync 2010 Mediation pool med2010.contoso.com is a stand-alone Mediation Server',
        ),
      }),
    ]);
  });

  it('a 2010 Mediation collocated before the merge passes', () => {
    expect(of(withMediation('before').design)).toEqual([]);
  });
});
