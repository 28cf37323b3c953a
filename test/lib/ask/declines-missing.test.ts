import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/lib/ask/index.ts';
import { buildAskArchitecture, buildLanternpad } from '../../fixtures/build-ask-architecture.ts';

const both = [buildAskArchitecture(), buildLanternpad()];
const nodeCountLine = 'The vendor documents archkb holds for Lanternpad state no number of nodes to run.';

describe('declines: products archkb lacks named before what the held one leaves unstated', () => {
  it('capitalises every word of a lacking product written in lower case', () => {
    expect(answerQuestion('jet admin vs Lanternpad \u2014 node count?', both).declined).toBe(
      `archkb has no architecture for Jet Admin. ${nodeCountLine}`,
    );
  });

  it('joins several lacking products with "or"', () => {
    expect(answerQuestion('Okta vs Auth0 vs Lanternpad \u2014 node count?', both).declined).toBe(
      `archkb has no architecture for Okta or Auth0. ${nodeCountLine}`,
    );
  });

  it('says nothing of lacking products when the question names none', () => {
    expect(answerQuestion('Lanternpad \u2014 node count?', both).declined).toBe(nodeCountLine);
  });
});
