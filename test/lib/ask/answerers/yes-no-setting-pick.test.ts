import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';

/** Quillstack whose job runners are on by default while their autoscaling is off by default. */
const catalogue = [
  buildAskArchitectureWith([
    buildQuillApiInput(),
    buildComponentInput({
      id: 'job-runner',
      name: 'Job runners',
      role: 'job-worker',
      technology: 'Quill',
      settings: [
        {
          name: 'jobRunners.autoscaling.enabled',
          value: 'false',
          status: 'default',
          text: 'Turns on horizontal pod autoscaling.',
          source: cite,
        },
        {
          name: 'jobRunners.enabled',
          value: 'true',
          status: 'default',
          text: 'Turns the job runner service on; with it off, jobs keep running, processed by the API service instead.',
          source: cite,
        },
      ],
    }),
  ]),
];
const ask = (question: string) => answerQuestion(question, catalogue);

describe('answerYesNo: which switch answers "is it on?"', () => {
  it('reads "<part> on by default?" as yes or no and judges the switch whose name adds fewest unasked words, written first', () => {
    const answer = ask('Quillstack job runners on by default?');
    expect(answer.kind).toBe('yes-no');
    expect(answer.answer).toMatch(/^Yes\. Quillstack \(Standard\): Job runners: jobRunners\.enabled = true \(default\)/);
    expect(ask('Quillstack job runners off by default?').answer).toMatch(
      /^No\. Quillstack \(Standard\): Job runners: jobRunners\.enabled = true/,
    );
  });

  it('judges the switch the question names when it asks of autoscaling', () => {
    expect(ask('Is autoscaling of the Quillstack job runners on by default?').answer).toMatch(
      /^No\. Quillstack \(Standard\): Job runners: jobRunners\.autoscaling\.enabled = false/,
    );
  });
});
