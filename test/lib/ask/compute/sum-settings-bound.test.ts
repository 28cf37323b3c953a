import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { sumSettings } from '../../../../src/lib/ask/compute/sum-settings.ts';
import { listQueryTokens, tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// A source section the fixtures already cite, so the architectures pass the real schema.
const [section] = buildAskArchitecture().loadDrivers[0]?.source ?? [];
const cite = section ? `${section.doc}#${section.section}` : '';
const setting = (name: string, value: string) => ({ name, value, status: 'default' as const, source: cite });

describe('sumSettings: the bound asked before fewer other words', () => {
  it('keeps a setting naming the bound asked, listed first, over a later plain count with fewer other words', () => {
    const subject = buildComputeSubject(
      buildAskArchitectureWith([
        buildQuillApiInput({ settings: [setting('api.minReplicas.spare', '1'), setting('api.replicaCount', '2')] }),
        buildComponentInput({ id: 'quill-worker', name: 'Quill worker', settings: [setting('worker.minReplicas', '1')] }),
      ]),
      'minimum replica count of the Quillstack API and worker',
    );
    const targets = findTargets(subject.resolved, tokenizeText('api worker'), subject.entry.nameTokens, new Set());
    // Both API settings match two asked words; the first names the minimum asked, so 1 + 1 = 2, not 2 + 1.
    expect(sumSettings(subject, targets, listQueryTokens(subject.context.index, subject.context.reading))?.text).toBe(
      'Quillstack (Standard): 1 (api.minReplicas.spare) + 1 (worker.minReplicas) = 2.',
    );
  });
});
