import { describe, expect, it } from 'vitest';
import { answerQuestion, buildFactIndex, type IndexedFact, listQueryTokens, readQuestion, scoreFact } from '../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitectureWith,
  buildLedgerInput,
  buildQueueStoreInput,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';
// "Flag store" holds a word that is itself a settings cue ("flag"), so where the cue search starts matters.
const index = buildFactIndex([
  buildAskArchitectureWith([
    buildQueueStoreInput({ settings: [{ name: 'eviction', value: 'off', status: 'required', text: 'Keys must stay.', source: cite }] }),
    buildComponentInput({
      id: 'flag-store',
      name: 'Flag store',
      role: 'cache',
      technology: 'Redis',
      purpose: 'Holds the feature flags.',
      settings: [{ name: 'flags.ttl', value: '60', status: 'default', text: 'Seconds a flag is kept.', source: cite }],
    }),
    buildLedgerInput({ settings: [{ name: 'ledger.pool', value: '10', status: 'default', text: 'Connections kept open.', source: cite }] }),
  ]),
]);

/** A fact of a part by attribute (the first one). */
function factOf(component: string, attribute: IndexedFact['attribute']): IndexedFact {
  const fact = index.facts.find((candidate) => candidate.component === component && candidate.attribute === attribute);
  if (!fact) throw new Error(`no ${attribute} fact for ${component}`);
  return fact;
}

/**
 * How much more a fact weighs for the question than for the same reading with no words to find an owner in: 1.4 when
 * the question's "what X settings" names the fact's part, else 1.
 */
function ownerBoost(question: string, fact: IndexedFact): number {
  const reading = readQuestion(question, index);
  const query = listQueryTokens(index, reading);
  const plain = scoreFact(index, { ...reading, tokens: [] }, query, fact, ['quillstack']).score;
  expect(plain).toBeGreaterThan(0);
  return scoreFact(index, reading, query, fact, ['quillstack']).score / plain;
}

describe('scoreFact: the settings of the part a "what X settings" names', () => {
  const queueSetting = factOf('queue-store', 'setting');

  it('weighs the named part\'s setting 1.4× after "what" or "which", wherever the question word stands', () => {
    expect(ownerBoost('What queue store settings are required?', queueSetting)).toBeCloseTo(1.4);
    expect(ownerBoost('Which queue store settings are required?', queueSetting)).toBeCloseTo(1.4);
    expect(ownerBoost('Tell me what queue store settings are required.', queueSetting)).toBeCloseTo(1.4);
    expect(ownerBoost('Tell me which queue store settings are required.', queueSetting)).toBeCloseTo(1.4);
  });

  it("gives no boost to another part's setting, nor to the named part's facts that are not settings", () => {
    expect(ownerBoost('What queue store settings keep connections open?', factOf('ledger-db', 'setting'))).toBeCloseTo(1);
    expect(ownerBoost('What queue store settings and purpose?', factOf('queue-store', 'purpose'))).toBeCloseTo(1);
  });

  it('needs a question word before the name and a settings cue after it', () => {
    expect(ownerBoost('Queue store settings required?', queueSetting)).toBeCloseTo(1);
    expect(ownerBoost('What queue store eviction?', queueSetting)).toBeCloseTo(1);
  });

  it('looks for the cue only in the two words after the one following the question word', () => {
    // "flag" is a cue itself, right after "what": the owner is read up to the later "settings".
    expect(ownerBoost('What flag store settings are required?', factOf('flag-store', 'setting'))).toBeCloseTo(1.4);
    // "settings" four words after "what" is too far for "what are the queue store settings".
    expect(ownerBoost('What are the queue store settings?', queueSetting)).toBeCloseTo(1);
  });

  it('skips function words between the question word and the cue, but every other word must name the part', () => {
    expect(ownerBoost('What are ledger settings?', factOf('ledger-db', 'setting'))).toBeCloseTo(1.4);
    expect(ownerBoost('What queue cluster settings are required?', queueSetting)).toBeCloseTo(1);
  });
});

describe('answerQuestion: "the <product> pods" means the product\'s own service', () => {
  it("answers a backup question about the product's pods or containers from its own service, not from the store beside it", () => {
    const cite = 'authgear-self-managed#resources-reference';
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput({
          name: 'Quillstack API',
          purpose: 'Serves the sign-in API.',
          notes: [{ kind: 'info', text: 'The binary holds no state, so it needs no backup job of its own.', source: cite }],
        }),
        buildLedgerInput({
          purpose: 'Keeps accounts.',
          notes: [{ kind: 'recommendation', text: 'Back up the ledger before every update.', source: cite }],
        }),
      ]),
    ];
    for (const question of ['Do I need to back up the Quillstack pods themselves?', 'Do we need to back up the Quillstack containers?'])
      expect(answerQuestion(question, catalogue).answer).toBe(
        'No. Quillstack (Standard): Quillstack API: Note: The binary holds no state, so it needs no backup job of its own.',
      );
  });
});
