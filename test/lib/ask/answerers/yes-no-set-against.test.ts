import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import type { NoteKind } from '../../../../src/schemas/note.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';

/** Exporty: a ledger and an optional export job, recommended above 10,000 users, with the notes and purpose given. */
const exporty = (notes: readonly { kind: NoteKind; text: string }[], purpose = 'Exports user lists.') => [
  buildArchitecture({
    id: 'exporty',
    product: 'Exporty',
    loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source: cite }],
    components: [
      buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database', technology: 'PostgreSQL' }),
      buildComponentInput({
        id: 'export-job',
        name: 'Export job',
        role: 'job-worker',
        technology: 'Quill',
        purpose,
        necessity: { level: 'optional', source: cite },
        thresholds: [{ driver: 'users', above: 10_000, level: 'recommended', text: 'Recommended above 10,000 users.', source: cite }],
        notes: notes.map((note) => ({ ...note, source: cite })),
      }),
    ],
  }),
];

describe('answerYesNo: the note naming what the question sets against the part (mutation session 38)', () => {
  const question = 'With 50,000 users, do we bother with the Exporty export job, or is the ledger good enough?';
  const ledgerNote = 'Exports read straight from the ledger carry no page totals.';

  it('adds the note naming the other part, passing over notes that share only other words of the question', () => {
    const answer =
      answerQuestion(
        question,
        exporty([
          // Shares "good" and "enough", which name no part.
          { kind: 'info', text: 'Its output is good enough for audits.' },
          // Shares "export", a word of the part's own name.
          { kind: 'info', text: 'Exports can be rebuilt at any time.' },
          { kind: 'limitation', text: ledgerNote },
        ]),
      ).answer ?? '';
    expect(answer).toMatch(/^No, not strictly/);
    expect(answer).toContain(`Export job: Limitation: ${ledgerNote}`);
    expect(answer).not.toContain('audits');
    expect(answer).not.toContain('rebuilt');
  });

  it('adds no note for a part the purpose already names', () => {
    const answer = answerQuestion(
      question,
      exporty([{ kind: 'limitation', text: ledgerNote }], 'Exports user lists from the ledger.'),
    ).answer;
    expect(answer).toMatch(/^No, not strictly/);
    expect(answer).not.toContain(ledgerNote);
  });
});
