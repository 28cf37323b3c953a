import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

/** Quillstack, whose ledger rules out PostgreSQL 12, and whose runtime rules out its v1 launcher (the v2 one is used). */
const catalogue = () => [
  buildAskArchitecture(),
  buildAskArchitectureWith(
    [
      buildQuillApiInput(),
      buildComponentInput({
        id: 'runtime',
        name: 'Container runtime',
        role: 'container-orchestration',
        technology: 'Frobrun',
        purpose: 'Starts the containers.',
        incompatible: [
          {
            with: 'Frobrun Launcher V1',
            text: 'The V1 launcher is not supported; Launcher v2 is.',
            source: 'authgear-self-managed#deployment-options',
          },
        ],
      }),
    ],
    { id: 'quillrun', product: 'Quillrun' },
  ),
];

describe('answerYesNo: a rule against another version of what is asked', () => {
  it('declines a version the sources neither state nor rule out, saying which one they rule out', () => {
    const answer = answerQuestion('Is PostgreSQL 13 fine for Quillstack?', catalogue());
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack state nothing of PostgreSQL 13; they rule out only PostgreSQL 12.',
    );
  });

  it('still answers no for the version ruled out, or a release of it', () => {
    expect(answerQuestion('Is PostgreSQL 12 fine for Quillstack?', catalogue()).answer).toMatch(/^No\. /);
    expect(answerQuestion('Is PostgreSQL 12.4 ok for Quillstack?', catalogue()).answer).toMatch(/^No\. /);
  });

  it('answers yes when the rule names the asked major as the one to use', () => {
    expect(answerQuestion('Is Launcher 2.20 ok for Quillrun?', catalogue()).answer).toMatch(/^Yes\. /);
    expect(answerQuestion('Is Launcher 1.29 ok for Quillrun?', catalogue()).answer).toMatch(/^No\. /);
  });
});
