import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

/** Quillstack whose image store keeps uploaded avatars and names two example products, Bucketeer and Stashly. */
const catalogue = [
  buildAskArchitectureWith([
    buildQuillApiInput(),
    buildComponentInput({
      id: 'image-store',
      name: 'Image store',
      role: 'object-storage',
      technology: 'S3-compatible storage',
      purpose: 'Keeps the avatars users upload.',
      examples: ['Bucketeer', 'Stashly'],
    }),
  ]),
];
const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

describe('answerLookup: a word of the asking sentence the chosen facts leave out', () => {
  it("adds the lead part's fact that holds it, so an answer about the part speaks to the example named", () => {
    expect(ask('If users upload avatars to Quillstack, can Stashly keep them as the image store?')).toBe(
      'Yes. Quillstack (Standard): Image store: Keeps the avatars users upload. Image store: Examples the vendor names: Bucketeer and Stashly.',
    );
    expect(ask('What keeps the avatars users upload in Quillstack, and is Stashly an option?')).toMatch(
      /Examples the vendor names: Bucketeer and Stashly\.$/,
    );
  });

  it('adds nothing for a word that only checks a claim, nor when every asked word is held', () => {
    expect(ask('Claim: the Quillstack image store keeps the avatars users upload. Check?')).not.toContain('Examples');
    expect(ask('What does the Quillstack image store keep?')).toBe('Quillstack (Standard): Image store: Keeps the avatars users upload.');
  });
});
