import type { Design } from './model/design';
import {
  fullValidation,
  type ValidationOptions,
  type ValidationResult,
  type ValidationState,
} from './validation/fullValidation';
import { changedGroups, revalidateGroups } from './validation/revalidateGroups';
import { revalidateTopology } from './validation/revalidateTopology';
import { topologyChanges } from './validation/topologyChanges';

export { compareFindings } from './validation/findingOrder';
export type { ValidationResult } from './validation/fullValidation';

/**
 * The one entry point every host uses: the renderer on every change, the command line, the tests.
 * Findings come most severe first, then by rule id and subject, so their order never flickers.
 */
export function validate(design: Design): ValidationResult {
  return fullValidation(design).result;
}

/** A validator that remembers its last design, so the next one is checked from what changed. */
export interface Validator {
  validate(design: Design): ValidationResult;
  /**
   * A second validator that starts from this one's last design and goes its own way: the next designs of either are
   * checked from that design (a plan validator keeps one per state, all made while walking the plan once).
   */
  fork(): Validator;
}

/**
 * Validation on every drag frame and keystroke of a large design. An edit that changes only the layout or the
 * design's name changes no finding: the last result stands. An edit that changes only user groups' numbers
 * (count, remote share, traffic) updates the sums it touches and re-runs the pool, link and site rules for just
 * those subjects. An edit of the topology that leaves the sites and the WAN's shape as they were (pools, servers
 * and associations added, removed or edited, groups re-homed, a link's capacity: a migration plan's steps) is
 * followed the same way (`revalidateTopology`). Anything else (a site or link added, settings) is validated afresh.
 */
export function createValidator(options: ValidationOptions = {}): Validator {
  return validatorFrom(undefined, options);
}

function validatorFrom(start: ValidationState | undefined, options: ValidationOptions): Validator {
  let state = start;
  return {
    fork: () => validatorFrom(state && forkState(state), options),
    validate(design) {
      if (state && sameModel(state.design, design)) {
        state = { ...state, design };
        return state.result;
      }
      try {
        state = (state && incremental(state, design)) ?? fullValidation(design, options);
      } catch (error) {
        // A check that failed half-way through an edit may have left the load sums updated: start afresh next time.
        state = undefined;
        throw error;
      }
      return state.result;
    },
  };
}

/**
 * The same validation with its own copy of what the incremental validations change in place (the link load sums,
 * which the context's demand is): neither validator's next design disturbs the other's.
 */
function forkState(state: ValidationState): ValidationState {
  const { load } = state.demand;
  const copy = {
    tenths: new Map(load.tenths),
    audio: new Map(load.audio),
    video: new Map(load.video),
    pstn: new Map(load.pstn),
  };
  return {
    ...state,
    demand: { ...state.demand, load: copy, demandTenths: copy.tenths },
    context: { ...state.context, demandTenths: copy.tenths },
  };
}

/** The next state from the last one, when what changed is of a kind the incremental validation follows. */
function incremental(state: ValidationState, design: Design): ValidationState | undefined {
  const groups = changedGroups(state.design, design);
  if (groups) return revalidateGroups(state, design, groups);
  const changes = topologyChanges(state.design, design);
  return changes ? revalidateTopology(state, design, changes) : undefined;
}

/** Nothing the rules read has changed (layout and meta are not read by any rule). */
function sameModel(a: Design, b: Design): boolean {
  return (
    a.sites === b.sites &&
    a.pools === b.pools &&
    a.servers === b.servers &&
    a.userGroups === b.userGroups &&
    a.links === b.links &&
    a.associations === b.associations &&
    a.settings === b.settings
  );
}
