import { describe, expect, it } from 'vitest';
import { findDescribedPart } from '../../../src/lib/ask/find-described-part.ts';
import { answerQuestion } from '../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../fixtures/build-ask-architecture.ts';

describe('findDescribedPart', () => {
  it('reads a part named by what it does before a question asked of it', () => {
    expect(findDescribedPart('In Quillstack, the bit that runs the jobs — which technology is it?')).toEqual({
      before: 'In Quillstack, ',
      clause: 'runs the jobs',
      after: 'which technology is it?',
    });
    expect(findDescribedPart('For Quillstack, the thing which signs users in: does it scale?')?.clause).toBe('signs users in');
  });

  it('reads none when the description is what is asked, or no question follows it', () => {
    expect(findDescribedPart('What is the bit that runs the jobs?')).toBeNull();
    expect(findDescribedPart('Quillstack: the part that runs the jobs, please.')).toBeNull();
    expect(findDescribedPart('Which technology does the Quill worker use?')).toBeNull();
  });
});

describe('answerQuestion: a part named by what it does', () => {
  const catalogue = [buildAskArchitecture()];

  it('answers the question of the part whose purpose the description meets, as if it were named', () => {
    const described = answerQuestion('In Quillstack, the bit that runs the jobs — which technology is it?', catalogue);
    const named = answerQuestion('In Quillstack, the Quill worker — which technology is it?', catalogue);
    expect(named.answer).toContain('Quill worker');
    expect(described.answer).toBe(named.answer);
    expect(described.question).toBe('In Quillstack, the bit that runs the jobs — which technology is it?');
  });
});

describe('answerQuestion: a described part that no component answers', () => {
  const catalogue = [buildAskArchitecture()];

  it('answers the question as written when the part found by the description leads with no component of its own', () => {
    // "Which part connects to the ledger?" leads with a source section, not a component: no part is named from it.
    const answer = answerQuestion('In Quillstack, the bit that connects to the ledger — which technology is it?', catalogue);
    expect(answer.answer).not.toBeNull();
    expect(answer.answer).not.toContain('Resources Reference');
  });

  it('does not ask the question of every part when nothing does what is described', () => {
    expect(answerQuestion('In Quillstack, the bit that spans zones — how much memory does it need?', catalogue).answer).toBeNull();
  });
});
