import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Byte } from './firstInvalidUtf8Byte';

const bytes = (...values: number[]) => Uint8Array.from(values);
const decodes = (b: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8Byte', () => {
  it('is -1 for well-formed text, ASCII to four-byte characters', () => {
    expect(firstInvalidUtf8Byte(new TextEncoder().encode('Zürich 東京 🎧'))).toBe(-1);
  });

  it.each([
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['Latin-1 é', bytes(0x43, 0x61, 0x66, 0xe9), 3],
    ['an overlong slash (C0 AF)', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form (E0 80 80)', bytes(0x41, 0xe0, 0x80, 0x80), 1],
    ['a UTF-16 surrogate (ED A0 80)', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point above U+10FFFF (F4 90 80 80)', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut off at the end', bytes(0x41, 0x42, 0xe6, 0x9d), 2],
    ['F5, never a lead byte', bytes(0xf5, 0x80, 0x80, 0x80), 0],
  ])('finds %s at its first byte', (_name, input, offset) => {
    expect(firstInvalidUtf8Byte(input)).toBe(offset);
  });

  it('agrees with TextDecoder on random bytes: valid exactly when it decodes, and the prefix before the offset decodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        const offset = firstInvalidUtf8Byte(input);
        expect(offset === -1).toBe(decodes(input));
        if (offset >= 0) expect(decodes(input.subarray(0, offset))).toBe(true);
      }),
      { seed: 14, numRuns: 2000 },
    );
  });
});
