import { describe, expect, it } from 'vitest';
import type { HostedKind } from '../model/hosts';
import { editableMigration, planFindings } from './planEdits';

/**
 * The cases every "move this kind of hosted object before the pool goes" rule meets, on the small migration: its 2010
 * pool hosts `count` objects of `kind` (and 5 response groups, which another rule judges). The finding names the step
 * and the pool, counts the objects against a limit of 0 and says `message`; moving them first, in an earlier step or
 * earlier in the same one, quiets it, and moving them only after the removal does not.
 */
export function describeHostedObjectRule(rule: string, kind: HostedKind, count: number, message: string): void {
  describe(rule, () => {
    const hosting = () => {
      const plan = editableMigration();
      plan.pool(plan.ids.fe2010, { hosts: { [kind]: count, responseGroups: 5 } });
      return plan;
    };

    it('fires when the step removes a pool that still hosts them, with their count', () => {
      const plan = hosting();
      plan.drop('st4', () => false);
      plan.drop('st5', (action) => action.op !== 'moveHosted');
      expect(planFindings(plan.design, rule)).toEqual([
        expect.objectContaining({
          severity: 'error',
          subjects: ['st5', plan.ids.fe2010],
          steps: ['st5'],
          value: count,
          limit: 0,
          message,
        }),
      ]);
    });

    it('is quiet once they have moved, in an earlier step or earlier in the same one', () => {
      const plan = hosting();
      expect(planFindings(plan.design, rule)).toEqual([]);
      // Moved only after the removal, in the same step: the pool is gone by then.
      plan.drop('st4', () => false);
      const step = plan.step('st5');
      step.actions.push(step.actions.shift()!);
      expect(planFindings(plan.design, rule)).toEqual([expect.objectContaining({ value: count })]);
    });
  });
}
