import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../../src/schemas/architecture.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

/**
 * Quillstack with a component called `ownName`, a second application service (so "app" names no component by its role
 * either) and a ledger database; `hosts` may add a host.
 */
function buildProduct(ownName: string, hosts: ArchitectureInput['hosts'] = []) {
  return buildComputeSubject(
    buildAskArchitecture({
      hosts,
      components: [
        buildComponentInput({ id: 'own', name: ownName, role: 'application-service' }),
        buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service' }),
        buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database' }),
      ],
    }),
    'Quillstack',
  );
}

const targetsOf = (named: ReturnType<typeof buildProduct>, words: string) =>
  findTargets(named.resolved, tokenizeText(words), named.entry.nameTokens, new Set()).map(({ id, coverage, hits }) => ({
    id,
    coverage,
    hits,
  }));
const idsOf = (named: ReturnType<typeof buildProduct>, words: string) => targetsOf(named, words).map(({ id }) => id);

describe("findTargets: which component the product's own app is (mutation session 43)", () => {
  it('names the own app in full, with the question’s own word as its hit (mutation session 43)', () => {
    const [own] = targetsOf(buildProduct('Quillstack server'), 'the app plus the ledger');
    expect(own).toEqual({ id: 'own', coverage: 1, hits: tokenizeText('app') });
  });

  it('reads the app word as the own app when it opens the question (mutation session 43)', () => {
    expect(tokenizeText('app plus the ledger')[0]).toBe(tokenizeText('app')[0]);
    expect(idsOf(buildProduct('Quillstack server'), 'app plus the ledger')).toEqual(['own', 'ledger-db']);
  });

  it('does not take a component named by generic words alone without the product’s name for the app (mutation session 43)', () => {
    expect(idsOf(buildProduct('Service layer'), 'the app plus the ledger')).toEqual(['ledger-db']);
  });

  it('counts only components as the app: a host called by the product and a generic word does not share it (mutation session 43)', () => {
    const withHost = buildProduct('Quillstack server', [
      {
        id: 'quill-box',
        name: 'Quillstack node',
        kind: 'server',
        components: ['own', 'ledger-db'],
        source: 'authgear-self-managed#resources-reference',
      },
    ]);
    expect(idsOf(withHost, 'the app plus the ledger')).toEqual(['own', 'ledger-db']);
  });
});
