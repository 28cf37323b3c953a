import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildQuillWorkerInput } from '../../../fixtures/build-ask-architecture.ts';

const ask = (question: string, catalogue = [buildAskArchitecture()]) => answerQuestion(question, catalogue).answer ?? '';

describe('answerYesNo: whether a part is stateful, which the sources rarely say', () => {
  it("answers by the role of a part whose role keeps data, saying it is archkb's reading", () => {
    expect(ask('Is the Quillstack ledger database stateful?')).toMatch(
      /^Yes, by archkb's reading of its role: in Quillstack \(Standard\), Ledger database is a relational database, a part whose role keeps data/,
    );
    expect(ask('Is the Quillstack ledger database stateless?')).toMatch(/^No, by archkb's reading of its role:/);
  });

  it('says "not stated" of a part of another role, which may still keep data under another name', () => {
    expect(ask('Is the Quill worker stateful?')).toMatch(
      /^Not stated: the sources do not say whether Quill worker in Quillstack \(Standard\) holds state;/,
    );
  });

  it('leaves the answer to the facts when one of the product calls a part stateful or stateless', () => {
    const stated = [buildAskArchitectureWith([buildQuillWorkerInput({ purpose: 'A stateless worker that runs background jobs.' })])];
    expect(ask('Is the Quill worker stateful?', stated)).not.toMatch(/by archkb's reading|^Not stated/);
  });
});
