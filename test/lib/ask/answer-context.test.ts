import { describe, expect, it } from 'vitest';
import {
  chooseVariant,
  createAnswerContext,
  findComponentMatches,
  findResolved,
  labelVariant,
  trimStop,
  writeFact,
} from '../../../src/lib/ask/answer-context.ts';
import { buildFactIndex, readQuestion } from '../../../src/lib/ask/index.ts';
import type { IndexedFact } from '../../../src/lib/ask/types.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import { buildAnswerContext } from '../../fixtures/build-answer-context.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildLedgerInput,
} from '../../fixtures/build-ask-architecture.ts';

/** The first fact of a context's index about a component with an attribute. */
const factOf = (facts: readonly IndexedFact[], component: string | null, attribute: string): IndexedFact => {
  const fact = facts.find((candidate) => candidate.component === component && candidate.attribute === attribute);
  if (!fact) throw new Error(`no ${attribute} fact for ${String(component)}`);
  return fact;
};

describe('createAnswerContext', () => {
  it('ranks the facts once, on first use, and hands the same ranking to every later reader', () => {
    const index = buildFactIndex([buildAskArchitecture()]);
    const context = createAnswerContext(index, readQuestion('What does the Quillstack ledger keep?', index), ['quillstack']);
    const first = context.ranked();
    expect(first.length).toBeGreaterThan(0);
    expect(context.ranked()).toBe(first);
  });
});

describe('findResolved', () => {
  it('takes the variant the index resolved, or resolves one the entry lacks', () => {
    const index = buildFactIndex([buildAskArchitecture()]);
    const entry = index.byId.get('quillstack');
    if (!entry) throw new Error('no entry');
    const clustered = entry.resolved.find((resolved) => resolved.variant.id === 'clustered');
    expect(findResolved(entry, 'clustered')).toBe(clustered);
    const resolved = findResolved({ ...entry, resolved: [] }, 'clustered');
    expect(resolved.variant.name).toBe('Clustered (high availability)');
  });
});

describe('chooseVariant', () => {
  it('takes the variant the question names, else the fact’s first, else the product’s first', () => {
    const named = buildAnswerContext([buildAskArchitecture()], 'What does clustered Quillstack run?');
    const unnamed = buildAnswerContext([buildAskArchitecture()], 'What does Quillstack run?');
    const fact = { ...factOf(unnamed.index.facts, 'quill-api', 'purpose'), variants: ['clustered', 'standard'] };
    expect(chooseVariant(named, 'quillstack', { ...fact, variants: ['standard'] })).toBe('clustered');
    expect(chooseVariant(unnamed, 'quillstack', fact)).toBe('clustered');
    expect(chooseVariant(unnamed, 'quillstack', { ...fact, variants: [] })).toBe('standard');
    expect(chooseVariant(unnamed, 'quillstack')).toBe('standard');
    expect(chooseVariant(unnamed, 'frobcore')).toBe('');
  });
});

describe('labelVariant', () => {
  it('names the variant after the product only when the product has several', () => {
    const context = buildAnswerContext([buildAskArchitecture(), buildLanternpad()], 'What does Quillstack run?');
    expect(labelVariant(context, 'quillstack', 'clustered')).toBe('Quillstack (Clustered (high availability))');
    expect(labelVariant(context, 'quillstack', 'no-such-variant')).toBe('Quillstack');
    const [lanternVariant] = buildLanternpad().variants;
    expect(labelVariant(context, 'lanternpad', lanternVariant?.id ?? '')).toBe('Lanternpad');
    expect(labelVariant(context, 'frobcore', 'standard')).toBe('frobcore');
  });
});

describe('trimStop and writeFact', () => {
  it('drops trailing full stops and spaces only', () => {
    expect(trimStop('Runs 2 nodes. ')).toBe('Runs 2 nodes');
    expect(trimStop('Version 1.5 only...')).toBe('Version 1.5 only');
    expect(trimStop('v1.5')).toBe('v1.5');
  });

  it('writes a component fact after its subject, and a connection or whole-product fact alone', () => {
    const { index } = buildAnswerContext([buildAskArchitecture()], 'What does Quillstack run?');
    const purpose = factOf(index.facts, 'quill-api', 'purpose');
    expect(writeFact({ ...purpose, text: 'Serves the sign-in API.' })).toBe('Quill API: Serves the sign-in API.');
    expect(writeFact({ ...purpose, attribute: 'connection', text: 'Quill API calls the ledger' })).toBe('Quill API calls the ledger.');
    const summary = factOf(index.facts, null, 'summary');
    expect(writeFact({ ...summary, text: 'One API and a ledger. ' })).toBe('One API and a ledger.');
  });
});

describe('findComponentMatches', () => {
  it('scores a part by its matched words over the root of how many words name it, best first', () => {
    // "Ledger" is named by one word, "Ledger archive vault" by three.
    const architecture = buildAskArchitectureWith([
      buildComponentInput({ id: 'ledger-archive-vault', name: 'Ledger archive vault', role: 'object-storage', technology: 'Ledger' }),
      buildComponentInput({ id: 'ledger', name: 'Ledger', role: 'relational-database', technology: 'Ledger' }),
      buildComponentInput({ id: 'frobcore', name: 'Frobcore', role: 'cache', technology: 'Frobcore' }),
    ]);
    const context = buildAnswerContext([architecture], 'Where does Quillstack keep the ledger?');
    const entry = context.index.byId.get('quillstack');
    const one = entry?.components.get('ledger')?.tokens.size ?? 0;
    const three = entry?.components.get('ledger-archive-vault')?.tokens.size ?? 0;
    expect([one, three]).toEqual([1, 3]);
    const matches = findComponentMatches(context);
    expect(matches.map((match) => [match.architectureId, match.componentId, match.name])).toEqual([
      ['quillstack', 'ledger', 'Ledger'],
      ['quillstack', 'ledger-archive-vault', 'Ledger archive vault'],
    ]);
    // Same word, same weight: the scores stand as √3 to 1.
    expect((matches[0]?.score ?? 0) / (matches[1]?.score ?? 1)).toBeCloseTo(Math.sqrt(3), 6);
  });

  it('adds the weights of every matched word and skips products the index lacks', () => {
    const architecture = buildAskArchitectureWith([buildLedgerInput({ name: 'Ledger vault' })]);
    const one = findComponentMatches(buildAnswerContext([architecture], 'Where does Quillstack keep the ledger?'));
    const two = findComponentMatches(
      buildAnswerContext([architecture], 'Where does Quillstack keep the ledger vault?', ['frobcore', 'quillstack']),
    );
    expect(two.map((match) => match.componentId)).toEqual(['ledger-db']);
    expect(two[0]?.score ?? 0).toBeGreaterThan(one[0]?.score ?? 0);
  });

  it('weighs a word by how rare it is among the facts of the part’s own product', () => {
    // Frobcore is all ledger: there the word says little. In Quillstack it names one part among several.
    const frobcore = buildAskArchitectureWith([buildLedgerInput()], { id: 'frobcore', product: 'Frobcore', vendor: 'Frob Inc.' });
    const quillstack = buildAskArchitecture();
    const context = buildAnswerContext([frobcore, quillstack], 'Where is the ledger database kept?');
    expect(findComponentMatches(context).map((match) => match.architectureId)).toEqual(['quillstack', 'frobcore']);
  });
});
