import { describe, expect, it } from 'vitest';
import { SOURCES } from '../catalog/sources';
import type { Design } from '../model/design';
import { DesignBuilder, NO_TRAFFIC } from '../testing/designBuilder';
import { legacyRemoteAccessSite, remoteAccessSite } from '../testing/ruleScenarios';
import { validate } from '../validate';
import { pstnCallsByPool } from './pstnCalls';
import { requiredServersOf, sizedFigures } from './requiredServers';

/** requiredServersOf for every pool of a design, by id, from a validation as the report has it. */
function required(design: Design): Map<string, number | undefined> {
  const { index, figures } = validate(design);
  const inputs = { design, index, figures, pstnCalls: pstnCallsByPool(design, index) };
  return new Map(design.pools.map((pool) => [pool.id, requiredServersOf(pool, inputs)]));
}

/** The rule that sizes each role. */
const SIZING_RULE: Record<string, string> = {
  frontEnd: 'CAP-FE-USERS-PER-SERVER',
  edge: 'CAP-EDGE-REMOTE-USERS',
  director: 'CAP-DIR-REMOTE-USERS',
  mediation: 'CAP-MED-STANDALONE-CALLS',
  persistentChat: 'CAP-PCHAT-USERS',
};

/** For every sized pool with running servers: the rule speaks exactly when they are fewer than the servers needed. */
function expectRulesAgree(design: Design) {
  const result = validate(design);
  const needed = required(design);
  for (const pool of design.pools) {
    const servers = needed.get(pool.id);
    const running = result.figures.pools.get(pool.id)!.runningServers;
    if (servers === undefined || running === 0) continue;
    // Remote access is sized per site and version: the finding about the site that cites this version's page.
    const remote = pool.role === 'edge' || pool.role === 'director';
    const page = pool.version === 2010 ? SOURCES.lync2010CapacityUserModels : SOURCES.capacityUserModels;
    const spoken = result.findings.some(
      (f) =>
        f.rule === SIZING_RULE[pool.role] &&
        f.subjects[0] === (remote ? pool.siteId : pool.id) &&
        (!remote || f.source === page),
    );
    expect(spoken, `${pool.id}: ${running} running, ${servers} needed`).toBe(running < servers);
  }
}

/** A stand-alone Mediation pool planned for `calls`, its servers with hyper-threading as listed. */
function mediationPool(calls: number, hyperThreading: boolean[], version?: 2010) {
  const b = new DesignBuilder('Voice', { traffic: NO_TRAFFIC });
  const site = b.site('Dallas');
  const id = b.pool(site, 'mediation', { servers: hyperThreading.length, extra: { concurrentCalls: calls } });
  if (version) b.legacy(id);
  b.design.servers
    .filter((s) => s.poolId === id)
    .forEach((s, i) => {
      if (!hyperThreading[i]) s.hardware = { hyperThreading: false };
    });
  return { design: b.design, id };
}

