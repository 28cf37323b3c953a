import { describe, expect, it } from 'vitest';
import { findScopeWithout } from '../../../../src/lib/ask/compute/find-scope-without.ts';
import { buildAskArchitecture, buildLeftOutArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

const subject = buildComputeSubject(buildLeftOutArchitecture(), 'Quillstack');

describe('findScopeWithout', () => {
  it('gives the scope whose note names what is left out, with the note', () => {
    expect(findScopeWithout(subject, ['log', 'shipping', 'metric'])).toEqual({
      scope: 'minimum',
      note: 'If you leave out extras such as log shipping and metrics.',
    });
    // Two of the left-out words are enough; one word of one is, when it is all that is left out.
    expect(findScopeWithout(subject, ['log', 'shipping'])?.scope).toBe('minimum');
    expect(findScopeWithout(subject, ['metric'])?.scope).toBe('minimum');
  });

  it('gives none when nothing is left out or no note names two of the words', () => {
    expect(findScopeWithout(subject, [])).toBeNull();
    expect(findScopeWithout(subject, ['log', 'cache', 'worker'])).toBeNull();
  });

  it('takes two of several left-out words as naming them', () => {
    // The note names "log" and "shipping" but not "cache": two words are enough though not all are named.
    expect(findScopeWithout(subject, ['log', 'shipping', 'cache'])?.scope).toBe('minimum');
  });

  it('reads the notes of hosts, and passes over a host that states no figures', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const withHosts = buildAskArchitecture({
      hosts: [
        { id: 'data-box', name: 'Data box', kind: 'server', components: ['ledger-db', 'session-cache'], source: cite },
        {
          id: 'app-box',
          name: 'Application box',
          kind: 'server',
          components: ['quill-api', 'quill-worker'],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', note: 'Without the audit export job.', source: cite }],
          source: cite,
        },
      ],
    });
    expect(findScopeWithout(buildComputeSubject(withHosts, 'Quillstack'), ['audit', 'export'])).toEqual({
      scope: 'minimum',
      note: 'Without the audit export job.',
    });
  });
});
