import { describe, expect, it } from 'vitest';
import { answerYesNo } from '../../../../src/lib/ask/answerers/yes-no.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import type { NoteKind } from '../../../../src/schemas/note.ts';

const cite = 'authgear-self-managed#deployment-options';

/** A relational store of Quillstack with the notes given. */
const store = (id: string, name: string, purpose: string, notes: { kind: NoteKind; text: string }[] = []) =>
  buildComponentInput({
    id,
    name,
    role: 'relational-database',
    technology: 'Quill',
    purpose,
    notes: notes.map((note) => ({ ...note, source: cite })),
    source: cite,
  });

describe('answerYesNo: which rule of the deciding part it adds (mutation session 38)', () => {
  const purpose = 'Holds two schemas that must have different names: one for accounts and one for reports.';
  const rule = 'Names of the two schemas must be different, else the start fails.';
  const question = 'Can the two Quillstack tally store schemas share the same name?';
  const answer = (...components: ReturnType<typeof store>[]) =>
    answerYesNo(buildAnswerContext([buildAskArchitectureWith(components)], question)).text;
  const byPurpose = `No. Quillstack (Standard): Tally store: ${purpose}`;

  it('adds a requirement or a warning of the part that gives the same verdict', () => {
    expect(answer(store('tally-store', 'Tally store', purpose, [{ kind: 'requirement', text: rule }]))).toBe(
      `${byPurpose} Tally store: Requirement: ${rule}`,
    );
    expect(answer(store('tally-store', 'Tally store', purpose, [{ kind: 'warning', text: rule }]))).toBe(
      `${byPurpose} Tally store: Warning: ${rule}`,
    );
  });

  it('adds no note of another kind, though it ranks as close and says the same', () => {
    expect(answer(store('tally-store', 'Tally store', purpose, [{ kind: 'option', text: rule }]))).toBe(byPurpose);
    expect(answer(store('tally-store', 'Tally store', purpose, [{ kind: 'limitation', text: rule }]))).toBe(byPurpose);
  });

  it('adds no requirement of another part, nor one of the part that gives the other verdict', () => {
    expect(
      answer(
        store('tally-store', 'Tally store', purpose),
        store('report-store', 'Report store', 'Holds the reports.', [
          { kind: 'requirement', text: 'Names of the two tally schemas must be different, else the start fails.' },
        ]),
      ),
    ).toBe(byPurpose);
    expect(
      answer(
        store('tally-store', 'Tally store', purpose, [
          { kind: 'requirement', text: 'Names of the two schemas may be the same; the start works either way.' },
        ]),
      ),
    ).toBe(byPurpose);
  });
});
