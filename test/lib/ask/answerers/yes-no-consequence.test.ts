import { describe, expect, it } from 'vitest';
import { answerYesNo } from '../../../../src/lib/ask/answerers/yes-no.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';

/** Quillstack with one report builder, its switch settings, the purpose given and option notes. */
const withBuilder = (purpose: string, notes: readonly string[] = []) => [
  buildAskArchitectureWith([
    buildComponentInput({
      id: 'report-builder',
      name: 'Report builder',
      role: 'job-worker',
      technology: 'Quill',
      purpose,
      notes: notes.map((text) => ({ kind: 'option', text, source: cite })),
      settings: [
        {
          name: 'reportBuilder.enabled',
          value: 'true',
          status: 'default',
          text: 'Set to false to disable the report builder service.',
          source: cite,
        },
        { name: 'reportBuilder.autoscaling.enabled', value: 'false', status: 'default', source: cite },
        { name: 'reportBuilder.replicaCount', value: '1', status: 'default', source: cite },
        { name: 'reportBuilder.logLevel', value: 'info', status: 'default', source: cite },
      ],
      source: cite,
    }),
  ]),
];

describe('answerYesNo: which fact says what happens in the situation asked (mutation session 38)', () => {
  const question = 'If I disable the Quillstack report builder service, do reports stop running?';
  const settings =
    'No. Quillstack (Standard): Report builder: reportBuilder.enabled = true (default): Set to false to disable the report builder service. Report builder: reportBuilder.autoscaling.enabled = false (default).';
  const answer = (purpose: string, notes: readonly string[] = []) =>
    answerYesNo(buildAnswerContext(withBuilder(purpose, notes), question)).text;

  it('adds a close fact stating what happens in some situation', () => {
    const purpose = 'Builds the monthly reports; when turned off, the API builds them instead.';
    expect(answer(purpose)).toBe(`${settings} Report builder: ${purpose}`);
  });

  it('adds no close fact that states no situation, though it ranks as close', () => {
    expect(answer('Builds the monthly reports; turned off, the API builds them instead.')).toBe(settings);
  });

  it('adds no fact stating a situation that ranks far below the best', () => {
    expect(answer('Builds the monthly reports.', ['When idle, the builder sleeps.'])).toBe(settings);
  });
});
