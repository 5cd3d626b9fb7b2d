import { parseDesign } from '../../shared/format/parseDesign';
import { serializeDesign } from '../../shared/format/serializeDesign';
import { createPlanValidator } from '../../shared/plan/planValidator';
import { validatePlan } from '../../shared/plan/validatePlan';
import { SIZE_1K, SIZE_10K, syntheticDesign } from '../../shared/testing/syntheticDesign';
import { syntheticPlan } from '../../shared/testing/syntheticPlan';
import { createValidator, validate } from '../../shared/validate';
import { createWaiverView } from '../../shared/waivers/applyWaivers';
import { benchDuplicateIds } from './duplicateIdsBench';

/** Runs `work` repeatedly after a warm-up and prints `<scenario>: median <ms> ms, p95 <ms> ms (n=<runs>)`. */
function measure(scenario: string, runs: number, work: (run: number) => void): number {
  for (let i = 0; i < Math.min(5, runs); i++) work(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  return report(scenario, times);
}

/** Prints one scenario's line and returns its median. */
function report(scenario: string, times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
  console.log(`${scenario}: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (n=${sorted.length})`);
  return median;
}

const design1k = syntheticDesign(SIZE_1K);
const design10k = syntheticDesign(SIZE_10K);
console.log(
  `# designs: 1k = ${design1k.servers.length} servers, ${design1k.userGroups.length} groups, ${design1k.links.length} links; 10k = ${design10k.servers.length} servers, ${design10k.userGroups.length} groups, ${design10k.links.length} links`,
);

measure('validate-1k', 50, () => validate(design1k));
measure('validate-10k', 30, () => validate(design10k));

// One edit at a time, as the canvas sends them: a user group's count changes, the validator sees the new design.
const validator = createValidator();
validator.validate(design10k);
let current = design10k;
measure('revalidate-10k-one-edit', 200, (run) => {
  const index = Math.abs(run * 7919) % current.userGroups.length;
  const userGroups = current.userGroups.slice();
  userGroups[index] = { ...userGroups[index]!, count: 50 + (Math.abs(run) % 500) };
  current = { ...current, userGroups };
  validator.validate(current);
});

// The same edits with 200 of the design's findings waived, as the document store applies them after each validation.
const waivers = validate(design10k)
  .findings.filter((_finding, i) => i % 5 === 0)
  .slice(0, 200)
  .map((finding, i) => ({
    id: `w-${i}`,
    rule: finding.rule,
    subjects: finding.subjects,
    ...(finding.value !== undefined ? { value: finding.value } : {}),
    reason: 'Accepted for the benchmark',
    author: 'bench',
    waivedAt: '2026-01-01T00:00:00.000Z',
  }));
const waived = { ...design10k, waivers };
const waivedValidator = createValidator();
const view = createWaiverView();
view(waivedValidator.validate(waived), waivers);
let waivedCurrent = waived;
console.log(`# waivers: ${waivers.length} of ${validate(design10k).findings.length} findings`);
measure('revalidate-10k-one-edit-waived', 200, (run) => {
  const index = Math.abs(run * 7919) % waivedCurrent.userGroups.length;
  const userGroups = waivedCurrent.userGroups.slice();
  userGroups[index] = { ...userGroups[index]!, count: 50 + (Math.abs(run) % 500) };
  waivedCurrent = { ...waivedCurrent, userGroups };
  view(waivedValidator.validate(waivedCurrent), waivedCurrent.waivers);
});

const text = serializeDesign(design10k);
console.log(`# parse input: ${(text.length / 1_048_576).toFixed(1)} MB of .lyncplan text`);
// Interleaved, so that both see the same garbage-collector state: a fair floor to compare with.
const parseTimes: number[] = [];
const jsonTimes: number[] = [];
for (let run = -5; run < 30; run++) {
  let start = performance.now();
  JSON.parse(text);
  const json = performance.now() - start;
  start = performance.now();
  if (!parseDesign(text).ok) throw new Error('the synthetic design does not parse');
  const parse = performance.now() - start;
  if (run >= 0) {
    jsonTimes.push(json);
    parseTimes.push(parse);
  }
}
const parse = report('parse-10k', parseTimes);
const floor = report('json-parse-10k', jsonTimes);
console.log(`# parse-10k / json-parse-10k = ${(parse / floor).toFixed(2)}x (target: within 3x)`);

// Migration plans: every state and every transition of a 10-step plan, validated as `lyncplan check` does.
const plan1k = syntheticPlan(design1k);
const plan10k = syntheticPlan(design10k);
for (const plan of [plan1k, plan10k]) {
  const checked = parseDesign(serializeDesign(plan));
  if (!checked.ok) throw new Error(`the synthetic plan does not parse: ${checked.error.message}`);
}
console.log(
  `# plans: ${plan10k.migration!.steps.length} steps; states validated in plan order by one incremental validator`,
);
measure('validate-plan-1k-10-steps', 20, () => validatePlan(plan1k));
const planTarget = measure('validate-10k', 20, () => validate(design10k));
const whole = measure('validate-plan-10k-10-steps', 10, () => validatePlan(plan10k));
console.log(`# validate-plan-10k-10-steps / validate-10k = ${(whole / planTarget).toFixed(2)}x (target: under 3x)`);

// One user-count edit in the state of step 5 of the 10k plan, re-validating that state from the one before.
const planned = validatePlan(plan10k);
const step5 = planned.states.stateAt(4);
const stepValidator = createValidator({ inPlan: true });
stepValidator.validate(step5);
let edited = step5;
measure('revalidate-plan-one-edit', 200, (run) => {
  const index = Math.abs(run * 7919) % edited.userGroups.length;
  const userGroups = edited.userGroups.slice();
  userGroups[index] = { ...userGroups[index]!, count: 50 + (Math.abs(run) % 500) };
  edited = { ...edited, userGroups };
  stepValidator.validate(edited);
});

// The same kind of edit as the canvas makes it with step 5 selected: recorded in the plan (a `set` of step 5's), so a
// new plan design, through the plan validator the canvas keeps, which re-validates the states of steps 5 to 10 from
// their own previous results, keeps the states before, and runs the MIG rules again.
const planValidator = createPlanValidator();
planValidator.validate(plan10k);
const baseSteps = plan10k.migration!.steps;
measure('revalidate-plan-step-edit', 30, (run) => {
  const group = plan10k.userGroups[Math.abs(run * 7919) % plan10k.userGroups.length]!;
  const steps = baseSteps.slice();
  const step5 = steps[4]!;
  const count = 50 + (Math.abs(run) % 500);
  steps[4] = { ...step5, actions: [...step5.actions, { op: 'set', id: group.id, fields: { count } }] };
  planValidator.validate({ ...plan10k, migration: { ...plan10k.migration!, steps } });
});

// The duplicate-id check on the 300k duplicated ids (its own file: it builds a 30 MB design).
benchDuplicateIds(design10k);
