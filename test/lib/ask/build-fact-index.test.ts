import { describe, expect, it } from 'vitest';
import { buildFactIndex, tokenizeText } from '../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import { buildAskArchitecture } from '../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';
const [version] = tokenizeText('version');

describe('buildFactIndex', () => {
  it('gives a fact stating a version without the word ("13+", "16.x") the word, and a size no such word', () => {
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          requirements: [
            { scope: 'production', versions: [{ product: 'PostgreSQL', min: '13' }], source: cite },
            { scope: 'minimum', vcpu: 1.5, memory: '4 GB', source: cite },
          ],
        }),
      ],
    });
    const requirements = buildFactIndex([architecture]).facts.filter((fact) => fact.attribute === 'requirement');
    const versioned = requirements.find((fact) => fact.text.includes('PostgreSQL 13+'));
    const sized = requirements.find((fact) => fact.text.includes('4 GB'));
    expect(versioned?.tokens).toContain(version);
    expect(sized?.tokens).not.toContain(version);
  });

  it('names a lower-case daemon ("schedulerd") by its stem and "daemon" too, but not a capitalised word ending in d', () => {
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({ id: 'schedulerd', name: 'schedulerd', role: 'job-worker' }),
        buildComponentInput({ id: 'dashboard', name: 'Dashboard', role: 'frontend' }),
      ],
    });
    const components = buildFactIndex([architecture]).byId.get('quillstack')?.components;
    expect([...(components?.get('schedulerd')?.tokens ?? [])]).toEqual(expect.arrayContaining([...tokenizeText('scheduler daemon')]));
    expect([...(components?.get('dashboard')?.tokens ?? [])]).not.toContain(tokenizeText('daemon')[0]);
  });
});
