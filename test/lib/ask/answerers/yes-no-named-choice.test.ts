import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';

/** Quillstack with a required blob store whose vendor names two choices, Bucketry (the default) and Cratebox. */
const withStore = (examples: string[]) => [
  buildAskArchitectureWith([
    buildComponentInput({
      id: 'blob-store',
      name: 'Blob store',
      role: 'object-storage',
      technology: 'Bucketry',
      examples,
      purpose: 'Keeps uploaded files.',
    }),
  ]),
];
const ask = (question: string, examples = ['Bucketry', 'Cratebox']) => answerQuestion(question, withStore(examples)).answer ?? '';

describe('answerYesNo: a required part asked for by one of the choices the vendor names', () => {
  it('answers that the part is needed, not the choice, when asked whether the choice is needed', () => {
    expect(ask('Does Quillstack need Bucketry?')).toMatch(
      /^Not necessarily: object storage is required, and the vendor names Bucketry and Cratebox for it, Bucketry being one choice\./,
    );
  });

  it('answers yes to doing without the choice, with another one', () => {
    expect(ask('Can I run Quillstack without Bucketry?')).toMatch(
      /^Yes, with another choice: object storage is required, and the vendor names Bucketry and Cratebox for it\./,
    );
  });

  it('keeps the plain verdict when the part is named by its role, asked of the default, or has one choice only', () => {
    expect(ask('Does Quillstack need a blob store?')).toMatch(/^Yes: it is required\./);
    expect(ask('Does Quillstack need Bucketry by default?')).toMatch(/^Yes\b/);
    expect(ask('Does Quillstack need Bucketry?', ['Bucketry'])).toMatch(/^Yes: it is required\./);
  });
});
