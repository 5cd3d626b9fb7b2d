import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { createValidator, validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-BRANCH-NEEDS-LINK');

function branchWithUsers(users: number) {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const austin = b.site('Austin', 'branch', dallas);
  const pool = b.wellFormedFrontEnd(dallas, 3);
  const group = b.users(austin, pool, users);
  return { b, dallas, austin, pool, group };
}

describe('TOPO-BRANCH-NEEDS-LINK', () => {
  it('a branch with users and no WAN link is a warning naming its central site and the fix', () => {
    const { b, austin } = branchWithUsers(300);
    expect(findingsOf(b)).toEqual([
      {
        rule: 'TOPO-BRANCH-NEEDS-LINK',
        severity: 'warning',
        subjects: [austin],
        message:
          "Branch site Austin has 300 users but no WAN link; they get presence, conferencing and most other Lync services from central site Dallas. Add a WAN link to Dallas in the site's inspector, with its capacity, so their busy-hour media is checked.",
        value: 0,
        limit: 1,
        source: 'Lync/LyncServer/lync-server-2013-sites.md',
      },
    ]);
  });

  it('is quiet once the branch has a link, or while it has nobody', () => {
    const linked = branchWithUsers(300);
    linked.b.link(linked.austin, linked.dallas, 10_000);
    expect(findingsOf(linked.b)).toEqual([]);
    expect(findingsOf(branchWithUsers(0).b)).toEqual([]);
  });

  it('asks the same of a branch homed on its SBA, and says "1 user"', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const austin = b.site('Austin', 'branch', dallas);
    b.users(austin, b.pool(austin, 'sba', { servers: 1 }), 1);
    expect(findingsOf(b)[0]?.message).toMatch(/^Branch site Austin has 1 user but no WAN link; /);
  });

  it('leaves central sites alone, and follows a typed user count', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    b.users(dallas, b.wellFormedFrontEnd(dallas, 3), 5_000);
    expect(findingsOf(b)).toEqual([]);
    const { b: branch, group } = branchWithUsers(0);
    const validator = createValidator();
    expect(validator.validate(branch.design).findings.some((f) => f.rule === 'TOPO-BRANCH-NEEDS-LINK')).toBe(false);
    const typed = {
      ...branch.design,
      userGroups: branch.design.userGroups.map((g) => (g.id === group ? { ...g, count: 25 } : g)),
    };
    expect(validator.validate(typed).findings.filter((f) => f.rule === 'TOPO-BRANCH-NEEDS-LINK')).toHaveLength(1);
  });
});
