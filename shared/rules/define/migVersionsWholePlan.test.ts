import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../plan/validatePlan';
import { smallMigration } from '../../testing/smallMigration';

/**
 * The small migration made whole (each Front End pool with its file store, which smallMigration leaves out) gives no
 * error in any state, with every migration rule registered; and the only word of the version rules is the one
 * note MIG-TOOLS-2013-ONLY says once per plan.
 */
describe('a whole valid migration', () => {
  it('holds no error finding in any state', () => {
    const { design, ids } = smallMigration();
    const siteId = design.pools[0]!.siteId;
    design.pools.push(
      { id: 'fs2010', siteId, role: 'fileStore', fqdn: 'fs2010.contoso.com', version: 2010 },
      { id: 'fs2013', siteId, role: 'fileStore', fqdn: 'fs2013.contoso.com' },
    );
    design.associations.push(
      { id: 'a-fs2010', kind: 'fileStore', from: ids.fe2010, to: 'fs2010' },
      { id: 'a-fs2013', kind: 'fileStore', from: ids.fe2013, to: 'fs2013' },
    );
    design.migration!.steps[0]!.actions[0] = {
      op: 'add',
      ids: [...(design.migration!.steps[0]!.actions[0] as { ids: string[] }).ids, 'fs2013', 'a-fs2013'],
    };
    const { findings } = validatePlan(design);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule.startsWith('MIG-')).map((f) => [f.rule, f.severity, f.steps])).toEqual([
      ['MIG-TOOLS-2013-ONLY', 'info', ['st1']],
    ]);
  });
});
