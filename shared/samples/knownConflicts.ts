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

export const KNOWN_STATE_RULE_CONFLICTS: readonly KnownConflict[] = [
  {
    rule: 'TB-SBA-BACKUP-REGISTRAR',
    subject: 'sba-osl',
    from: 'dal-7-sba-reregister',
    why:
      'connect-a-survivable-branch-appliance.md adds the Lync 2010 SBA to the 2013 topology with the 2013 Front End ' +
      'pool as its backup registrar; the rule wants the SBA and its registrar of the same version.',
  },
];
