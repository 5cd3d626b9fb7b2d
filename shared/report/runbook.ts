import { type MigrationProcedure, migrationPhase } from '../catalog/migrationPhases';
import { sourcePage } from '../catalog/sourcePages';
import { START_STATE } from '../model/migration';
import type { Pool } from '../model/pool';
import type { PlanCheck } from '../plan/checkPlan';
import { stateDiff } from '../plan/stateDiff';
import type { PlanFinding } from '../rules/define/migrationRule';
import { describePool, stepTitle } from '../wording/entityNames';
import { stepActionWords } from './actionWording';
import { type PoolLoadRow, poolLoad, type ReportFinding, reportFinding } from './planningReport';
import { stepChanges } from './stepSummary';

/** Where a runbook line comes from: the migration guide's page, by its path, title and public address. */
export interface RunbookSource {
  source: string;
  sourceTitle: string;
  sourceUrl?: string;
}

/** A procedure the migration guide lists for a phase; `steps` where its page is itself a list of pages. */
export type RunbookProcedure = RunbookSource & { text: string; steps?: RunbookProcedure[] };

export type RunbookPhase = RunbookSource & { number: number; name: string };

/** A finding in a state of the plan, with every state it holds in (migration.md). */
export type RunbookFinding = ReportFinding & PlanFinding;

/**
 * One state of the plan as the runbook gives it: `start` (index 0, the estate before the plan, no phase and no
 * actions), or the state after a step (index 1 for the first step): what the step does, what the migration guide
 * says to do in its phase, the pools' load once it is done and what holds then.
 */
export interface RunbookState {
  index: number;
  id: string;
  /** "step 3 — Move the remaining users", or "start — the estate before the plan". */
  title: string;
  name?: string;
  phase?: RunbookPhase;
  /** The 2010 pool whose migration the step belongs to: "Front End pool pool2010.contoso.com". */
  legacyPool?: string;
  notes?: string;
  /** What the step changes, at a glance (`stepChanges`: "+ pool2013 (4 FE)"), as its diagram marks it. */
  changes: string[];
  actions: string[];
  procedures: RunbookProcedure[];
  pools: PoolLoadRow[];
  /** The step's own findings (its transition's, naming the step first) first, then the state's, most severe first. */
  findings: RunbookFinding[];
}

export interface Runbook {
  start: RunbookState;
  steps: RunbookState[];
}

export const START_TITLE = `${START_STATE} — the estate before the plan`;

const withSource = <T extends object>(fields: T, source: string): T & RunbookSource => {
  const page = sourcePage(source);
  return { ...fields, source, sourceTitle: page.title, ...(page.url ? { sourceUrl: page.url } : {}) };
};

function runbookProcedure(procedure: MigrationProcedure): RunbookProcedure {
  return withSource(
    { text: procedure.text, ...(procedure.steps ? { steps: procedure.steps.map(runbookProcedure) } : {}) },
    procedure.source,
  );
}

/**
 * The migration runbook of a design with a plan, from its check (`checkPlan`: every state validated, the design's
 * waivers applied, so a waived finding is not in the runbook either). A design without a plan has a runbook of its
 * start alone.
 */
export function runbook(check: PlanCheck): Runbook {
  const { states, byState } = check.validation;
  const findingsOf = (id: string): RunbookFinding[] => {
    const holding = check.findings.filter((finding) => finding.steps.includes(id));
    // A transition finding names its step first (migration.md): the step's own findings lead.
    const own = holding.filter((finding) => finding.subjects[0] === id);
    return [...own, ...holding.filter((finding) => finding.subjects[0] !== id)].map((finding) => ({
      ...reportFinding(finding),
      steps: finding.steps,
    }));
  };
  const stateOf = (index: number, id: string) => ({
    pools: poolLoad(states.stateAt(index - 1), byState.get(id)!.figures),
    findings: findingsOf(id),
  });
  const start: RunbookState = {
    index: 0,
    id: START_STATE,
    title: START_TITLE,
    changes: [],
    actions: [],
    procedures: [],
    ...stateOf(0, START_STATE),
  };
  const steps = states.steps.map((step, k): RunbookState => {
    const phase = migrationPhase(step.phase);
    const legacy = step.legacyPoolId ? states.file.entity(step.legacyPoolId) : undefined;
    const { pools, findings } = stateOf(k + 1, step.id);
    const [before, after] = [states.stateAt(k - 1), states.stateAt(k)];
    return {
      index: k + 1,
      id: step.id,
      title: stepTitle(k, step.name),
      name: step.name,
      ...(phase ? { phase: withSource({ number: phase.number, name: phase.name }, phase.source) } : {}),
      ...(step.legacyPoolId
        ? {
            legacyPool: legacy?.collection === 'pools' ? describePool(legacy.entity as Pool) : step.legacyPoolId,
          }
        : {}),
      ...(step.notes ? { notes: step.notes } : {}),
      changes: stepChanges(stateDiff(before, after), before, after),
      actions: stepActionWords(step, before, states.file),
      procedures: (phase?.procedures ?? []).map(runbookProcedure),
      pools,
      findings,
    };
  });
  return { start, steps };
}
