import { describe, expect, it } from 'vitest';
import { splitQuestion } from '../../../src/lib/ask/index.ts';

const claim = 'The Quill worker is stateless';
const tagged = 'can run on every node, right?';

describe('splitQuestion: a claim’s second verb joins it only after "and" (mutation session 43)', () => {
  it('keeps the claim whole after a comma before "and", with or without a space after the comma (mutation session 43)', () => {
    for (const and of [', and ', ',and ', ',  and ']) expect(splitQuestion(`${claim}${and}${tagged}`)).toHaveLength(1);
  });

  it('ends the claim at a semicolon or a question mark before the tagged piece, "and" or not (mutation session 43)', () => {
    for (const separator of ['; ', '; and ', '? And '])
      expect(splitQuestion(`${claim}${separator}can it run on every node, right?`)).toEqual([claim, 'can it run on every node, right?']);
  });

  it('writes the joined claim with its "and" in place when a question follows it (mutation session 43)', () => {
    expect(splitQuestion(`${claim} and ${tagged} Which cache does Quillstack use?`)).toEqual([
      `${claim} and can run on every node, right`,
      'Which cache does Quillstack use?',
    ]);
    expect(splitQuestion(`${claim}, and ${tagged} Which cache does Quillstack use?`)[0]).toBe(`${claim}, and can run on every node, right`);
  });
});
