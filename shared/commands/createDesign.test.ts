import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { validate } from '../validate';
import { createDesign } from './createDesign';

describe('createDesign', () => {
  it('starts an empty design that saves, reopens and validates without a finding', () => {
    const design = createDesign({
      id: '00000000-0000-4000-8000-000000000003',
      name: 'Contoso',
      author: 'J. Planner',
      now: '2026-11-22T10:00:00.000Z',
    });
    expect(design.meta).toEqual({
      id: '00000000-0000-4000-8000-000000000003',
      name: 'Contoso',
      author: 'J. Planner',
      createdAt: '2026-11-22T10:00:00.000Z',
      modifiedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(design).not.toHaveProperty('settings');
    const reopened = parseDesign(serializeDesign(design));
    expect(reopened.ok && reopened.design).toEqual(design);
    expect(validate(design).findings).toEqual([]);
  });

  it('leaves out an author that is not given', () => {
    const design = createDesign({
      id: '00000000-0000-4000-8000-000000000003',
      name: 'Contoso',
      now: '2026-11-22T10:00:00.000Z',
    });
    expect(design.meta).not.toHaveProperty('author');
  });
});
