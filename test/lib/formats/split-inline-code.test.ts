import { describe, expect, it } from 'vitest';
import { splitInlineCode } from '../../../src/lib/formats/index.ts';

describe('splitInlineCode', () => {
  it('returns text without backticks as one plain run', () => {
    expect(splitInlineCode('Run the server.')).toEqual([{ text: 'Run the server.', code: false }]);
  });

  it('returns no run for empty text', () => {
    expect(splitInlineCode('')).toEqual([]);
  });

  it('splits plain text, a code span and the plain text after it, without the backticks', () => {
    expect(splitInlineCode('Run `coder server` first.')).toEqual([
      { text: 'Run ', code: false },
      { text: 'coder server', code: true },
      { text: ' first.', code: false },
    ]);
  });

  it('starts with the code run, with no empty plain run before it, when the text opens with a code span', () => {
    expect(splitInlineCode('`PGDATA` holds the data')).toEqual([
      { text: 'PGDATA', code: true },
      { text: ' holds the data', code: false },
    ]);
  });

  it('ends with the code run, with no empty plain run after it, when the text closes with a code span', () => {
    expect(splitInlineCode('set `a`')).toEqual([
      { text: 'set ', code: false },
      { text: 'a', code: true },
    ]);
  });

  it('reads every pair in turn, keeping the text between two spans', () => {
    expect(splitInlineCode('`a` or `bc`')).toEqual([
      { text: 'a', code: true },
      { text: ' or ', code: false },
      { text: 'bc', code: true },
    ]);
  });

  it('reads two adjacent spans as two code runs', () => {
    expect(splitInlineCode('`a``b`')).toEqual([
      { text: 'a', code: true },
      { text: 'b', code: true },
    ]);
  });

  it('leaves an unpaired backtick as written', () => {
    expect(splitInlineCode('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
  });

  it('leaves an empty pair of backticks as written, since a code span needs at least one character', () => {
    expect(splitInlineCode('a `` b')).toEqual([{ text: 'a `` b', code: false }]);
  });

  it('does not pair backticks across a line break', () => {
    expect(splitInlineCode('a `b\nc` d')).toEqual([{ text: 'a `b\nc` d', code: false }]);
  });
});
