import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { validatePlan } from './validatePlan';

describe('validatePlan', () => {
  it('lists each state of a finding once, also when a state says it twice and the next state is the same', () => {
    // A pool paired with itself: the pairing rules say the same of it from both ends of the association, two equal
    // findings of one state. An empty step leaves the next state as it was (the same findings list).
    const design: Design = {
      format: 'lyncplan',
      formatVersion: 2,
      meta: {
        id: '7d444840-9dc0-4c2b-8a4d-0f5c2b7f1a11',
        name: 'Self-paired',
        createdAt: '1970-01-01T00:00:00.000Z',
        modifiedAt: '1970-01-01T00:00:00.000Z',
      },
      sites: [{ id: 's-0', name: 'Dallas', kind: 'central' }],
      pools: [{ id: 'p-0', siteId: 's-0', fqdn: 'pool01.contoso.com', role: 'frontEnd', edition: 'enterprise' }],
      servers: [],
      userGroups: [{ id: 'g-0', siteId: 's-0', homePoolId: 'p-0', count: 1 }],
      links: [],
      associations: [{ id: 'a-0', kind: 'backupPool', from: 'p-0', to: 'p-0' }],
      migration: { steps: [{ id: 'empty', phase: 3, name: 'Nothing yet', actions: [] }] },
    };
    const { findings } = validatePlan(design);
    const paired = findings.filter((finding) => finding.rule === 'TOPO-PAIR-CAPACITY');
    expect(paired.map((finding) => finding.steps)).toEqual([['start', 'empty']]);
    for (const finding of findings) expect(new Set(finding.steps).size, finding.rule).toBe(finding.steps.length);
  });
});
