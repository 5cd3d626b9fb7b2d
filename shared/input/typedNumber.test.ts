import { describe, expect, it } from 'vitest';
import { EN_US, type NumberConvention, parseTypedNumber } from './typedNumber';

const DE: NumberConvention = { group: '.', decimal: ',' };
const NB: NumberConvention = { group: '\u00a0', decimal: ',' };
const value = (text: string, locale: NumberConvention) => {
  const read = parseTypedNumber(text, locale);
  return read.ok ? read.value : read.message;
};

describe('numbers as people type them', () => {
  it('reads plain digits, decimals and signs the same everywhere', () => {
    for (const locale of [EN_US, DE, NB]) {
      expect(value('12000', locale)).toBe(12_000);
      expect(value('  80000 ', locale)).toBe(80_000);
      expect(value('-3', locale)).toBe(-3);
      expect(value('0', locale)).toBe(0);
    }
    expect(value('100.6', EN_US)).toBe(100.6);
    expect(value('100,6', DE)).toBe(100.6);
    expect(value('.5', EN_US)).toBe(0.5);
  });

  it('reads a number grouped in the user’s locale as that number', () => {
    expect(value('12.000', DE)).toBe(12_000);
    expect(value('1.234.567', DE)).toBe(1_234_567);
    expect(value('1.234,5', DE)).toBe(1_234.5);
    expect(value('12 000', NB)).toBe(12_000);
    expect(value('12\u00a0000', NB)).toBe(12_000);
    expect(value('12\u202f000', NB)).toBe(12_000);
  });

  it('reads a number grouped in en-US as that number, in en-US and where the locale has no other reading', () => {
    expect(value('12,000', EN_US)).toBe(12_000);
    expect(value('1,234,567.5', EN_US)).toBe(1_234_567.5);
    expect(value('1,234,567', DE)).toBe(1_234_567);
    expect(value('2,048', NB)).toBe('“2,048” could be 2,048 or 2.048: type 2048 or 2.048');
  });

  it('refuses, with both readings, text the two conventions read differently', () => {
    expect(value('12,000', DE)).toBe('“12,000” could be 12,000 or 12: type 12000 or 12');
    expect(value('1,5', EN_US)).toBe('Enter a number, such as 1024');
  });

  it('refuses "12.000" in en-US instead of reading it as 12', () => {
    expect(value('12.000', EN_US)).toBe('“12.000” could be 12,000 or 12: type 12000 or 12');
    expect(value('2.048', EN_US)).toBe('“2.048” could be 2,048 or 2.048: type 2048 or 2.048');
    // Not a thousands group: more or fewer than three digits, or a leading zero.
    expect(value('12.5', EN_US)).toBe(12.5);
    expect(value('0.125', EN_US)).toBe(0.125);
    expect(value('12.0000', EN_US)).toBe(12);
  });

  it('refuses what is not a number, and groups that are not threes', () => {
    for (const text of ['', 'twelve', '12,00', '1,2345', '12..0', '1e5', '0x10', '12 000 people']) {
      expect(value(text, EN_US)).toBe('Enter a number, such as 1024');
    }
    // Not a group of three in de-DE, so the en-US decimal point is the only reading.
    expect(value('12.00', DE)).toBe(12);
  });
});
