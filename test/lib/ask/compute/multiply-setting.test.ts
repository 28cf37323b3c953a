import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { multiplySetting } from '../../../../src/lib/ask/compute/multiply-setting.ts';
import { listQueryTokens, splitQuestion, tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildQuillstackWithWorkerSettings, type SettingInputs } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

const cite = 'authgear-self-managed#deployment-options';
const buildWithSettings = buildQuillstackWithWorkerSettings;
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

describe('multiplySetting: a value the question sets, and the default it asks about too', () => {
  it('adds the product at the default when the question asks what runs with the setting deleted or left at its default', () => {
    for (const question of [
      '3 Quillstack workers at concurrency 8: how many jobs run at the same time, and how many if I delete the concurrency variable?',
      '3 Quillstack workers at concurrency 8: how many jobs run at the same time compared with the default?',
    ])
      expect(multiply([concurrency('5', 'default')], question)?.text).toBe(
        'Quillstack (Standard): 3 × 8 (worker.concurrency.default per Quill worker instance, as the question sets it; its default ' +
          'value is 5) = 24. At its default value: 3 × 5 = 15.',
      );
  });

  it('adds nothing when the question asks only the value it sets, or the stated value is an example', () => {
    const question = '3 Quillstack workers at concurrency 8: how many jobs run at the same time, and how many with the default?';
    expect(
      multiply([concurrency('5', 'default')], '3 Quillstack workers at concurrency 8: how many jobs run at the same time?')?.text,
    ).not.toContain('At its default');
    expect(multiply([concurrency('5', 'example')], question)?.text).not.toContain('At its default');
  });
});

describe('splitQuestion: a bare "And if …?" after a question', () => {
  it('asks the question before again under the condition, unless the condition carries a question of its own', () => {
    expect(splitQuestion('How many jobs do 3 Quillstack workers run at once? And if we leave the concurrency at its default?')).toEqual([
      'How many jobs do 3 Quillstack workers run at once',
      'How many jobs do 3 Quillstack workers run at once if we leave the concurrency at its default?',
    ]);
    expect(splitQuestion('Do we need a ledger for Quillstack? And if we cannot run one, would a hosted store do?').at(-1)).toBe(
      'if we cannot run one, would a hosted store do?',
    );
  });
});

