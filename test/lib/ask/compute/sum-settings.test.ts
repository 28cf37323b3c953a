import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { sumSettings } from '../../../../src/lib/ask/compute/sum-settings.ts';
import { listQueryTokens, tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// Fixture settings: api.autoscaling.maxReplicas 8, api.replicaCount 2; worker.autoscaling.maxReplicas 4, worker.replicaCount 1.
const architecture = buildAskArchitecture();
const sum = (question: string, words: string) => {
  const subject = buildComputeSubject(architecture, question);
  const targets = findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set());
  return sumSettings(subject, targets, listQueryTokens(subject.context.index, subject.context.reading));
};

describe('sumSettings', () => {
  it('adds the setting each named component has that matches what is asked', () => {
    expect(sum('maximum total replicas of the Quillstack API and worker with autoscaling', 'api worker')).toEqual({
      text: 'Quillstack (Standard): 8 (api.autoscaling.maxReplicas) + 4 (worker.autoscaling.maxReplicas) = 12.',
      components: ['quill-api', 'quill-worker'],
    });
  });

  it('reads "the most replicas" as the maximum', () => {
    expect(sum("What's the most replicas the Quillstack API and worker can run?", 'api worker')?.text).toBe(
      'Quillstack (Standard): 8 (api.autoscaling.maxReplicas) + 4 (worker.autoscaling.maxReplicas) = 12.',
    );
  });

  it('prefers the setting with fewest words the question did not ask for', () => {
    expect(sum('total replica count of the Quillstack API and worker', 'api worker')?.text).toBe(
      'Quillstack (Standard): 2 (api.replicaCount) + 1 (worker.replicaCount) = 3.',
    );
  });

  it('needs two components and a setting matching two asked words', () => {
    expect(sum('maximum total replicas of the Quillstack API with autoscaling', 'api')).toBeNull();
    expect(sum('total replicas of the Quillstack API and worker', 'api worker')).toBeNull();
  });
});
