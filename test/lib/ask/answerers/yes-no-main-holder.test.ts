import { describe, expect, it } from 'vitest';
import { answerLookup } from '../../../../src/lib/ask/answerers/lookup.ts';
import { answerYesNo } from '../../../../src/lib/ask/answerers/yes-no.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';
type ComponentInput = Parameters<typeof buildComponentInput>[0];

/**
 * Quillstack with an API, two stores of the database kind (the Frob store, overridable, and the Ledger database) and an
 * edge proxy of another kind whose purpose calls it the main entry point.
 */
function buildStores(frobStore: Partial<ComponentInput>, ledgerPurpose = 'Holds the audit trail.') {
  const service = (id: string, name: string, purpose: string) =>
    buildComponentInput({ id, name, role: 'application-service', technology: 'Quill', purpose, source: cite });
  return [
    buildAskArchitectureWith([
      service('quill-api', 'Quill API', 'Serves the API.'),
      buildComponentInput({
        id: 'doc-store',
        name: 'Frob store',
        role: 'document-database',
        purpose: 'Keeps users and apps.',
        source: cite,
        ...frobStore,
      }),
      buildComponentInput({ id: 'sql-store', name: 'Ledger database', role: 'relational-database', purpose: ledgerPurpose, source: cite }),
      service('edge', 'Edge proxy', 'The main entry point for every request.'),
    ]),
  ];
}

const question = 'Is the Ledger database the main database?';
const handedToFrobStore = /^No\. Quillstack \(Standard\): Frob store:/;

describe('answerYesNo: another part of the kind is the main one (mutation session 43)', () => {
  it('answers a yes/no draft citing the main store’s purpose, then the asked store’s, a little less sure than the lookup (mutation session 43)', () => {
    const context = buildAnswerContext(buildStores({ purpose: 'The main persistent store of Quillstack: users and apps.' }), question);
    const draft = answerYesNo(context);
    expect(draft.text).toMatch(handedToFrobStore);
    expect(draft.kind).toBe('yes-no');
    expect(draft.facts.map((fact) => [fact.component, fact.attribute])).toEqual([
      ['doc-store', 'purpose'],
      ['sql-store', 'purpose'],
    ]);
    const lookup = answerLookup(context);
    expect(draft.strength).toBeCloseTo(lookup.strength * 0.9, 9);
    expect(draft.strength).toBeLessThan(lookup.strength);
  });

  it('hands over only on a purpose calling a part the main one, not on a note that it can serve as one (mutation session 43)', () => {
    const noted = buildStores({ notes: [{ kind: 'option', text: 'Can serve as the main store for small installs.', source: cite }] });
    expect(answerYesNo(buildAnswerContext(noted, question)).text).not.toMatch(handedToFrobStore);
  });

  it('does not hand over to a store of the same kind that nothing calls the main one (mutation session 43)', () => {
    expect(answerYesNo(buildAnswerContext(buildStores({}), question)).text).not.toMatch(handedToFrobStore);
  });

  it('keeps the question on the asked store when its own purpose calls it the main one, though another’s does too (mutation session 43)', () => {
    const both = buildStores({ purpose: 'The main store of users and apps.' }, 'The main store of the audit trail.');
    const draft = answerYesNo(buildAnswerContext(both, question));
    expect(draft.text).toMatch(/^Yes\b/);
    expect(draft.facts.map((fact) => fact.component)).toEqual(['sql-store']);
  });
});