describe('multiplySetting', () => {
  it('multiplies the count by the default of a per-instance setting matching what is asked', () => {
    expect(multiply([concurrency('5', 'default')], 'With 3 Quillstack workers, how many jobs run at the same time?')).toEqual({
      text: 'Quillstack (Standard): 3 × 5 (the default value of worker.concurrency.default per Quill worker instance) = 15.',
      component: 'quill-worker',
    });
  });

  it('prefers a default to an example value that matches as well', () => {
    const settings = [concurrency('7', 'example'), concurrency('5', 'default')];
    expect(multiply(settings, 'With 3 Quillstack workers, how many jobs run at the same time?')?.text).toContain('3 × 5');
  });

  it('takes the value of the standing the question names, and a value of a per-instance setting whose own note says nothing of instances', () => {
    const named = (value: string, status: 'default' | 'example', text: string) => ({
      ...concurrency(value, status, text),
      name: 'worker.concurrency',
    });
    const settings = [
      named('5', 'default', 'Jobs one worker instance runs at the same time.'),
      named('10', 'example', 'Used in the guides.'),
    ];
    expect(multiply(settings, 'With 3 Quillstack workers, how many jobs run at the same time?')?.text).toContain('3 × 5');
    expect(multiply(settings, 'With 3 Quillstack workers set as in the examples, how many jobs run at the same time?')?.text).toBe(
      'Quillstack (Standard): 3 × 10 (the example value of worker.concurrency per Quill worker instance) = 30.',
    );
  });

  it('multiplies no setting whose values all say nothing of one instance', () => {
    const batch = {
      name: 'worker.batch',
      value: '50',
      status: 'default' as const,
      text: 'Jobs fetched at the same time from the queue.',
      source: cite,
    };
    expect(multiply([batch], 'With 3 Quillstack workers, how many jobs run at the same time?')).toBeNull();
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

  it('takes the default when the last condition leaves the setting at it, even though the question set it before', () => {
    const question = '3 Quillstack workers at concurrency 8: how many jobs run at the same time if we left the concurrency at its default?';
    expect(multiply([concurrency('5', 'default')], question)?.text).toContain(
      '3 × 5 (the default value of worker.concurrency.default per Quill worker instance) = 15.',
    );
    // A default named outside the condition, or a condition about something else, leaves the value set.
    const other = '3 Quillstack workers at concurrency 8: how many jobs run at the same time if we left the retries at their default?';
    expect(multiply([concurrency('5', 'default')], other)?.text).toContain('3 × 8');
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

  it("needs two asked words beyond the component's name", () => {
    // "worker" names the component; "job" alone is one word of the setting.
    expect(multiply([concurrency('5', 'default')], 'With 3 Quillstack workers, how many jobs?')).toBeNull();
    // "job" and "run" are two.
    expect(multiply([concurrency('5', 'default')], 'With 3 Quillstack workers, how many jobs run?')?.text).toContain('3 × 5');
  });

  it('takes the setting matching more asked words, whatever its status or place', () => {
    const batch = { ...concurrency('5', 'default', 'Jobs one worker instance runs per batch.'), name: 'worker.batch' };
    const settings = [batch, concurrency('7', 'example')];
    expect(multiply(settings, 'With 3 Quillstack workers, how many jobs run at the same time?')?.text).toContain(
      '3 × 7 (the example value of worker.concurrency.example per Quill worker instance) = 21.',
    );
  });

  it('keeps an example matching more asked words over a default listed after it', () => {
    const batch = { ...concurrency('5', 'default', 'Jobs one worker instance runs per batch.'), name: 'worker.batch' };
    const settings = [concurrency('7', 'example'), batch];
    expect(multiply(settings, 'With 3 Quillstack workers, how many jobs run at the same time?')?.text).toContain('3 × 7');
  });

  it('keeps the first of settings matching as well, unless a default follows an example', () => {
    const question = 'With 3 Quillstack workers, how many jobs run at the same time?';
    const second = (value: string, status: 'default' | 'example') => ({
      ...concurrency(value, status),
      name: `worker.concurrency.${status}.2`,
    });
    expect(multiply([concurrency('5', 'default'), concurrency('7', 'example')], question)?.text).toContain('3 × 5');
    expect(multiply([concurrency('5', 'default'), second('6', 'default')], question)?.text).toContain('3 × 5');
    expect(multiply([concurrency('7', 'example'), second('9', 'example')], question)?.text).toContain('3 × 7');
  });

  it('reads values and counts with thousands separators, and writes them with separators', () => {
    expect(
      multiply([concurrency('1,000,000', 'default')], 'With 1,200 Quillstack workers, how many jobs run at the same time?', [
        ['quill-worker', 1200],
      ])?.text,
    ).toBe(
      'Quillstack (Standard): 1,200 × 1,000,000 (the default value of worker.concurrency.default per Quill worker instance) = 1,200,000,000.',
    );
  });

  it('reads a setting as per instance from each, per or one before an instance word in the same sentence', () => {
    const question = 'With 3 Quillstack workers, how many jobs run at the same time?';
    for (const text of [
      'Jobs each replica runs at the same time.',
      'Jobs per pod run at the same time.',
      'Jobs one container runs at the same time.',
      'Jobs that one node runs at the same time.',
      'Jobs per process; runs at the same time.',
      'Jobs each task runs at the same time.',
      'Jobs per running pod at the same time.',
    ]) {
      expect(multiply([concurrency('5', 'default', text)], question)?.text, text).toContain('3 × 5');
    }
    for (const text of [
      'Jobs at one time. The whole deployment shares them across every instance.',
      'Jobs at one time; shared by every node.',
      'Jobs the deployment runs at the same time, perinstance.',
      'Jobs at the same time across instances per deployment.',
    ]) {
      expect(multiply([concurrency('5', 'default', text)], question), text).toBeNull();
    }
  });

  it("does not read a number after the product's name as the value of a setting named after the product", () => {
    const named = { ...concurrency('5', 'default'), name: 'QUILLSTACK_CONCURRENCY' };
    expect(multiply([named], '3 workers on Quillstack 7: how many jobs run at the same time?')?.text).toContain('3 × 5');
  });

  it('does not read a negative number as the value the question sets', () => {
    expect(
      multiply([concurrency('5', 'default')], '3 Quillstack workers at concurrency -8: how many jobs run at the same time?')?.text,
    ).toContain('3 × 5');
  });

  it('reads a number as set only within four words after the setting name', () => {
    const settings = [concurrency('5', 'default')];
    expect(multiply(settings, '3 Quillstack workers with concurrency set to about 8: how many jobs run at the same time?')?.text).toContain(
      '3 × 8',
    );
    expect(
      multiply(settings, '3 Quillstack workers with concurrency set to be about 8: how many jobs run at the same time?')?.text,
    ).toContain('3 × 5');
  });

  it('multiplies nothing for a count of a component the variant does not have', () => {
    expect(
      multiply([concurrency('5', 'default')], 'With 3 Quillstack workers, how many jobs run at the same time?', [['ghost-worker', 3]]),
    ).toBeNull();
  });
});
