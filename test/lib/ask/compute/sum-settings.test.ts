import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { sumSettings } from '../../../../src/lib/ask/compute/sum-settings.ts';
import { listQueryTokens, tokenizeText } from '../../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../../src/schemas/architecture.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// Fixture settings: api.autoscaling.maxReplicas 8, api.replicaCount 2; worker.autoscaling.maxReplicas 4, worker.replicaCount 1.
const architecture = buildAskArchitecture();
const sum = (question: string, words: string) => {
  const subject = buildComputeSubject(architecture, question);
  const targets = findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set());
  return sumSettings(subject, targets, listQueryTokens(subject.context.index, subject.context.reading));
};

type SettingInputs = NonNullable<ArchitectureInput['components'][number]['settings']>;
const setting = (name: string, value: string) => ({
  name,
  value,
  status: 'default' as const,
  source: 'authgear-self-managed#deployment-options',
});
/** Sums over Quillstack's API, worker and ledger database with the settings given, for a question naming the API and worker. */
const sumOver = (
  settings: { api: SettingInputs; worker: SettingInputs; ledger?: SettingInputs | undefined },
  question = 'maximum replicas of the Quillstack API and worker',
  words = 'api worker',
) => {
  const subject = buildComputeSubject(
    buildAskArchitectureWith([
      buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service', settings: settings.api }),
      buildComponentInput({ id: 'quill-worker', name: 'Quill worker', role: 'job-worker', settings: settings.worker }),
      buildComponentInput({ id: 'ledger-db', name: 'Ledger database', ...(settings.ledger ? { settings: settings.ledger } : {}) }),
    ]),
    question,
  );
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

  it('matches pods or instances in the question with replicas in a setting name, and reads "maxed out" as the maximum', () => {
    expect(sum('maximum number of pods for the Quillstack API and worker', 'api worker')?.text).toBe(
      'Quillstack (Standard): 8 (api.autoscaling.maxReplicas) + 4 (worker.autoscaling.maxReplicas) = 12.',
    );
    expect(sum('Quillstack API and worker maxed out: how many instances in all?', 'api worker')?.text).toBe(
      'Quillstack (Standard): 8 (api.autoscaling.maxReplicas) + 4 (worker.autoscaling.maxReplicas) = 12.',
    );
    // A bound with no word for copies matches one word of the setting, too few to pick it.
    expect(sum('maximum for the Quillstack API and worker', 'api worker')).toBeNull();
  });

  it('reads "the most replicas" as the maximum', () => {
    expect(sum("What's the most replicas the Quillstack API and worker can run?", 'api worker')?.text).toBe(
      'Quillstack (Standard): 8 (api.autoscaling.maxReplicas) + 4 (worker.autoscaling.maxReplicas) = 12.',
    );
  });

  it('reads a bound word anywhere ("at most") as asking for the setting named for that bound', () => {
    expect(sum('How many pods can the Quillstack API and worker reach in total at most?', 'api worker')?.text).toBe(
      'Quillstack (Standard): 8 (api.autoscaling.maxReplicas) + 4 (worker.autoscaling.maxReplicas) = 12.',
    );
    expect(sum('How many pods can the Quillstack API and worker run at the very least?', 'api worker')).toBeNull();
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

  it('adds only the named components, not another with a matching setting', () => {
    expect(
      sumOver({
        api: [setting('api.max.replicas', '8')],
        worker: [setting('worker.max.replicas', '4')],
        ledger: [setting('ledger.max.replicas', '3')],
      }),
    ).toEqual({
      text: 'Quillstack (Standard): 8 (api.max.replicas) + 4 (worker.max.replicas) = 12.',
      components: ['quill-api', 'quill-worker'],
    });
  });

  it("prefers, among settings matching as many asked words, the one with fewest other words, the component's own name not counted", () => {
    // "quill.api.max.replicas" has no word beyond the asked ones and the API's own name; "max.replicas.limit" has "limit".
    expect(
      sumOver({
        api: [setting('max.replicas.limit', '9'), setting('quill.api.max.replicas', '8')],
        worker: [setting('worker.max.replicas', '4'), setting('max.replicas.limit', '5')],
      })?.text,
    ).toBe('Quillstack (Standard): 8 (quill.api.max.replicas) + 4 (worker.max.replicas) = 12.');
  });

  it('prefers, among settings matching as many asked words, the one naming the bound asked over a plain count', () => {
    expect(
      sumOver(
        {
          api: [setting('api.replicaCount', '2'), setting('api.minReplicas', '1')],
          worker: [setting('worker.replicaCount', '3'), setting('worker.minReplicas', '1')],
        },
        'minimum replica count of the Quillstack API and worker',
      )?.text,
    ).toBe('Quillstack (Standard): 1 (api.minReplicas) + 1 (worker.minReplicas) = 2.');
  });

  it('keeps the first of two settings matching the same words', () => {
    expect(
      sumOver({ api: [setting('api.replicas.max', '8'), setting('api.max.replicas', '6')], worker: [setting('worker.max.replicas', '4')] })
        ?.text,
    ).toBe('Quillstack (Standard): 8 (api.replicas.max) + 4 (worker.max.replicas) = 12.');
  });

  it('prefers a setting matching more asked words to one with fewer other words', () => {
    expect(
      sumOver(
        {
          api: [setting('max.replicas.limit.burst', '9'), setting('api.max.replicas', '6')],
          worker: [setting('worker.max.replicas.limit', '4')],
        },
        'maximum replicas limit of the Quillstack API and worker',
      )?.text,
    ).toBe('Quillstack (Standard): 9 (max.replicas.limit.burst) + 4 (worker.max.replicas.limit) = 13.');
  });

  it('does not count a word naming another of the components as asked', () => {
    // "api.worker.maxReplicas" would match three words if "worker", which names the other component, counted.
    expect(
      sumOver({
        api: [setting('max.replicas.burst', '8'), setting('api.worker.maxReplicas', '6')],
        worker: [setting('worker.max.replicas', '4')],
      })?.text,
    ).toBe('Quillstack (Standard): 8 (max.replicas.burst) + 4 (worker.max.replicas) = 12.');
  });

  it('reads values with thousands separators, skips blank values and passes over a named component with no settings', () => {
    expect(
      sumOver(
        {
          api: [setting('api.max.replicas', '1,000')],
          worker: [setting('worker.max.replicas', ' '), setting('worker.max.replicas.limit', '40')],
          ledger: undefined,
        },
        'maximum replicas of the Quillstack API, worker and ledger',
        'api worker ledger',
      ),
    ).toEqual({
      text: 'Quillstack (Standard): 1,000 (api.max.replicas) + 40 (worker.max.replicas.limit) = 1,040.',
      components: ['quill-api', 'quill-worker'],
    });
  });
});
