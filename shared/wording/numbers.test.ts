import { describe, expect, it } from 'vitest';
import { formatCount, formatKbps } from './numbers';

describe('number formatting in messages', () => {
  it('writes counts with thousands separators', () => {
    expect([0, 12, 999, 1_000, 80_000, 1_234_567, -2_500, 6_666.6].map(formatCount)).toEqual([
      '0',
      '12',
      '999',
      '1,000',
      '80,000',
      '1,234,567',
      '-2,500',
      '6,667',
    ]);
  });

  it('writes kbps to one decimal, none when whole', () => {
    expect([0, 62, 100.6, 614.4, 1_024, 21_700, 2_012.04, 307.25].map(formatKbps)).toEqual([
      '0 kbps',
      '62 kbps',
      '100.6 kbps',
      '614.4 kbps',
      '1,024 kbps',
      '21,700 kbps',
      '2,012 kbps',
      '307.3 kbps',
    ]);
  });
});