describe('requiredServersOf: the servers each sized pool needs, by the rule that sizes it', () => {
  it('Edge and Director pools for 30,000 concurrent remote users need 3 servers at 12,000 each', () => {
    const { b, edge, director } = remoteAccessSite(30_000, 2, 2);
    const needed = required(b.design);
    expect([needed.get(edge), needed.get(director)]).toEqual([3, 3]);
    expectRulesAgree(b.design);
  });

  it('Lync Server 2010 Edge and Director pools for the same users need 2 at 15,000 each', () => {
    const { b, edge, director } = legacyRemoteAccessSite(30_000, 1, 2);
    const needed = required(b.design);
    expect([needed.get(edge), needed.get(director)]).toEqual([2, 2]);
    expectRulesAgree(b.design);
  });

  it('sizes the 2013 Edge beside a 2010 one by the users who enter through it', () => {
    const { b, edge, pilotEdge } = legacyRemoteAccessSite(14_000, 1, 2, 13_000);
    const needed = required(b.design);
    expect([needed.get(edge), needed.get(pilotEdge!)]).toEqual([1, 2]);
    expectRulesAgree(b.design);
  });

  it('two Edge pools of one version at a site share the requirement: each needs what the other does not run', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 12);
    b.design.userGroups.push({ id: 'g', siteId: site, homePoolId: pool, count: 30_000, remotePercent: 100 });
    const [first, second] = [b.pool(site, 'edge', { servers: 2 }), b.pool(site, 'edge', { servers: 2 })];
    expect([required(b.design).get(first), required(b.design).get(second)]).toEqual([1, 1]);
    for (const server of b.design.servers.filter((s) => s.poolId === second)) server.running = false;
    expect([required(b.design).get(first), required(b.design).get(second)]).toEqual([3, 1]);
    expectRulesAgree(b.design);
  });

  it('stand-alone Mediation: 3,000 calls need 3 servers where one of two has no hyper-threading (1,500 + 1,100)', () => {
    const { design, id } = mediationPool(3_000, [true, false]);
    expect(required(design).get(id)).toBe(3);
    expectRulesAgree(design);
    expect(required(mediationPool(2_600, [false, true]).design).get(id)).toBe(2);
    expect(required(mediationPool(1_400, [false, true]).design).get(id)).toBe(1);
  });

  it('a Lync Server 2010 Mediation pool: 1,200 calls need 2 servers at about 1,000 each', () => {
    const { design, id } = mediationPool(1_200, [true], 2010);
    expect(required(design).get(id)).toBe(2);
    expectRulesAgree(design);
  });

  it('Persistent Chat: 85,000 concurrent users need 5 active servers at 20,000 each; a 2010 Group Chat pool, none', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const chat = b.pool(site, 'persistentChat', { servers: 4, extra: { concurrentUsers: 85_000 } });
    const groupChat = b.legacy(b.pool(site, 'persistentChat', { servers: 1, extra: { concurrentUsers: 85_000 } }));
    expect(required(b.design).get(chat)).toBe(5);
    expect(required(b.design).get(groupChat)).toBeUndefined();
    expectRulesAgree(b.design);
  });

  it('Front End pools keep their figure; Standard Edition servers, SBAs and SBSs are not sized by a server count', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const branch = b.site('Austin', 'branch', site);
    const pool = b.frontEnd(site, 7);
    const legacy = b.legacy(b.frontEnd(site, 2));
    const se = b.frontEnd(site, 1, 'standard');
    const sba = b.pool(branch, 'sba', { servers: 1 });
    b.users(site, pool, 50_000);
    b.users(site, legacy, 25_000);
    b.users(site, se, 2_000);
    const needed = required(b.design);
    expect([needed.get(pool), needed.get(legacy), needed.get(se), needed.get(sba)]).toEqual([
      8,
      3,
      undefined,
      undefined,
    ]);
    expectRulesAgree(b.design);
  });
});

describe('sizedFigures: what the validator is to put into figures.pools (cli.md requiredServers)', () => {
  it("gives an Edge pool's figures the servers it needs, and leaves a Front End pool's and an SBA's as they are", () => {
    const { b, edge, result } = remoteAccessSite(30_000, 2, 2);
    const { index, figures } = result;
    const inputs = { design: b.design, index, figures, pstnCalls: pstnCallsByPool(b.design, index) };
    const sized = (id: string) => sizedFigures(index.pools.get(id)!, figures.pools.get(id)!, inputs);
    expect(sized(edge)).toEqual({ ...figures.pools.get(edge), requiredServers: 3 });
    const frontEnd = b.design.pools.find((p) => p.role === 'frontEnd')!.id;
    expect(sized(frontEnd)).toBe(figures.pools.get(frontEnd));
    const sba = b.pool(b.site('Austin', 'branch', b.design.sites[0]!.id), 'sba', { servers: 1 });
    const withSba = validate(b.design);
    expect(
      sizedFigures(withSba.index.pools.get(sba)!, withSba.figures.pools.get(sba)!, {
        ...inputs,
        design: b.design,
        index: withSba.index,
        figures: withSba.figures,
      }),
    ).toBe(withSba.figures.pools.get(sba));
  });
});
