import { describe, expect, it } from 'vitest';
import type { Pool } from '../model/pool';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

/** The small migration with a 2010 Edge in the estate and a step of phase 5 that adds the pilot 2013 Edge. */
function withPilotEdge(edge: Partial<Pool>, associateFrom?: 'fe2010' | 'fe2013') {
  const { design, ids } = smallMigration();
  const siteId = design.pools[0]!.siteId;
  design.pools.push({
    id: 'edge2010',
    siteId,
    role: 'edge',
    fqdn: 'edge2010.contoso.com',
    version: 2010,
    federation: true,
  });
  design.pools.push({ id: 'edge2013', siteId, role: 'edge', fqdn: 'edge2013.contoso.com', ...edge } as Pool);
  const added = ['edge2013'];
  if (associateFrom) {
    design.associations.push({ id: 'a-media', kind: 'edge', from: ids[associateFrom], to: 'edge2013' });
    added.push('a-media');
  }
  design.migration!.steps.splice(2, 0, {
    id: 'st-edge',
    phase: 5,
    name: 'Add the pilot Edge',
    actions: [{ op: 'add', ids: added }],
  });
  return { design, ids };
}

const of = (design: ReturnType<typeof smallMigration>['design']) =>
  validatePlan(design).findings.filter((f) => f.rule === 'MIG-PILOT-EDGE-NO-FEDERATION');

describe('MIG-PILOT-EDGE-NO-FEDERATION', () => {
  it('a pilot Edge added with SIP and XMPP federation is a warning naming the step', () => {
    const { design } = withPilotEdge({ federation: true, xmpp: true });
    expect(of(design)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st-edge', 'edge2013'],
        steps: ['st-edge'],
        message:
          'step st-edge ("Add the pilot Edge") adds the pilot Lync 2013 Edge pool edge2013.contoso.com with SIP federation and XMPP federation enabled, while Lync 2010 Edge pool edge2010.contoso.com still carries federation; define the pilot Edge without federation or XMPP federation, and enable them on it at the federation cut-over (phase 6).',
      }),
    ]);
  });

  it('a pilot Edge added with a pool associated for media is a warning naming the pool', () => {
    const { design, ids } = withPilotEdge({}, 'fe2013');
    expect(of(design)).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: ['st-edge', 'edge2013', ids.fe2013] }),
    ]);
  });

  it('a pilot Edge with nothing enabled passes', () => {
    expect(of(withPilotEdge({ federation: false }).design)).toEqual([]);
  });
});
