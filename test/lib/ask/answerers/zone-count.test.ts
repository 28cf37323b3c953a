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

describe('answerZoneCount: which layout, which facts, how the count is read', () => {
  /** Quillstack's two layouts with their own zone minimums: three for Standard, five for Clustered. */
  const twoLayouts = [
    buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API.', availabilityZones: { min: 3, source: cite }, source: cite },
        { id: 'clustered', name: 'Clustered', summary: 'Several API nodes.', availabilityZones: { min: 5, source: cite }, source: cite },
      ],
    }),
  ];

  it('cites only the zone fact of the layout asked, labelled with that layout', () => {
    expect(answerZoneCount(buildAnswerContext(twoLayouts, 'Can the Clustered layout of Quillstack run across 4 zones?'))?.text).toBe(
      'No, not as the vendor recommends: 4 zones are fewer than its minimum. Quillstack (Clustered): The vendor recommends at least 5 availability zones.',
    );
  });

  it('reads a count of two digits', () => {
    const wide = [buildOneLayoutQuillstack({ summary: 'One API.', availabilityZones: { min: 12, source: cite } })];
    expect(answerZoneCount(buildAnswerContext(wide, 'Can Quillstack run across 10 zones?'))?.text).toMatch(
      /^No, not as the vendor recommends: 10 zones are fewer than its minimum\./,
    );
  });

  it('reads the count before a zone word that comes after one opening the question', () => {
    expect(draftOf('Zones: can Quillstack run across 2 zones?')?.text).toMatch(/^No, not as the vendor recommends: 2 zones/);
  });

  it('gives no draft when the scope holds more than one architecture or one the index does not hold', () => {
    const question = 'Can Quillstack run across 2 zones?';
    expect(answerZoneCount(buildAnswerContext(catalogue, question, ['quillstack', 'quillstack']))).toBeNull();
    expect(answerZoneCount(buildAnswerContext(catalogue, question, ['no-such-product']))).toBeNull();
    expect(answerZoneCount(buildAnswerContext(catalogue, question, []))).toBeNull();
  });
});

describe('answerZoneCount: what it returns and what it reads as a count', () => {
  it('returns a yes/no draft citing the zone fact, certain enough to answer', () => {
    expect(draftOf('Can Quillstack run across 2 zones?')).toEqual({
      kind: 'yes-no',
      text: 'No, not as the vendor recommends: 2 zones are fewer than its minimum. Quillstack: The vendor recommends at least 3 availability zones.',
      facts: [expect.objectContaining({ attribute: 'zones', text: 'The vendor recommends at least 3 availability zones' })],
      coverage: 0.85,
      strength: 0.85,
    });
  });

  it('reads no count from a word that ends in digits before the zone word ("r2 zones")', () => {
    expect(draftOf('Can Quillstack run in r2 zones?')).toBeNull();
  });
});
