import { describe, expect, it } from 'vitest';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';

describe('withinFieldLimits', () => {
  it('trims what it checks, passes fields it has no limit for, and does not check a field being cleared', () => {
    expect(withinFieldLimits('sites', { name: '  Dallas ', kind: 'central', centralSiteId: undefined })).toEqual({
      name: 'Dallas',
      kind: 'central',
      centralSiteId: undefined,
    });
    expect(withinFieldLimits('links', { latencyMs: undefined })).toEqual({ latencyMs: undefined });
  });

  it("refuses with the field schema's message", () => {
    expect(() => withinFieldLimits('userGroups', { count: 10_000_001 })).toThrow(
      new CommandRefused('That is more people than any Lync deployment holds'),
    );
    expect(() => withinFieldLimits('traffic', { p2pVideoPercent: 101 })).toThrow(
      new CommandRefused('A percentage cannot exceed 100'),
    );
    expect(() => withinFieldLimits('servers', { hardware: { nics: 0 } })).toThrow(
      new CommandRefused('Enter at least 1'),
    );
    expect(() => withinFieldLimits('pools', { concurrentCalls: -1 })).toThrow(new CommandRefused('Enter 0 or more'));
  });

  it('never takes a limit from the prototype', () => {
    expect(withinFieldLimits('sites', { constructor: 'x', toString: 'y' })).toEqual({
      constructor: 'x',
      toString: 'y',
    });
  });
});
