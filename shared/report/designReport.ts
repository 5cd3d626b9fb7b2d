import type { Design } from '../model/design';
import { checkPlan } from '../plan/checkPlan';
import { validateWithWaivers } from '../waivers/applyWaivers';
import { stepTitle } from '../wording/entityNames';
import { type PlanningReport, planningReport } from './planningReport';
import { runbook } from './runbook';

/**
 * The report `lyncplan report` prints (cli.md, migration.md). A design without a plan gets the planning report of
 * version 1, unchanged. A design with a plan is one topology that changes over time: the bill of materials, pool
 * load and links are those of the last state (what the plan leaves standing), the findings are every state's, each
 * listed once with the states it holds in (as `lyncplan check` lists them), and the runbook goes through the states.
 */
export function designReport(design: Design): PlanningReport {
  const steps = design.migration?.steps ?? [];
  if (steps.length === 0) return planningReport(design, validateWithWaivers(design));
  const check = checkPlan(design);
  const { states, byState } = check.validation;
  const last = steps[steps.length - 1]!;
  const lastState = states.stateAt(steps.length - 1);
  const report = planningReport(lastState, {
    ...byState.get(last.id)!,
    findings: check.findings,
    waivers: check.waivers,
  });
  const book = runbook(check);
  const { design: about, totals, ...tables } = report;
  return {
    design: about,
    totals,
    plan: {
      steps: steps.length,
      lastStep: last.id,
      describes: `This design has a migration plan of ${steps.length === 1 ? 'one step' : `${steps.length} steps`}. The bill of materials, pool load and link bandwidth describe the state after its last step (${stepTitle(steps.length - 1, last.name)}); the findings are those of every state, each listed once with the states it holds in; the migration runbook goes through the states one by one.`,
    },
    ...tables,
    runbook: [book.start, ...book.steps],
  };
}
