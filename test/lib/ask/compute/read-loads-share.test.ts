import { describe, expect, it } from 'vitest';
import { listDriverWords, readLoads } from '../../../../src/lib/ask/compute/read-loads.ts';
import { buildFactIndex, readQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

const index = buildFactIndex([buildAskArchitecture()]);
/** A driver of ten naming words. */
const batches = {
  id: 'ledger-batch',
  label: 'ledger token renewal queue batch shard cycle slot lane window',
  singular: 'ledger token renewal queue batch shard cycle slot lane window',
};

describe('readLoads: the least share of a driver’s words that names it', () => {
  it('gives a number to a driver of ten words when three of them sit beside it', () => {
    expect(listDriverWords(batches)).toHaveLength(10);
    expect(readLoads(readQuestion('For 50 ledger token renewal, how much CPU?', index), [batches]).loads).toEqual([
      { driver: 'ledger-batch', value: 50 },
    ]);
  });
});
