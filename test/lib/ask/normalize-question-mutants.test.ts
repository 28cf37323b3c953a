import { describe, expect, it } from 'vitest';
import { findInitials, readNumbers, tokenizeQuestion, tokenizeText } from '../../../src/lib/ask/normalize-question.ts';

describe('findInitials', () => {
  it('takes the first letter of each word, in capitals, a camelCase part counting as a word', () => {
    expect(findInitials('LedgerDatabase Sync')).toBe('LDS');
    expect(findInitials('quill ledger vault')).toBe('QLV');
  });

  it('starts a word where a digit meets a capital, not between two lower-case letters', () => {
    expect(findInitials('frob2Core unit')).toBe('FCU');
  });

  it('reads any run of punctuation as a gap and ignores the empty words it leaves at the ends', () => {
    expect(findInitials(' (quill) -- ledger/vault! ')).toBe('QLV');
  });

  it('keeps digits inside a word as part of it', () => {
    expect(findInitials('v2 frob')).toBe('VF');
  });

  it('is empty for a name of punctuation alone', () => {
    expect(findInitials(' -- ')).toBe('');
  });
});

describe('tokenizeText, Kubernetes kinds', () => {
  it('reads a singular kind of three capitalised words in words too, not only a plural one', () => {
    expect(tokenizeText('the FrobLedgerVault kind')).toEqual(expect.arrayContaining(['frobledgervault', 'frob', 'ledger', 'vault']));
  });
});

describe('tokenizeQuestion, placeholders', () => {
  it('reads only a whole placeholder word as a number, not one with letters before or after it', () => {
    expect(tokenizeQuestion('frobs 5 xqnum0q').tokens).toEqual(['frob', '5', 'xqnum0q']);
    expect(tokenizeQuestion('frobs 5 xqnum0q').numbers).toHaveLength(1);
    expect(tokenizeQuestion('frobs 5 qnum0qx').tokens).toEqual(['frob', '5', 'qnum0qx']);
    expect(tokenizeQuestion('frobs 5 qnum0qx').numbers).toHaveLength(1);
  });
});

describe('readNumbers, millicores', () => {
  it('reads "500m millicores" as 500 million millicores: only a core or CPU word right after makes the "m" millicores', () => {
    // 500 million millicores: 500,000 vCPU.
    expect(readNumbers('500m millicores').values[0]).toMatchObject({ value: 500_000_000, unit: 'millicores', canonical: 500_000 });
  });
});
