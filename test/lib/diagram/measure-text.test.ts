import { describe, expect, it } from 'vitest';
import { measureTextWidth, wrapText } from '../../../src/lib/diagram/index.ts';

// Widths read off the DejaVu Sans tables at the top of src/lib/diagram/measure-text.ts (advance at 100 px):
// space 32 regular / 35 bold, "A" 68 / 77, "~" (the last printable ASCII) 84 / 84.
describe('measureTextWidth', () => {
  it('adds the advance of each printable ASCII character, scaled to the size', () => {
    expect(measureTextWidth('A', 100)).toBe(68);
    expect(measureTextWidth('A A', 100)).toBe(168);
    expect(measureTextWidth('A', 10)).toBeCloseTo(6.8, 10);
    expect(measureTextWidth(' ', 100)).toBe(32);
    expect(measureTextWidth('~', 100)).toBe(84);
  });

  it('reads bold text from the bold table', () => {
    expect(measureTextWidth('A A', 100, true)).toBe(189);
    expect(measureTextWidth(' ', 50, true)).toBe(17.5);
  });

  it('is zero for empty text', () => {
    expect(measureTextWidth('', 100)).toBe(0);
  });

  // Just outside the table (U+001F, U+007F) and a Latin letter outside ASCII count as an average Latin letter: 68.
  it.each([
    [0x1f, 68],
    [0x7f, 68],
    [0xe9, 68],
  ])('counts code point %i outside the ASCII table as an average letter (%i at 100 px)', (code, width) => {
    expect(measureTextWidth(String.fromCodePoint(code), 100)).toBe(width);
  });

  it.each([0x200d, 0xfe00, 0xfe0f, 0x300, 0x36f])(
    'gives the joiner, variation selector or combining mark at code point %i no width',
    (code) => {
      expect(measureTextWidth(`A${String.fromCodePoint(code)}`, 100)).toBe(68);
    },
  );

  it.each([0x2ff, 0x370, 0xfdff, 0xfe10, 0x200c, 0x200e])(
    'gives code point %i, next to a zero-width range, the width of a letter',
    (code) => {
      expect(measureTextWidth(String.fromCodePoint(code), 100)).toBe(68);
    },
  );

  // Each wide range at both ends (100 px at 100 px), and the code point just outside each end (68).
  it.each([
    [0x1100, 0x115f, 0x10ff, 0x1160],
    [0x2e80, 0xa4cf, 0x2e7f, 0xa4d0],
    [0xac00, 0xd7a3, 0xabff, 0xd7a4],
    [0xf900, 0xfaff, 0xf8ff, 0xfb00],
    [0xff00, 0xff60, 0xfeff, 0xff61],
    [0x1f300, 0x1faff, 0x1f2ff, 0x1fb00],
    [0x20000, 0x3fffd, 0x1ffff, 0x3fffe],
  ])('draws code points %i to %i twice as wide, and not the code points either side', (first, last, before, after) => {
    expect(measureTextWidth(String.fromCodePoint(first), 100)).toBe(100);
    expect(measureTextWidth(String.fromCodePoint(last), 100)).toBe(100);
    expect(measureTextWidth(String.fromCodePoint(before), 100)).toBe(68);
    expect(measureTextWidth(String.fromCodePoint(after), 100)).toBe(68);
  });

  it('counts an emoji outside the basic plane once, as one wide character', () => {
    expect(measureTextWidth('🚀', 100)).toBe(100);
  });
});

describe('wrapText', () => {
  it('keeps words on one line while the line fits, including exactly at the limit', () => {
    expect(wrapText('A A', 100, 168)).toEqual(['A A']);
  });

  it('breaks at the space once the line would be wider than the limit', () => {
    expect(wrapText('A A', 100, 167)).toEqual(['A', 'A']);
    expect(wrapText('A A A', 100, 168)).toEqual(['A A', 'A']);
  });

  it('measures bold text with the bold widths', () => {
    expect(wrapText('A A', 100, 188, true)).toEqual(['A', 'A']);
    expect(wrapText('A A', 100, 189, true)).toEqual(['A A']);
  });

  it('keeps a word longer than the limit on its own line', () => {
    expect(wrapText('AAAA A', 100, 100)).toEqual(['AAAA', 'A']);
  });

  it('starts a new line at each line break and collapses runs of spaces', () => {
    expect(wrapText('A   A\nA', 100, 1000)).toEqual(['A A', 'A']);
  });

  it('returns no lines for empty or blank text', () => {
    expect(wrapText('', 100, 100)).toEqual([]);
    expect(wrapText(' \n ', 100, 100)).toEqual([]);
  });
});
