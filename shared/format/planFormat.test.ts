import { describe, expect, it } from 'vitest';
/// <reference types="vite/types/importMeta.d.ts" />
import { parseDesign } from './parseDesign';
import { serializeDesign } from './serializeDesign';

// A version 1 file of the medium reference topology (formatVersion1.test.ts); read by Vite, as the core has no node:fs.
const medium = import.meta.glob<string>('./fixtures/v1/medium.lyncplan', {
  eager: true,
  query: '?raw',
  import: 'default',
})['./fixtures/v1/medium.lyncplan']!;

/** The medium design (pool p-4, Back End p-6, edge p-9...) with a plan added by `plan`; its text. */
function withPlan(plan: (document: Record<string, any>) => void): string {
  const document = JSON.parse(medium);
  document.formatVersion = 2;
  plan(document);
  return JSON.stringify(document);
}

const errorOf = (text: string) => {
  const result = parseDesign(text);
  if (result.ok) throw new Error('expected a format error');
  return result.error.message;
};

const idOf = (document: Record<string, any>, role: string) => document.pools.find((p: any) => p.role === role).id;

describe('a plan in a file: what is a format error', () => {
  it('names the place of an id that names no entity', () => {
    const text = withPlan((d) => {
      const pool = idOf(d, 'frontEnd');
      d.migration = {
        steps: [
          { id: 'x1', phase: 3, name: 'Pilot', actions: [] },
          { id: 'x2', phase: 4, name: 'Users', actions: [] },
          { id: 'x3', phase: 6, name: 'More users', actions: [] },
          { id: 'x4', phase: 8, name: 'Decommission', actions: [{ op: 'remove', ids: [pool, 'fe9'] }] },
        ],
      };
    });
    expect(errorOf(text)).toBe('The design is invalid at migration.steps[3].actions[0].ids[1]: "fe9" names no entity.');
  });

  it.each([
    [
      'an unknown op',
      { op: 'upgrade', ids: ['s-1'] },
      'migration.steps[0].actions[0].op: op must be one of: add, remove, moveUsers, moveHosted, moveCms, set',
    ],
    [
      'an action field of the wrong type',
      { op: 'moveCms', to: 7 },
      'migration.steps[0].actions[0].to: expected the id of another entity',
    ],
    [
      'a move of users that are not a user group',
      { op: 'moveUsers', groupIds: ['s-1'], to: 's-1' },
      'migration.steps[0].actions[0].groupIds[0]: "s-1" is not one of the userGroups (it is one of the sites)',
    ],
    [
      'an unknown hosted kind',
      { op: 'moveHosted', from: 's-1', to: 's-1', what: ['fax'] },
      'migration.steps[0].actions[0].what[0]: a hosted kind is one of',
    ],
  ])('refuses %s', (_what, action, message) => {
    expect(
      errorOf(withPlan((d) => (d.migration = { steps: [{ id: 'x1', phase: 3, name: 'Pilot', actions: [action] }] }))),
    ).toContain(message);
  });

  it('refuses a phase outside 1 to 8', () => {
    expect(
      errorOf(withPlan((d) => (d.migration = { steps: [{ id: 'x1', phase: 9, name: 'After', actions: [] }] }))),
    ).toBe('The design is invalid at migration.steps[0].phase: phase is a whole number from 1 to 8.');
  });

  it('refuses an entity added by two steps', () => {
    const text = withPlan((d) => {
      const owas = idOf(d, 'officeWebApps');
      d.migration = {
        steps: [
          { id: 'x1', phase: 3, name: 'Pilot', actions: [{ op: 'add', ids: [owas] }] },
          { id: 'x2', phase: 5, name: 'Again', actions: [{ op: 'add', ids: [owas] }] },
        ],
      };
    });
    expect(errorOf(text)).toMatch(
      /migration\.steps\[1\]\.actions\[0\]\.ids\[0\]: ".*" is already added by migration\.steps\[0\]/,
    );
  });

  it('refuses a set that breaks the entity schema, changes what the entity is, or names a field it cannot have', () => {
    const set = (fields: Record<string, unknown>) =>
      errorOf(
        withPlan(
          (d) =>
            (d.migration = {
              steps: [{ id: 'x1', phase: 6, name: 'Set', actions: [{ op: 'set', id: d.links[0].id, fields }] }],
            }),
        ),
      );
    expect(set({ capacityKbps: -5 })).toContain(
      'migration.steps[0].actions[0].fields.capacityKbps: the result is not a valid entity: a link capacity must be above 0 kbps',
    );
    expect(set({ id: 'other' })).toContain("fields.id: a step cannot change an entity's id");
    expect(set({ speed: 5 })).toContain('fields.speed: "speed" is not a field of this entity');
    expect(set({ siteA: idOf(JSON.parse(medium), 'frontEnd') })).toContain('fields.siteA: "p-');
  });

  it('refuses a step id that an entity, another step or the start state has', () => {
    expect(
      errorOf(withPlan((d) => (d.migration = { steps: [{ id: 's-1', phase: 3, name: 'A', actions: [] }] }))),
    ).toContain('migration.steps[0].id: duplicate id "s-1" (already used by one of the sites)');
    expect(
      errorOf(withPlan((d) => (d.migration = { steps: [{ id: 'start', phase: 3, name: 'A', actions: [] }] }))),
    ).toContain('migration.steps[0].id: "start" names the state before the plan');
  });

  it('opens a half-made plan whose mistakes are planning mistakes, and saves it byte-stable', () => {
    const text = withPlan((d) => {
      const pool = idOf(d, 'frontEnd');
      // Removing the only pool while it homes every user, then moving users to it: findings, not format errors.
      d.migration = {
        steps: [
          {
            id: 'x1',
            phase: 8,
            name: 'Decommission first',
            legacyPoolId: pool,
            actions: [{ op: 'remove', ids: [pool] }],
          },
          {
            id: 'x2',
            phase: 3,
            name: 'Then pilot',
            notes: 'out of order',
            actions: [{ op: 'moveUsers', groupIds: [d.userGroups[0].id], to: pool }],
          },
        ],
      };
    });
    const parsed = parseDesign(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const saved = serializeDesign(parsed.design);
    expect(JSON.parse(saved).migration.steps.map((s: { id: string }) => s.id)).toEqual(['x1', 'x2']);
    const again = parseDesign(saved);
    if (!again.ok) throw new Error(again.error.message);
    expect(serializeDesign(again.design)).toBe(saved);
  });
});
