import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

/** The small migration with a 2010 Edge; the pilot pool gets its media association in `step` (0: with the pool). */
function withEdgeAssociation(step: number) {
  const { design, ids } = smallMigration();
  design.pools.push({
    id: 'edge2010',
    siteId: design.pools[0]!.siteId,
    role: 'edge',
    fqdn: 'edge2010.contoso.com',
    version: 2010,
  });
  design.associations.push({ id: 'a-media', kind: 'edge', from: ids.fe2013, to: 'edge2010' });
  design.migration!.steps[step]!.actions.push({ op: 'add', ids: ['a-media'] });
  return { design, ids };
}

const of = (design: ReturnType<typeof smallMigration>['design']) =>
  validatePlan(design).findings.filter((f) => f.rule === 'MIG-PILOT-NO-EDGE-ASSOC-AT-DEPLOY');

describe('MIG-PILOT-NO-EDGE-ASSOC-AT-DEPLOY', () => {
  it('the step that deploys the pilot pool also associating it with an Edge is a warning', () => {
    const { design, ids } = withEdgeAssociation(0);
    expect(of(design)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st1', ids.fe2013, 'edge2010'],
        steps: ['st1'],
        message: expect.stringContaining(
          'step st1 ("Deploy the pilot pool") deploys the pilot Front End pool pool2013.contoso.com already associated with Edge pool edge2010.contoso.com for media',
        ),
      }),
    ]);
  });

  it('associating the pilot pool with the legacy Edge in a later step passes', () => {
    expect(of(withEdgeAssociation(1).design)).toEqual([]);
  });
});
