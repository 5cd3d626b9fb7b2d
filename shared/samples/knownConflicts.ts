/**
 * Error findings that a state rule gives on the good sample although the documentation allows what the sample does.
 * The sample follows the documentation, not the rule (samples/README.md); the tests check that each conflict still
 * holds, so that fixing the rule shows here, and the entry (and the expected-failure tests that depend on it) go.
 */
export interface KnownConflict {
  rule: string;
  subject: string;
  /** The first state it holds in (it then holds to the end of the plan). */
  from: string;
  why: string;
}

// TB-SBA-BACKUP-REGISTRAR was the one: it now lets a 2010 SBA register with a 2013 pool, as the SBA page does.
export const KNOWN_STATE_RULE_CONFLICTS: readonly KnownConflict[] = [];
