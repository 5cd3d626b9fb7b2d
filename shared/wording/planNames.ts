import type { HostedKind } from '../model/hosts';
import type { Step } from '../model/migration';
import type { Pool } from '../model/pool';
import { countOf } from './numbers';

/** "step 5 (Decommission the 2010 pool)": the step's place in the plan, as the plan editor numbers it, and its name. */
export function describeStep(step: Step, stepIndex: number): string {
  return `step ${stepIndex + 1} (${step.name})`;
}

/** What the migration guide calls each kind of non-user object a pool homes, singular and plural. */
const HOSTED_NOUNS: Record<HostedKind, [string, string]> = {
  conferenceDirectories: ['conference directory', 'conference directories'],
  dialInNumbers: ['dial-in access number', 'dial-in access numbers'],
  responseGroups: ['response group', 'response groups'],
  // The Call Park pages assign orbit *ranges* to a pool (Set-CsCallParkOrbit); the count is of those ranges.
  callParkOrbits: ['Call Park orbit range', 'Call Park orbit ranges'],
  commonAreaPhones: ['common area phone', 'common area phones'],
  analogDevices: ['analog device', 'analog devices'],
};

/** "2 dial-in access numbers", "1 response group". */
export function hostedCount(kind: HostedKind, count: number): string {
  const [singular, plural] = HOSTED_NOUNS[kind];
  return countOf(count, singular, plural);
}

/** "dial-in access numbers": the kind's plural, for lists. */
export function hostedNoun(kind: HostedKind): string {
  return HOSTED_NOUNS[kind][1];
}

/** "Lync Server 2010", "Lync Server 2013": a pool's product version (2013 when the file leaves it out). */
export function versionName(pool: Pool): string {
  return `Lync Server ${pool.version ?? 2013}`;
}
