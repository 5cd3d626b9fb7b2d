import { type Figure, SOURCES } from './sources';

/** Branch sites (capacity.md, [BR-RES], [SITES], [SBA-DEP]). */
export const BRANCH = {
  sbaMinUsers: { value: 25, unit: 'users an SBA is designed for, at least', source: SOURCES.branchResiliency },
  sbaMaxUsers: { value: 1_000, unit: 'users an SBA is designed for, at most', source: SOURCES.branchResiliency },
  sbsMinUsers: { value: 1_000, unit: 'users an SBS is designed for, at least', source: SOURCES.sites },
  sbsMaxUsers: {
    value: 5_000,
    unit: 'users an SBS is designed for, at most',
    source: SOURCES.sites,
    alternative: {
      value: 2_000,
      source: SOURCES.branchResiliency,
      reason:
        'The sites page and the SBA/SBS deployment page say 1,000-5,000 users; the branch-resiliency page says 1,000-2,000 (or two SBAs). ' +
        'Two pages against one, and the deployment page is the one that plans the server; the warning uses 5,000 (capacity.md section 6 item 2).',
    },
  },
  maxSbasPerBranch: { value: 2, unit: 'SBAs at one branch site', source: SOURCES.branchResiliency },
  minUsersForResiliency: {
    value: 25,
    unit: 'users below which branch resiliency may not pay',
    source: SOURCES.branchResiliency,
  },
} as const satisfies Record<string, Figure>;
