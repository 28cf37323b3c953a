import { describe, expect, it } from 'vitest';
import { abbreviateName } from '../../../src/lib/ask/build-fact-index.ts';
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

  it('names a part by the initials of its name when the product’s own facts write them in capitals', () => {
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({
          id: 'edge-cache',
          name: 'Edge Cache Service',
          role: 'load-balancer',
          purpose: 'The Edge Cache Service (ECS) answers repeated reads.',
        }),
        buildComponentInput({ id: 'job-runner', name: 'Job runner pool', role: 'job-worker', purpose: 'Runs the jobs.' }),
      ],
    });
    const index = buildFactIndex([architecture]);
    const components = index.byId.get('quillstack')?.components;
    expect(components?.get('edge-cache')?.tokens.has('ecs')).toBe(true);
    // Initials no fact writes ("JRP") name nothing.
    expect(components?.get('job-runner')?.tokens.has('jrp')).toBe(false);
    // Facts about the part carry the initials as a subject word, so a question with them finds its facts.
    const purpose = index.facts.find((fact) => fact.component === 'edge-cache' && fact.attribute === 'purpose');
    expect(purpose?.subjectTokens.has('ecs')).toBe(true);
  });

  it('abbreviates only names of three to five words, leaving out bracketed words and function words', () => {
    expect(abbreviateName('Application Load Balancer', 'an ALB in front')).toEqual(['alb']);
    expect(abbreviateName('Virtual private cloud (one per region)', 'the VPC')).toEqual(['vpc']);
    expect(abbreviateName('Database for PostgreSQL flexible', 'DPF')).toEqual(['dpf']);
    expect(abbreviateName('Load balancer', 'LB')).toEqual([]);
    expect(abbreviateName('Application Load Balancer', 'an alb in lower case')).toEqual([]);
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
