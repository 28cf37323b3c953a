import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { multiplySetting } from '../../../../src/lib/ask/compute/multiply-setting.ts';
import { listQueryTokens, tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildQuillWorkerInput } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// A source section the fixtures already cite, so the architectures pass the real schema.
const [section] = buildAskArchitecture().loadDrivers[0]?.source ?? [];
const cite = section ? `${section.doc}#${section.section}` : '';

/** Quillstack with one worker whose per-instance concurrency, described as given, defaults to the value given; the question counts 3 workers. */
const multiplyDescribed = (question: string, text: string, value = '5') => {
  const subject = buildComputeSubject(
    buildAskArchitectureWith([
      buildQuillWorkerInput({
        settings: [{ name: 'worker.concurrency', value, status: 'default', text, source: cite }],
      }),
    ]),
    question,
  );
  const targets = findTargets(subject.resolved, tokenizeText('worker'), subject.entry.nameTokens, new Set());
  const { reading, index } = subject.context;
  return multiplySetting(subject, targets, new Map([['quill-worker', 3]]), listQueryTokens(index, reading), reading.numbers)?.text;
};
const multiply = (question: string, value = '5') => multiplyDescribed(question, 'Jobs one worker instance runs at the same time.', value);
const atDefault = 'Quillstack (Standard): 3 × 5 (the default value of worker.concurrency per Quill worker instance) = 15.';

describe('multiplySetting: which number the question sets the setting to', () => {
  it('keeps the default when a condition opening the question puts the setting back to its default', () => {
    expect(multiply('If concurrency 8 goes back to the default, how many jobs do 3 Quillstack workers run at the same time?')).toBe(
      atDefault,
    );
  });

  it('reads no value from a number another word is set to, or that a figure only goes up to', () => {
    expect(multiply('3 Quillstack workers: how many jobs run at the same time if we set retries to 10?')).toBe(atDefault);
    expect(multiply('3 Quillstack workers: how many jobs run at the same time if retries go up to 10?')).toBe(atDefault);
  });

  it('reads the value a passive sets on the setting named before ("if it gets set to 10"), as "if we set it to 10" does', () => {
    const set =
      'Quillstack (Standard): 3 × 10 (worker.concurrency per Quill worker instance, as the question sets it; its default value is 5) = 30.';
    expect(multiply('3 Quillstack workers: how many jobs at the same time with the concurrency, if we set it to 10?')).toBe(set);
    expect(multiply('3 Quillstack workers: how many jobs at the same time with the concurrency, if it gets set to 10?')).toBe(set);
    expect(multiply('3 Quillstack workers: how many jobs at the same time with the concurrency, once it is set to 10?')).toBe(set);
  });

  it('reads the value a number is set to when the words after it say what the setting counts, its name unwritten', () => {
    expect(multiply('3 Quillstack workers running, each one set to 10 concurrent jobs: how many jobs run at the same time?')).toBe(
      'Quillstack (Standard): 3 × 10 (worker.concurrency per Quill worker instance, as the question sets it; its default value is 5) = 30.',
    );
    expect(multiply('3 Quillstack workers with the grace period set to 10 minutes: how many jobs run at the same time?')).toBe(atDefault);
  });

  it('reads no value from a number "those" go to with no verb that sets a value', () => {
    expect(multiply('3 Quillstack workers: how many jobs run at the same time, and if those go to 10?')).toBe(atDefault);
  });

  it('adds the product at a default written with a thousands separator', () => {
    expect(multiply('3 Quillstack workers at concurrency 8: how many jobs run at the same time compared with the default?', '1,000')).toBe(
      'Quillstack (Standard): 3 × 8 (worker.concurrency per Quill worker instance, as the question sets it; its default value is 1,000) ' +
        '= 24. At its default value: 3 × 1,000 = 3,000.',
    );
  });

  it('gives the default once when the question sets no value and names the default', () => {
    expect(multiply('3 Quillstack workers at the default concurrency: how many jobs run at the same time?')).toBe(atDefault);
  });
});

describe('multiplySetting: a number set to, described by the words after it', () => {
  const setTo10 =
    'Quillstack (Standard): 3 × 10 (worker.concurrency per Quill worker instance, as the question sets it; its default value is 5) = 30.';

  it('reads the first three content words after the number, not the number itself or the word before it', () => {
    // "jobs" is the third content word after 10, and the only one the setting's text holds.
    expect(multiply('3 Quillstack workers running, each one set to 10 parallel background jobs: how many jobs run at the same time?')).toBe(
      setTo10,
    );
  });

  it('reads no further than three content words after the number', () => {
    // "jobs" is the fourth content word after 10, past the description.
    expect(
      multiply('3 Quillstack workers running, each one set to 10 parallel nightly background jobs: how many jobs run at the same time?'),
    ).toBe(atDefault);
  });

  it('skips small words when counting the three', () => {
    expect(multiply('3 Quillstack workers running, each one set to 10 of the nightly jobs: how many jobs run at the same time?')).toBe(
      setTo10,
    );
  });

  it('reads the description to the end of the question when no question word follows the number', () => {
    expect(multiply('How many jobs run at the same time on 3 Quillstack workers running, each one set to 10 jobs?')).toBe(setTo10);
  });

  it('needs a verb that sets a value before "to"', () => {
    expect(multiply('3 Quillstack workers running, each one up to 10 concurrent jobs: how many jobs run at the same time?')).toBe(
      atDefault,
    );
  });

  it('does not take the product name in the setting text for a word of what the setting counts', () => {
    const text = 'Jobs one Quillstack worker instance runs at the same time.';
    expect(
      multiplyDescribed(
        '3 Quillstack workers running, each one set to 10 by the Quillstack chart: how many jobs run at the same time?',
        text,
      ),
    ).toBe(atDefault);
  });
});

describe('multiplySetting: what runs when the setting is not set, beside the value the question sets', () => {
  /** Quillstack's worker with both a default and an example concurrency; the question counts 3 workers. */
  const multiplyWithExample = (question: string) => {
    const text = 'Jobs one worker instance runs at the same time.';
    const subject = buildComputeSubject(
      buildAskArchitectureWith([
        buildQuillWorkerInput({
          settings: [
            { name: 'worker.concurrency', value: '5', status: 'default', text, source: cite },
            { name: 'worker.concurrency', value: '10', status: 'example', text, source: cite },
          ],
        }),
      ]),
      question,
    );
    const targets = findTargets(subject.resolved, tokenizeText('worker'), subject.entry.nameTokens, new Set());
    const { reading, index } = subject.context;
    return multiplySetting(subject, targets, new Map([['quill-worker', 3]]), listQueryTokens(index, reading), reading.numbers)?.text;
  };

  it('adds the default product when asked "if we do not set it", even when the example value was matched', () => {
    const answer = multiplyWithExample(
      '3 Quillstack workers with concurrency 8 as in the example: how many jobs run at the same time, and how many if we do not set it at all?',
    );
    expect(answer).toMatch(/^Quillstack \(Standard\): 3 × 8 \(worker\.concurrency per Quill worker instance, as the question sets it/);
    expect(answer).toMatch(/At its default value: 3 × 5 = 15\.$/);
  });

  it('adds nothing when the question only sets the value', () => {
    expect(
      multiplyWithExample('3 Quillstack workers with concurrency 8 as in the example: how many jobs run at the same time?'),
    ).not.toMatch(/At its default value/);
  });
});
