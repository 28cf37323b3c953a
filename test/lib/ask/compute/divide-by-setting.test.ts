import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { divideBySetting } from '../../../../src/lib/ask/compute/multiply-setting.ts';
import { answerQuestion, tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildQuillstackWithWorkerSettings, type SettingInputs } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

const cite = 'authgear-self-managed#deployment-options';
const buildWithSettings = buildQuillstackWithWorkerSettings;
const concurrency = (value: string, status: 'default' | 'example', text = 'Batch jobs one worker instance runs at the same time.') => ({
  name: 'QUILL_WORKER_CONCURRENCY',
  value,
  status,
  text,
  source: cite,
});
const divide = (settings: SettingInputs, question: string) => {
  const subject = buildComputeSubject(buildWithSettings(settings), question);
  const targets = findTargets(subject.resolved, tokenizeText('worker'), subject.entry.nameTokens, new Set());
  return divideBySetting(subject, targets, subject.context.reading.numbers);
};

describe('divideBySetting: how many instances an amount a per-instance setting counts needs', () => {
  it('divides the amount by the default value and rounds up', () => {
    expect(divide([concurrency('5', 'default')], 'How many Quillstack workers do we need for 40 batch jobs at the same time?')?.text).toBe(
      'Quillstack (Standard): 40 ÷ 5 (the default value of QUILL_WORKER_CONCURRENCY per Quill worker instance) = 8 Quill worker instances.',
    );
    expect(divide([concurrency('5', 'default')], 'How many Quillstack workers for 42 batch jobs at the same time?')?.text).toContain(
      '42 ÷ 5 (the default value of QUILL_WORKER_CONCURRENCY per Quill worker instance) = 8.4, rounded up to 9 Quill worker instances.',
    );
  });

  it('divides by the value the question sets, before the default', () => {
    expect(
      divide(
        [concurrency('5', 'default')],
        'Quillstack with QUILL_WORKER_CONCURRENCY set to 10: how many workers for 45 batch jobs at once?',
      )?.text,
    ).toContain('45 ÷ 10 (QUILL_WORKER_CONCURRENCY per Quill worker instance, as the question sets it) = 4.5, rounded up to 5');
  });

  it("divides nothing when the amount counts the instances themselves, the words after it are not the setting's, or no count is asked", () => {
    expect(divide([concurrency('5', 'default')], 'How many batch jobs do 3 Quillstack workers run at the same time?')).toBeNull();
    expect(divide([concurrency('5', 'default')], 'How many Quillstack workers for 40 users at the same time?')).toBeNull();
    expect(divide([concurrency('5', 'default')], 'What memory do Quillstack workers need for 40 batch jobs at the same time?')).toBeNull();
    // A setting that holds for the whole deployment, not per instance, divides nothing either.
    expect(
      divide(
        [concurrency('5', 'default', 'Batch jobs the deployment runs at the same time.')],
        'How many Quillstack workers for 40 batch jobs at the same time?',
      ),
    ).toBeNull();
  });

  it('answers the count as a computation through the whole engine', () => {
    const answer = answerQuestion('How many Quillstack workers do we need for 40 batch jobs at the same time?', [
      buildWithSettings([concurrency('5', 'default')]),
    ]);
    expect(answer.kind).toBe('compute');
    expect(answer.answer).toContain('= 8 Quill worker instances.');
  });
});

describe('divideBySetting: guards (mutation session 59)', () => {
  it('asks for a count as "how many" right before the target, or by a word for copies', () => {
    // "How" and "many" apart, with no word for copies, ask no count of the target.
    expect(divide([concurrency('5', 'default')], 'How do many Quillstack workers run 40 batch jobs at the same time?')).toBeNull();
  });

  it('divides by the default before an example value of the same setting, and skips a value of zero', () => {
    const example = { ...concurrency('10', 'example'), text: 'Batch jobs one worker instance runs at the same time, as in the examples.' };
    expect(
      divide([example, concurrency('5', 'default')], 'How many Quillstack workers for 40 batch jobs at the same time?')?.text,
    ).toContain('40 ÷ 5 (the default value');
    expect(divide([concurrency('0', 'default')], 'How many Quillstack workers for 40 batch jobs at the same time?')).toBeNull();
  });

  it('reads no amount from a size, and none from words naming the target itself', () => {
    expect(divide([concurrency('5', 'default')], 'How many Quillstack workers for 40 GB of batch jobs at the same time?')).toBeNull();
    expect(divide([concurrency('5', 'default')], 'How many Quillstack workers for 40 worker batch jobs at the same time?')).toBeNull();
  });
});
