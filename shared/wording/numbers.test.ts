import { describe, expect, it } from 'vitest';
import { countOf, formatCount, formatDecimal, formatKbps } from './numbers';

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

  it('writes decimals grouped, to one place', () => {
    expect([0, 30.2, 10_060.5, 3_018, 2_012.04, -0.04].map(formatDecimal)).toEqual([
      '0',
      '30.2',
      '10,060.5',
      '3,018',
      '2,012',
      '0',
    ]);
  });

  it('agrees a count with its noun: one, none, many and thousands', () => {
    expect(countOf(1, 'server')).toBe('1 server');
    expect(countOf(0, 'server')).toBe('0 servers');
    expect(countOf(2, 'server')).toBe('2 servers');
    expect(countOf(2_000, 'user')).toBe('2,000 users');
    expect(countOf(1, 'concurrent non-bypass call')).toBe('1 concurrent non-bypass call');
    expect(countOf(-1, 'user')).toBe('-1 user');
  });

  it('takes an irregular plural when given', () => {
    expect(countOf(1, 'switch', 'switches')).toBe('1 switch');
    expect(countOf(3, 'switch', 'switches')).toBe('3 switches');
    expect(countOf(1_500, 'person', 'people')).toBe('1,500 people');
  });
});
