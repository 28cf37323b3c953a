import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/lib/ask/index.ts';
import { loadContentArchitectures } from '../fixtures/load-real-content.ts';

// A yes/no naming one store as the place of something another store keeps, over the real content: the fixture catalogues
// rank the named store's purpose below the other's, so only a product with two stores of one kind shows the case.
describe('ask over the real content: "is T where A is kept?"', () => {
  const architectures = loadContentArchitectures();

  it('answers no with the store whose purpose keeps A, then the named store\'s own purpose', () => {
    const answer = answerQuestion('Is the PostgreSQL database where Appsmith stores the applications we build?', architectures).answer ?? '';
    expect(answer).toMatch(/^No\. Appsmith \([^)]*\)+: MongoDB: /);
    expect(answer).toContain('PostgreSQL: ');
  });
});
