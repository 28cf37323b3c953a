import { describe, expect, it } from 'vitest';
import { answerZoneCount } from '../../../../src/lib/ask/answerers/zone-count.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildAskArchitecture, buildOneLayoutQuillstack } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#introduction';
/** Quillstack whose one layout the vendor recommends spreading over at least three availability zones. */
const catalogue = [buildOneLayoutQuillstack({ summary: 'One API in a VPC.', availabilityZones: { min: 3, source: cite } })];
const draftOf = (question: string) => answerZoneCount(buildAnswerContext(catalogue, question));

describe('answerZoneCount', () => {
  it('answers no with the recommended minimum when the question gives fewer zones, in digits or in words', () => {
    expect(
      answerQuestion('Given that we keep everything in one availability zone, does Quillstack meet the recommendation?', catalogue).answer,
    ).toBe(
      'No, not as the vendor recommends: 1 zone is fewer than its minimum. Quillstack: The vendor recommends at least 3 availability zones.',
    );
    expect(draftOf('Can Quillstack run across 2 AZs?')?.text).toMatch(
      /^No, not as the vendor recommends: 2 zones are fewer than its minimum\./,
    );
  });

  it('leaves a count that meets the minimum, a question with no zone count and a layout with no minimum to other rules', () => {
    expect(draftOf('Can Quillstack run across three availability zones?')).toBeNull();
    expect(draftOf('Can Quillstack run across availability zones?')).toBeNull();
    expect(answerZoneCount(buildAnswerContext([buildAskArchitecture()], 'Can Quillstack run in one availability zone?'))).toBeNull();
  });
});
