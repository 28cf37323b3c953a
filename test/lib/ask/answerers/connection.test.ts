import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildSessionCacheInput } from '../../../fixtures/build-ask-architecture.ts';

/** Quillstack with an API, a worker, a ledger and a cache, linked by the stated connections given as [from, to, label]. */
function buildLinked(links: readonly [string, string, string][]) {
  const cite = 'authgear-self-managed#introduction';
  return [
    buildAskArchitectureWith(
      [
        buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service', technology: 'Quill' }),
        buildComponentInput({ id: 'quill-worker', name: 'Quill worker', role: 'job-worker', technology: 'Quill' }),
        buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database', technology: 'PostgreSQL' }),
        buildSessionCacheInput({}),
      ],
      { connections: links.map(([from, to, label]) => ({ from, to, label, basis: 'stated' as const, source: cite })) },
    ),
  ];
}

describe('answerConnection: whether one component connects to another', () => {
  const catalogue = buildLinked([
    ['quill-api', 'ledger-db', 'accounts'],
    ['quill-worker', 'session-cache', 'jobs'],
  ]);
  const ask = (question: string) => answerQuestion(question, catalogue).answer;

  it('answers yes with the connection when the model has one', () => {
    expect(ask('Does the Quill API talk to the ledger database?')).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts.',
    );
  });

  it('answers no, with what the one asked about connects with, and ignores links among the alternatives', () => {
    const no =
      "No. In Quillstack (Standard), Quill worker and Session cache have no direct connection to Ledger database in the vendor's layout. Ledger database connects with: Quill API to Ledger database: accounts. Quill worker and Session cache connect with: Quill worker to Session cache: jobs.";
    expect(ask('In Quillstack, do the Quill worker or the session cache connect to PostgreSQL directly?')).toBe(no);
  });

  it('leaves the component named after "besides" out of the question', () => {
    expect(ask('In Quillstack, besides the Quill API, does the Quill worker connect to the ledger database?')).toMatch(
      /^No\. In Quillstack \(Standard\), Quill worker has no direct connection to Ledger database/,
    );
  });
});

describe('answerConnectedComponents: which components connect with the one named', () => {
  const catalogue = buildLinked([
    ['quill-api', 'ledger-db', 'accounts'],
    ['quill-worker', 'ledger-db', 'jobs'],
    ['quill-worker', 'session-cache', 'locks'],
  ]);
  const ask = (question: string) => answerQuestion(question, catalogue);

  it('lists every component connected with the named one, each with its connection, and no other', () => {
    const answer = ask('Which Quillstack services use the ledger database?');
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toBe(
      'Quillstack (Standard): Ledger database is connected with Quill API and Quill worker. Quill API to Ledger database: accounts. Quill worker to Ledger database: jobs.',
    );
  });

  it('reads connections in both directions', () => {
    expect(ask('Which Quillstack components talk to the Quill worker?').answer).toMatch(
      /Quill worker is connected with Ledger database and Session cache\./,
    );
  });

  it('leaves questions about what the named component does to the other answerers', () => {
    expect(ask('Which services does the Quillstack session cache provide?').answer ?? '').not.toMatch(/is connected with/);
  });
});
