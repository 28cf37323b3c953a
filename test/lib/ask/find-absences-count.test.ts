import { describe, expect, it } from 'vitest';
import { answerQuestion, tokenizeText } from '../../../src/lib/ask/index.ts';
import { asksCopyCount, findCopyNoun } from '../../../src/lib/ask/find-absences.ts';
import { buildAskArchitecture, buildLanternpad } from '../../fixtures/build-ask-architecture.ts';

const words = (text: string) => tokenizeText(text);

describe('asksCopyCount and findCopyNoun: a count named without "how many"', () => {
  it('reads a copy noun right before "count" as the thing counted', () => {
    expect(asksCopyCount(words('pod count'))).toBe(true);
    expect(findCopyNoun(words('pod count'))).toBe('pod');
    expect(asksCopyCount(words('the node and count'))).toBe(false);
    expect(findCopyNoun(words('count of nodes'))).toBeNull();
  });

  it('reads "number of" and a copy noun within the next three words', () => {
    expect(findCopyNoun(words('the number of replicas'))).toBe('replica');
    expect(findCopyNoun(words('number of api pod replicas'))).toBe('pod');
    expect(findCopyNoun(words('number of edge api replicas'))).toBe('replica');
    expect(asksCopyCount(words('number of edge api replicas'))).toBe(true);
    expect(asksCopyCount(words('number of a big edge replicas'))).toBe(false);
    expect(findCopyNoun(words('number replicas'))).toBeNull();
    expect(findCopyNoun(words('replicas number'))).toBeNull();
  });
});

describe('asksCopyCount and findCopyNoun: "how many" and its window', () => {
  it('needs both "how" and "many" before the counted noun', () => {
    expect(asksCopyCount(['why', 'many', 'replica'])).toBe(false);
    expect(asksCopyCount(['how', 'much', 'replica'])).toBe(false);
    expect(findCopyNoun(['why', 'many', 'pod'])).toBeNull();
    expect(findCopyNoun(['how', 'much', 'pod'])).toBeNull();
  });

  it('looks for the counted noun in the four words after "how many" only', () => {
    expect(asksCopyCount(['how', 'many', 'a', 'b', 'c', 'replica'])).toBe(true);
    expect(asksCopyCount(['how', 'many', 'a', 'b', 'c', 'd', 'replica'])).toBe(false);
    expect(findCopyNoun(['how', 'many', 'a', 'b', 'c', 'replica'])).toBe('replica');
    expect(findCopyNoun(['how', 'many', 'a', 'b', 'c', 'd', 'replica'])).toBeNull();
  });

  it('reads "of" after "number", not before it', () => {
    expect(findCopyNoun(['of', 'number', 'x', 'replica'])).toBeNull();
  });
});

describe('declines: "the number of" copies of a product whose sources count none', () => {
  it('declines the number of nodes of a product counting no copies, and answers it of one that does', () => {
    const both = [buildAskArchitecture(), buildLanternpad()];
    const declined = answerQuestion('Lanternpad: the number of nodes?', both);
    expect(declined.answer).toBeNull();
    expect(declined.declined).toBe('The vendor documents archkb holds for Lanternpad state no number of nodes to run.');
    expect(answerQuestion('Quillstack: the number of replicas?', both).answer).toContain('replicaCount = 2');
  });
});

describe('asksCopyCount: what "how many" counts ends at its verb', () => {
  it('counts the copies named before the verb, not a count noun after it', () => {
    expect(asksCopyCount(words('how many ledger replicas should run'))).toBe(true);
    expect(asksCopyCount(words('how many zones should the nodes span'))).toBe(false);
    expect(asksCopyCount(words('how many racks do nodes need'))).toBe(false);
    // Nothing named before the verb: the count noun after it is still not what is counted.
    expect(asksCopyCount(words('how many do the nodes need'))).toBe(false);
  });
});
