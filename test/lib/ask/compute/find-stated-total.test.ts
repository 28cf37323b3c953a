import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../../../src/lib/ask/build-fact-index.ts';
import { findStatedTotal } from '../../../../src/lib/ask/compute/find-stated-total.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';

/** The indexed facts of Quillstack with the architecture notes given. */
function factsWith(...texts: string[]) {
  const architecture = buildAskArchitecture({ notes: texts.map((text) => ({ kind: 'info' as const, text, source: cite })) });
  return buildFactIndex([architecture]).factsByArchitecture.get('quillstack') ?? [];
}

describe('findStatedTotal', () => {
  it('gives the note that states a total and holds at least two of the naming words', () => {
    const facts = factsWith('The vendor table totals the API and worker defaults at 3 GiB memory limits.');
    expect(findStatedTotal(facts, 'standard', ['api', 'worker'])?.text).toBe(
      'Note: The vendor table totals the API and worker defaults at 3 GiB memory limits',
    );
  });

  it('gives none for one naming word, a note with no total word, or a note with no figure', () => {
    expect(findStatedTotal(factsWith('The vendor table totals the API defaults at 3 GiB.'), 'standard', ['api', 'worker'])).toBeNull();
    expect(
      findStatedTotal(factsWith('The API and worker defaults come to 3 GiB memory limits.'), 'standard', ['api', 'worker']),
    ).toBeNull();
    expect(findStatedTotal(factsWith('The vendor never totals the API and worker defaults.'), 'standard', ['api', 'worker'])).toBeNull();
  });

  it('prefers the note holding more naming words, and gives none when two hold the most', () => {
    const facts = factsWith('In sum the API and worker need 2 GiB.', 'In total the API, worker and ledger need 9 GiB.');
    expect(findStatedTotal(facts, 'standard', ['api', 'worker', 'ledger'])?.text).toContain('9 GiB');
    expect(findStatedTotal(facts, 'standard', ['api', 'worker'])).toBeNull();
  });

  it('gives none for a variant the note does not hold', () => {
    expect(findStatedTotal(factsWith('The vendor table totals the API and worker at 3 GiB.'), 'elsewhere', ['api', 'worker'])).toBeNull();
  });

  it('reads only notes, not a component fact that states a total', () => {
    const architecture = buildAskArchitectureWith([buildQuillApiInput({ purpose: 'Totals the API and worker sign-ins every 5 minutes.' })]);
    const facts = buildFactIndex([architecture]).factsByArchitecture.get('quillstack') ?? [];
    expect(facts.some((fact) => fact.attribute === 'purpose' && fact.text.includes('Totals'))).toBe(true);
    expect(findStatedTotal(facts, 'standard', ['api', 'worker'])).toBeNull();
  });
});
