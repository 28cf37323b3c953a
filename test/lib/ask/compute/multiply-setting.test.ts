import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { multiplySetting } from '../../../../src/lib/ask/compute/multiply-setting.ts';
import { listQueryTokens, tokenizeText } from '../../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../../src/schemas/architecture.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

type SettingInputs = NonNullable<ArchitectureInput['components'][number]['settings']>;

const cite = 'authgear-self-managed#deployment-options';
/** Quillstack with one worker whose settings are given. */
const buildWithSettings = (settings: SettingInputs) =>
  buildAskArchitectureWith([
    buildComponentInput({ id: 'quill-worker', name: 'Quill worker', role: 'job-worker', technology: 'Quill', settings }),
  ]);
const concurrency = (value: string, status: 'default' | 'example', text = 'Jobs one worker instance runs at the same time.') => ({
  name: `worker.concurrency.${status}`,
  value,
  status,
  text,
  source: cite,
});
const multiply = (settings: SettingInputs, question: string, counts: [string, number][] = [['quill-worker', 3]]) => {
  const subject = buildComputeSubject(buildWithSettings(settings), question);
  const targets = findTargets(subject.resolved, tokenizeText('worker'), subject.entry.nameTokens, new Set());
  const { reading, index } = subject.context;
  return multiplySetting(subject, targets, new Map(counts), listQueryTokens(index, reading), reading.numbers);
};

describe('multiplySetting', () => {
  it('multiplies the count by the default of a per-instance setting matching what is asked', () => {
    expect(multiply([concurrency('5', 'default')], 'With 3 Quillstack workers, how many jobs run at the same time?')).toEqual({
      text: 'Quillstack (Standard): 3 × 5 (worker.concurrency.default per Quill worker instance, its default value) = 15.',
      component: 'quill-worker',
    });
  });

  it('prefers a default to an example value that matches as well', () => {
    const settings = [concurrency('7', 'example'), concurrency('5', 'default')];
    expect(multiply(settings, 'With 3 Quillstack workers, how many jobs run at the same time?')?.text).toContain('3 × 5');
  });

  it('takes the value the question sets after the setting name', () => {
    expect(
      multiply([concurrency('5', 'default')], '3 Quillstack workers at concurrency 8: how many jobs run at the same time?')?.text,
    ).toContain('3 × 8 (worker.concurrency.default per Quill worker instance, as the question sets it; its default value is 5) = 24.');
    // "Set to" may sit between the name and the number; a number far after the name is not its value.
    expect(
      multiply([concurrency('5', 'default')], '3 Quillstack workers with concurrency set to 8: how many jobs run at the same time?')?.text,
    ).toContain('3 × 8');
    expect(
      multiply(
        [concurrency('5', 'default')],
        'concurrency for 3 Quillstack workers on the cluster with 8 nodes: how many jobs run at the same time?',
      )?.text,
    ).toContain('3 × 5');
  });

  it('multiplies nothing for a setting of the whole deployment, a value that is no number, or several counts', () => {
    const whole = concurrency('5', 'default', 'Jobs the whole deployment runs at the same time.');
    expect(multiply([whole], 'With 3 Quillstack workers, how many jobs run at the same time?')).toBeNull();
    expect(multiply([concurrency('auto', 'default')], 'With 3 Quillstack workers, how many jobs run at the same time?')).toBeNull();
    expect(
      multiply([concurrency('5', 'default')], 'With 3 Quillstack workers, how many jobs run at the same time?', [
        ['quill-worker', 3],
        ['quill-api', 2],
      ]),
    ).toBeNull();
  });
});
