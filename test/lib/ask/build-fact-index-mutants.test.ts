import { describe, expect, it } from 'vitest';
import { abbreviateName } from '../../../src/lib/ask/build-fact-index.ts';

describe('abbreviateName, words joined in capitals and brackets', () => {
  it('reads a bracket between two lower-case words as a gap, so each word gives an initial', () => {
    // "edge", "cache", "store": three words, "ECS". Without the gap "edgecache" would be one word and two are too few.
    expect(abbreviateName('edge(main)cache store', 'the ECS')).toEqual(['ecs']);
  });

  it('splits only a word made wholly of capitalised parts, not one that starts in lower case', () => {
    // "xFrobCore" is one word: initials x, L, V. Split, it would give F, C, L, V.
    expect(abbreviateName('xFrobCore Ledger Vault', 'the XLV')).toEqual(['xlv']);
    expect(abbreviateName('xFrobCore Ledger Vault', 'the FCLV')).toEqual([]);
  });

  it('splits only a word made wholly of capitalised parts, not one that ends in a digit', () => {
    expect(abbreviateName('FrobCore2 Ledger Vault', 'the FLV')).toEqual(['flv']);
    expect(abbreviateName('FrobCore2 Ledger Vault', 'the FCLV')).toEqual([]);
  });

  it('takes each capitalised part whole, so a function word among them is left out', () => {
    // "TheFrob" is "The" and "Frob"; "The" is a function word, so the initials are those of Frob Ledger Vault.
    expect(abbreviateName('TheFrob Ledger Vault', 'the FLV')).toEqual(['flv']);
    expect(abbreviateName('TheFrob Ledger Vault', 'the TFLV')).toEqual([]);
  });
});
