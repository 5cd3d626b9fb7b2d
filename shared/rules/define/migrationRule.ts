import type { DesignIndex } from '../../analysis/designIndex';
import type { Design } from '../../model/design';
import type { Step } from '../../model/migration';
import type { PlanStates } from '../../plan/planStates';
import type { ValidationResult } from '../../validation/fullValidation';
import type { DesignVerdict } from './designRule';
import type { Finding } from './rule';

/** What a migration rule reads: the file, its states, and each state's validation (figures and lookups). */
export interface PlanContext {
  /** The design as the file writes it: every entity of every state, and the plan. */
  design: Design;
  states: PlanStates;
  /** The validation of the state after the step at this index (-1: `start`). */
  validationAt(stepIndex: number): ValidationResult;
}

/** A finding of a migration rule, with the states it holds in (migration.md: a transition finding's step). */
export interface PlanFinding extends Finding {
  steps: string[];
}

/** A `MIG-*` rule: it judges the plan, a step against the state before it, rather than one state. */
export interface MigrationRule {
  id: string;
  title: string;
  source: string;
  check(context: PlanContext): PlanFinding[];
}

/** One step, the states on each side of it and their lookups: what a transition rule compares. */
export interface Transition {
  step: Step;
  stepIndex: number;
  before: Design;
  after: Design;
  beforeIndex: DesignIndex;
  afterIndex: DesignIndex;
  context: PlanContext;
}

export interface TransitionRuleSpec {
  id: string;
  title: string;
  source: string;
  /** Verdicts about one step; their subjects are the entities concerned (the rule puts the step id first). */
  checkStep(transition: Transition): DesignVerdict[];
}

/**
 * A rule about each step of the plan, the action against the state before it: the finding names the step id first
 * in `subjects`, then the entities concerned, and holds in that step's state (migration.md, "Checking a plan").
 */
export function defineTransitionRule(spec: TransitionRuleSpec): MigrationRule {
  const { id, title, source } = spec;
  return {
    id,
    title,
    source,
    check(context) {
      const findings: PlanFinding[] = [];
      const { steps } = context.states;
      for (let k = 0; k < steps.length; k++) {
        const step = steps[k]!;
        const transition: Transition = {
          step,
          stepIndex: k,
          before: context.states.stateAt(k - 1),
          after: context.states.stateAt(k),
          beforeIndex: context.validationAt(k - 1).index,
          afterIndex: context.validationAt(k).index,
          context,
        };
        for (const verdict of spec.checkStep(transition))
          findings.push({ rule: id, ...verdict, subjects: [step.id, ...verdict.subjects], source, steps: [step.id] });
      }
      return findings;
    },
  };
}

export interface PlanRuleSpec {
  id: string;
  title: string;
  source: string;
  /** Verdicts about the plan as a whole, each saying the states it holds in (and a step id first if about one). */
  check(context: PlanContext): Array<DesignVerdict & { steps: string[] }>;
}

/** A rule about the whole plan at once (a name reused anywhere in it, phases out of order for a legacy pool). */
export function definePlanRule(spec: PlanRuleSpec): MigrationRule {
  const { id, title, source } = spec;
  return {
    id,
    title,
    source,
    check: (context) => spec.check(context).map((verdict) => ({ rule: id, ...verdict, source })),
  };
}
