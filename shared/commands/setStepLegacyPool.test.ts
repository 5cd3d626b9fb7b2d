import { describe, expect, it } from 'vitest';
import { smallMigration } from '../testing/smallMigration';
import { setStepLegacyPool } from './setStepLegacyPool';

describe('setStepLegacyPool', () => {
  it('names the 2010 pool a step belongs to, and clears it', () => {
    const { design, ids } = smallMigration();
    const named = setStepLegacyPool(design, { stepId: 'st2', legacyPoolId: ids.fe2010 });
    expect(named.migration!.steps[1]!.legacyPoolId).toBe(ids.fe2010);
    const cleared = setStepLegacyPool(named, { stepId: 'st2', legacyPoolId: undefined });
    expect('legacyPoolId' in cleared.migration!.steps[1]!).toBe(false);
    expect(setStepLegacyPool(design, { stepId: 'st2', legacyPoolId: undefined })).toBe(design);
  });

  it('refuses a pool the design does not have', () => {
    const { design } = smallMigration();
    expect(() => setStepLegacyPool(design, { stepId: 'st2', legacyPoolId: 'nope' })).toThrow('not in it');
  });
});
