import { describe, expect, it } from 'vitest';
import { SIZE_10K, syntheticDesign } from '../testing/syntheticDesign';
import { designSchema } from './design';

/**
 * A payload as large as the issue's (tens of thousands of duplicated ids, their first use far down a long list):
 * the check looked each first use up with a search per duplicate, so this took minutes in the main process.
 */
function designWithDuplicates(extraServers: number, duplicates: number) {
  const base = syntheticDesign(SIZE_10K);
  const template = base.servers[0]!;
  const servers = base.servers.slice();
  for (let i = 0; i < extraServers; i++)
    servers.push({ ...template, id: `extra-${i}`, fqdn: `extra-${i}.contoso.com` });
  const firstUse = servers.length - duplicates;
  // Every duplicate repeats one of the last `duplicates` ids, in reverse, so a first use is far from the start.
  for (let i = 0; i < duplicates; i++) servers.push({ ...servers[servers.length - 1 - 2 * i]! });
  return { design: { ...base, servers }, firstUse, total: servers.length };
}

describe('the duplicate-id check on a large payload', () => {
  // 15 s of headroom for a loaded machine, not a timing assertion: the quadratic check took 23 s here, this one 3 s.
  it('names every duplicate with the index of its first use', { timeout: 15_000 }, () => {
    const duplicates = 15_000;
    const { design, firstUse, total } = designWithDuplicates(30_000, duplicates);
    const result = designSchema.safeParse(design);
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    expect(issues).toHaveLength(duplicates);
    const firstDuplicate = total - duplicates;
    // The first duplicate repeats the last id before it; the last repeats the first of the repeated block.
    expect(design.servers[firstUse]!.id).toMatch(/^extra-/);
    expect(issues[0]).toMatchObject({
      path: ['servers', firstDuplicate, 'id'],
      message: `duplicate id "extra-29999" (already used by servers[${firstDuplicate - 1}])`,
    });
    expect(issues[duplicates - 1]).toMatchObject({
      path: ['servers', total - 1, 'id'],
      message: `duplicate id "${design.servers[firstUse]!.id}" (already used by servers[${firstUse}])`,
    });
  });

  it('names the collection of the first use when a duplicate crosses collections', () => {
    const base = syntheticDesign(SIZE_10K);
    const lastSite = base.sites[base.sites.length - 1]!;
    const servers = [...base.servers, { ...base.servers[0]!, id: lastSite.id }];
    const result = designSchema.safeParse({ ...base, servers });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      `duplicate id "${lastSite.id}" (already used by sites[${base.sites.length - 1}])`,
    ]);
  });
});
