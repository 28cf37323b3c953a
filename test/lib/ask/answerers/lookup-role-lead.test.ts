import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

const ask = (question: string) => answerQuestion(question, [buildAskArchitecture()]).answer;

describe("answerLookup: a part's purpose follows a lead naming its role only", () => {
  it('adds no purpose after a lead that is a setting or a note of the part', () => {
    expect(ask('Quillstack ledger image?')).toBe(
      'Quillstack (Standard): Ledger database: ledger.image = {} (default): Leave unset; only the vendor image is supported.',
    );
    expect(ask('Quillstack session cache persistence?')).toBe(
      'Quillstack (Standard): Session cache: Option: Persistence is optional; sessions survive a restart only with it.',
    );
    expect(ask('Quillstack worker replica count?')).toBe(
      'Quillstack (Standard): Quill worker: worker.replicaCount = 1 (default). Quill worker: worker.autoscaling.maxReplicas = 4 (default).',
    );
  });
});
