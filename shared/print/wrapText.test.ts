import { describe, expect, it } from 'vitest';
import { wrappedLineCount } from './wrapText';

describe('wrappedLineCount', () => {
  it('counts the lines a greedy wrap makes, words kept whole', () => {
    expect(wrappedLineCount('', 10)).toBe(1);
    expect(wrappedLineCount('one two', 10)).toBe(1);
    expect(wrappedLineCount('one two three', 10)).toBe(2);
    expect(wrappedLineCount('aaaa bbbb cccc dddd', 9)).toBe(2);
    expect(wrappedLineCount('aaaa bbbb cccc dddd', 8)).toBe(4);
  });

  it('breaks a word longer than a line where the line ends, and starts a line at each line break', () => {
    expect(wrappedLineCount('x'.repeat(25), 10)).toBe(3);
    expect(wrappedLineCount(`ab ${'x'.repeat(20)} cd`, 10)).toBe(4);
    expect(wrappedLineCount('first\nsecond\n\nfourth', 40)).toBe(4);
  });
});
