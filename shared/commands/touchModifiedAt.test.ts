import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { touchModifiedAt } from './touchModifiedAt';

describe('touchModifiedAt', () => {
  it('stamps the time of the change and keeps when the design was created', () => {
    const { design } = new DesignBuilder();
    const next = touchModifiedAt(design, '2026-03-04T05:06:07.000Z');
    expect(next.meta).toEqual({ ...design.meta, modifiedAt: '2026-03-04T05:06:07.000Z' });
  });

  it('ignores a time that is not ISO 8601', () => {
    const { design } = new DesignBuilder();
    expect(touchModifiedAt(design, 'yesterday')).toBe(design);
  });
});
