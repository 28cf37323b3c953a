import { describe, expect, it } from 'vitest';
import { answerConnectedComponents, answerConnection, answerDownstream } from '../../../../src/lib/ask/answerers/connection.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import type { ArchitectureInput } from '../../../../src/schemas/architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLedgerInput,
  buildQuillApiInput,
  buildSessionCacheInput,
} from '../../../fixtures/build-ask-architecture.ts';

/**
 * Quillstack with an API, a worker, a ledger and a cache (and any further components given), linked by the stated
 * connections given as [from, to, label].
 */
function buildLinked(links: readonly [string, string, string][], extra: ArchitectureInput['components'] = []) {
  const cite = 'authgear-self-managed#introduction';
  return [
    buildAskArchitectureWith(
      [
        buildQuillApiInput({}),
        buildComponentInput({ id: 'quill-worker', name: 'Quill worker', role: 'job-worker', technology: 'Quill' }),
        buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database', technology: 'PostgreSQL' }),
        buildSessionCacheInput({}),
        ...extra,
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

  it('answers no, with the connection, when the question gives another version of what the connection states', () => {
    const versioned = buildLinked([['quill-api', 'ledger-db', 'HTTP/2']]);
    expect(answerQuestion('Our Quill API talks HTTP/1.1 only. Can it talk to the ledger database?', versioned).answer).toBe(
      'No. Quillstack (Standard): Quill API to Ledger database: HTTP/2.',
    );
    expect(answerQuestion('Our Quill API talks HTTP/2. Can it talk to the ledger database?', versioned).answer).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: HTTP/2.',
    );
  });

  it('answers no when any one of the connections shown states another version than the question gives', () => {
    const mixed = buildLinked([
      ['quill-api', 'ledger-db', 'HTTP/2'],
      ['quill-worker', 'ledger-db', 'jobs'],
    ]);
    expect(answerQuestion('We only speak HTTP/1.1. Do the Quill API or the Quill worker talk to the ledger database?', mixed).answer).toBe(
      'No. Quillstack (Standard): Quill API to Ledger database: HTTP/2. Quill worker to Ledger database: jobs.',
    );
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

  it('reads a verb of linking ("talk to", "depend on") as naming no part, however rare the word', () => {
    for (const question of ['Which Quillstack components talk to the ledger?', 'Which Quillstack components depend on the ledger?'])
      expect(ask(question).answer, question).toMatch(
        /^Quillstack \(Standard\): Ledger database is connected with Quill API and Quill worker\./,
      );
  });

  it('leaves questions about what the named component does to the other answerers', () => {
    expect(ask('Which services does the Quillstack session cache provide?').answer ?? '').not.toMatch(/is connected with/);
  });

  it('leaves "which component holds X" to the purposes, though X names a connected component', () => {
    const connected = (question: string) => answerConnectedComponents(buildAnswerContext(catalogue, question));
    expect(connected('Which Quillstack component holds the ledger database?')).toBeNull();
    expect(connected('Which Quillstack components use the ledger database?')?.text).toMatch(/is connected with/);
  });

  it('reads the question after a topic set off by a dash ("Quillstack vs the old setup — which services …")', () => {
    const connected = (question: string) => answerConnectedComponents(buildAnswerContext(catalogue, question));
    expect(connected('Quillstack vs our old setup — which services use the ledger database?')?.text).toBe(
      'Quillstack (Standard): Ledger database is connected with Quill API and Quill worker. Quill API to Ledger database: accounts. Quill worker to Ledger database: jobs.',
    );
    expect(connected('Quillstack vs our old setup, which services use the ledger database?')).toBeNull();
  });

  it('reads a closing "in <product>" as the scope, though the product shares a word with its parts', () => {
    // "Quill Suite" shares "Quill" with the Quill API and the Quill worker.
    const suite = [{ ...catalogue[0]!, product: 'Quill Suite' }];
    const connected = (question: string) => answerConnectedComponents(buildAnswerContext(suite, question));
    expect(connected('Which services use the ledger in Quill Suite?')?.text).toBe(
      'Quill Suite (Standard): Ledger database is connected with Quill API and Quill worker. Quill API to Ledger database: accounts. Quill worker to Ledger database: jobs.',
    );
  });

  it('reads a dash typed as two hyphens the same way', () => {
    const connected = (question: string) => answerConnectedComponents(buildAnswerContext(catalogue, question));
    const answer = /^Quillstack \(Standard\): Ledger database is connected with Quill API and Quill worker\./;
    expect(connected('Quillstack vs our old setup -- which services use the ledger database?')?.text).toMatch(answer);
  });
});

describe('answerDownstream: which parts sit behind the one named', () => {
  const catalogue = buildLinked([
    ['quill-api', 'quill-worker', 'jobs'],
    ['quill-worker', 'ledger-db', 'writes'],
    ['quill-worker', 'quill-api', 'callbacks'],
    ['session-cache', 'quill-api', 'sessions'],
  ]);
  const ask = (question: string) => answerQuestion(question, catalogue);

  it('follows the connections onwards from the named part, the nearest first, and not back to it or upstream', () => {
    const answer = ask('Which Quillstack components sit behind the Quill API?');
    expect(answer.answer).toBe(
      "Quillstack (Standard): behind Quill API, in the vendor's layout: Quill worker and Ledger database. Quill API to Quill worker: jobs. Quill worker to Ledger database: writes. Quill worker to Quill API: callbacks.",
    );
    expect(ask('What sits behind the Quillstack session cache?').answer).toMatch(
      /behind Session cache, in the vendor's layout: Quill API, Quill worker and Ledger database\./,
    );
  });

  it('reads the question after a topic and a dash ("X stack — what sits behind …?")', () => {
    expect(ask('quillstack api stack — what sits behind the Quill API?').answer).toMatch(
      /^Quillstack \(Standard\): behind Quill API, in the vendor's layout: Quill worker and Ledger database\./,
    );
  });

  it('cites each connection it follows, once, and leaves a part with nothing onwards to the other answerers', () => {
    const draft = answerDownstream(buildAnswerContext(catalogue, 'Which Quillstack components sit behind the Quill API?'));
    expect(draft?.kind).toBe('lookup');
    expect(draft?.facts.map((fact) => fact.text)).toEqual([
      'Quill API to Quill worker: jobs',
      'Quill worker to Ledger database: writes',
      'Quill worker to Quill API: callbacks',
    ]);
    expect(answerDownstream(buildAnswerContext(catalogue, 'What sits behind the Quillstack ledger database?'))).toBeNull();
    // One weak word of a longer description is not a name.
    expect(
      answerDownstream(buildAnswerContext(catalogue, 'Which Quillstack parts sit behind the shared regional edge gateway API?')),
    ).toBeNull();
  });

  it('leaves a question asking something else of a deployment behind a part, and a yes/no question, to the other answerers', () => {
    expect(ask('Which port sits behind the Quill API in Quillstack?').answer ?? '').not.toMatch(/in the vendor's layout/);
    expect(ask('Which port does Quillstack use behind the Quill API?').answer ?? '').not.toMatch(/in the vendor's layout/);
    expect(ask('Is the ledger database behind the Quill API in Quillstack?').answer ?? '').not.toMatch(/in the vendor's layout/);
  });
});

describe('answerConnection, called directly', () => {
  const links: [string, string, string][] = [
    ['quill-api', 'ledger-db', 'accounts'],
    ['quill-worker', 'session-cache', 'jobs'],
  ];
  const connect = (question: string, catalogue = buildLinked(links)) => answerConnection(buildAnswerContext(catalogue, question));

  it('answers yes as a yes/no draft citing the connection', () => {
    const draft = connect('Does the Quill API talk to the ledger database?');
    expect(draft).toMatchObject({
      kind: 'yes-no',
      text: 'Yes. Quillstack (Standard): Quill API to Ledger database: accounts.',
      coverage: 0.85,
      strength: 0.85,
    });
    expect(draft?.facts.map((fact) => fact.text)).toEqual(['Quill API to Ledger database: accounts']);
  });

  it('reads "need access to" as a connection asked about', () => {
    expect(connect('Does the session cache need access to the ledger database?')?.text).toMatch(
      /^No\. In Quillstack \(Standard\), Session cache has no direct connection to Ledger database/,
    );
  });

  it("follows the link with the target's own note when the note says more of what is asked than the link", () => {
    const cite = 'authgear-self-managed#introduction';
    const noted = [
      buildAskArchitectureWith(
        [
          buildQuillApiInput({}),
          buildComponentInput({
            id: 'ledger-db',
            name: 'Ledger database',
            role: 'relational-database',
            technology: 'PostgreSQL',
            notes: [{ kind: 'info', text: 'Network: the Quill API needs network access to the ledger over TLS.', source: cite }],
          }),
        ],
        { connections: [{ from: 'quill-api', to: 'ledger-db', label: 'accounts', basis: 'stated', source: cite }] },
      ),
    ];
    expect(connect('Does the Quill API need network access to the ledger database over TLS?', noted)?.text).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts. Ledger database: Note: Network: the Quill API needs network access to the ledger over TLS.',
    );
    // A note sharing no more than the link's own words with the question stays out.
    expect(connect('Does the Quill API talk to the ledger database?', noted)?.text).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts.',
    );
  });

  it('answers yes when the connection runs from the last one named to another', () => {
    expect(connect('Does the ledger database connect to the Quill API?')?.text).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts.',
    );
  });

  it('takes the one named last as the one the others would reach, whatever the order of the components', () => {
    // The ledger is listed before the cache in the fixture; the question names the cache first.
    expect(connect('Does the session cache connect to the ledger database?')?.text).toBe(
      "No. In Quillstack (Standard), Session cache has no direct connection to Ledger database in the vendor's layout. Ledger database connects with: Quill API to Ledger database: accounts. Session cache connects with: Quill worker to Session cache: jobs.",
    );
    expect(connect('Does the ledger database connect to the session cache?')?.text).toBe(
      "No. In Quillstack (Standard), Ledger database has no direct connection to Session cache in the vendor's layout. Session cache connects with: Quill worker to Session cache: jobs. Ledger database connects with: Quill API to Ledger database: accounts.",
    );
  });

  it('answers no as a yes/no draft citing the connections of both sides, target first', () => {
    const draft = connect('Does the session cache connect to the ledger database?');
    expect(draft).toMatchObject({ kind: 'yes-no', coverage: 0.8, strength: 0.8 });
    expect(draft?.facts.map((fact) => fact.text)).toEqual([
      'Quill API to Ledger database: accounts',
      'Quill worker to Session cache: jobs',
    ]);
  });

  it('leaves out the sentences of a side with no connections at all', () => {
    const bare = buildLinked([]);
    expect(connect('Does the session cache connect to the ledger database?', bare)?.text).toBe(
      "No. In Quillstack (Standard), Session cache has no direct connection to Ledger database in the vendor's layout.",
    );
  });

  it('shows at most three connections of the one asked about and two of each other one, each once', () => {
    const busy = buildLinked(
      [
        ['quill-api', 'ledger-db', 'accounts'],
        ['quill-worker', 'ledger-db', 'jobs'],
        ['relay', 'ledger-db', 'batches'],
        ['ledger-db', 'session-cache', 'snapshots'],
        ['quill-api', 'quill-worker', 'tasks'],
        ['quill-api', 'relay', 'events'],
        ['quill-worker', 'relay', 'locks'],
        ['relay', 'quill-api', 'callbacks'],
      ],
      [buildComponentInput({ id: 'relay', name: 'Event relay', role: 'message-broker', technology: 'Kafka' })],
    );
    // Neither reaches the cache. The API's first two connections are accounts and tasks, the worker's jobs and tasks:
    // the one they share is shown once, and the worker's third (locks) not at all.
    expect(connect('Do the Quill API or the Quill worker connect to the session cache?', busy)?.text).toBe(
      "No. In Quillstack (Standard), Quill API and Quill worker have no direct connection to Session cache in the vendor's layout. Session cache connects with: Ledger database to Session cache: snapshots. Quill API and Quill worker connect with: Quill API to Ledger database: accounts. Quill API to Quill worker: tasks. Quill worker to Ledger database: jobs.",
    );
    // The API has four connections; the first three are shown.
    expect(connect('Does the session cache connect to the Quill API?', busy)?.text).toBe(
      "No. In Quillstack (Standard), Session cache has no direct connection to Quill API in the vendor's layout. Quill API connects with: Quill API to Ledger database: accounts. Quill API to Quill worker: tasks. Quill API to Event relay: events. Session cache connects with: Ledger database to Session cache: snapshots.",
    );
  });

  it('is null with one component named, with no connection verb, or with several products in scope', () => {
    expect(connect('Does the Quill API connect to anything?')).toBeNull();
    expect(connect('Does the Quill API need the ledger database?')).toBeNull();
    const catalogue = [
      ...buildLinked(links),
      buildAskArchitectureWith([buildComponentInput()], { id: 'inkwell', product: 'Inkwell', vendor: 'Ink Co.' }),
    ];
    expect(answerConnection(buildAnswerContext(catalogue, 'Does the Quill API talk to the ledger database?'))).toBeNull();
  });

  it('is null for a product in scope that the index does not hold', () => {
    expect(
      answerConnection(buildAnswerContext(buildLinked(links), 'Does the Quill API talk to the ledger database?', ['inkwell'])),
    ).toBeNull();
  });

  it('does not name a component twice, by its name and by its technology', () => {
    expect(connect('Does the ledger database connect to PostgreSQL?')).toBeNull();
  });

  it('names no component by a technology it does not have', () => {
    const plain = buildLinked(links, [
      buildComponentInput({ id: 'relay', name: 'Event relay', role: 'message-broker', technology: undefined }),
    ]);
    expect(connect('Does the Quill API talk to the ledger database?', plain)?.text).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts.',
    );
  });

  it('names the component with the longer name first, so its words name no shorter one as well', () => {
    const agent = buildLinked(
      [['quill-agent', 'session-cache', 'heartbeats']],
      [buildComponentInput({ id: 'quill-agent', name: 'Quill worker agent', role: 'job-worker', technology: 'Go' })],
    );
    expect(connect('Does the Quill worker agent connect to the session cache?', agent)?.text).toBe(
      'Yes. Quillstack (Standard): Quill worker agent to Session cache: heartbeats.',
    );
    expect(connect('Does the Quill worker agent connect to the ledger database?', agent)?.text).toMatch(
      /^No\. In Quillstack \(Standard\), Quill worker agent has no direct connection to Ledger database/,
    );
  });

  it('names a component by the start of a name word of six letters or more, not of five', () => {
    const named = buildLinked(
      [
        ['provisioner', 'ledger-db', 'schemas'],
        ['indexer', 'ledger-db', 'rows'],
      ],
      [
        buildComponentInput({ id: 'provisioner', name: 'Provisioner', role: 'job-worker', technology: 'Go' }),
        buildComponentInput({ id: 'indexer', name: 'Indexer', role: 'job-worker', technology: 'Rust' }),
      ],
    );
    expect(connect('Does the provision job talk to the ledger database?', named)?.text).toBe(
      'Yes. Quillstack (Standard): Provisioner to Ledger database: schemas.',
    );
    expect(connect('Does the index job talk to the ledger database?', named)).toBeNull();
  });

  it('leaves out a component named one or two words after "besides", and keeps one named three words after', () => {
    expect(connect('In Quillstack, besides Quill API, does the Quill worker connect to the ledger database?')?.text).toMatch(
      /^No\. In Quillstack \(Standard\), Quill worker has no direct connection to Ledger database/,
    );
    expect(connect('In Quillstack, besides the old Quill API, does the Quill worker connect to the ledger database?')?.text).toMatch(
      /^Yes\. /,
    );
  });

  it('reads a component named at the start of the question when no "besides" is there', () => {
    expect(connect('Quill API: does it talk to the ledger database?')?.text).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts.',
    );
  });

  it('leaves out what follows a "besides" that opens the question, and keeps what comes before one', () => {
    expect(connect('Besides the Quill API, does the Quill worker connect to the ledger database?')?.text).toMatch(
      /^No\. In Quillstack \(Standard\), Quill worker has no direct connection to Ledger database/,
    );
    expect(connect('Does the Quill worker, besides the Quill API, connect to the ledger database?')?.text).toMatch(
      /^No\. In Quillstack \(Standard\), Quill worker has no direct connection to Ledger database/,
    );
  });

  it('gives a word two names share to the name it stands next to', () => {
    // "Quill" comes before both "worker" and "API": the API is the one asked about, not an alternative, so the link
    // between the worker and the cache does not answer yes.
    expect(connect('Do the Quill worker or the session cache connect to the Quill API?')?.text).toBe(
      "No. In Quillstack (Standard), Quill worker and Session cache have no direct connection to Quill API in the vendor's layout. Quill API connects with: Quill API to Ledger database: accounts. Quill worker and Session cache connect with: Quill worker to Session cache: jobs.",
    );
  });

  it('answers yes with every connection between the others and the one asked about, one after another', () => {
    const both = buildLinked([
      ['quill-api', 'ledger-db', 'accounts'],
      ['quill-worker', 'ledger-db', 'jobs'],
    ]);
    expect(connect('Do the Quill API or the Quill worker connect to the ledger database?', both)?.text).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts. Quill worker to Ledger database: jobs.',
    );
  });

  it('cites the connection of the variant asked about when variants label it differently', () => {
    const cite = 'authgear-self-managed#introduction';
    const catalogue = [
      buildAskArchitectureWith(
        [
          buildQuillApiInput({}),
          buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database', technology: 'PostgreSQL' }),
        ],
        {
          connections: [
            { from: 'quill-api', to: 'ledger-db', label: 'accounts', basis: 'stated', variants: ['standard'], source: cite },
            { from: 'quill-api', to: 'ledger-db', label: 'replicated accounts', basis: 'stated', variants: ['clustered'], source: cite },
          ],
        },
      ),
    ];
    expect(connect('Does the clustered Quill API talk to the ledger database?', catalogue)?.text).toBe(
      'Yes. Quillstack (Clustered (high availability)): Quill API to Ledger database: replicated accounts.',
    );
  });
});

describe('answerConnectedComponents, called directly', () => {
  const links: [string, string, string][] = [
    ['quill-api', 'ledger-db', 'accounts'],
    ['quill-worker', 'ledger-db', 'jobs'],
    ['quill-worker', 'session-cache', 'locks'],
  ];
  const connected = (question: string, catalogue = buildLinked(links)) =>
    answerConnectedComponents(buildAnswerContext(catalogue, question));

  it('answers as a lookup draft citing each connection', () => {
    const draft = connected('Which services use the ledger database?');
    expect(draft).toMatchObject({
      kind: 'lookup',
      text: 'Quillstack (Standard): Ledger database is connected with Quill API and Quill worker. Quill API to Ledger database: accounts. Quill worker to Ledger database: jobs.',
      coverage: 0.85,
      strength: 0.8,
    });
    expect(draft?.facts.map((fact) => fact.text)).toEqual([
      'Quill API to Ledger database: accounts',
      'Quill worker to Ledger database: jobs',
    ]);
  });

  it('reads a question opening with "what" and a product name before the word for components', () => {
    expect(connected('What Quillstack parts use the session cache?')?.text).toBe(
      'Quillstack (Standard): Session cache is connected with Quill worker. Quill worker to Session cache: locks.',
    );
  });

  it('names a component connected both ways once', () => {
    const both = buildLinked([
      ['quill-api', 'ledger-db', 'accounts'],
      ['ledger-db', 'quill-api', 'events'],
    ]);
    expect(connected('Which services use the ledger database?', both)?.text).toBe(
      'Quillstack (Standard): Ledger database is connected with Quill API. Quill API to Ledger database: accounts. Ledger database to Quill API: events.',
    );
  });

  it('is null when a component shares only a minor word of the question, so the rest of it names no component', () => {
    // "worker" alone matches the Quill worker; "nightly", "snapshots" and "exports" name nothing.
    expect(connected('Which service keeps the nightly snapshots of worker exports?')).toBeNull();
    expect(connected('Which services use the Quill worker?')?.text).toMatch(/^Quillstack \(Standard\): Quill worker is connected with/);
  });

  it('is null for a question that does not open with which or what, or has no word for components after them', () => {
    expect(connected('List the services that use the ledger database')).toBeNull();
    expect(connected('Which database keeps the accounts?')).toBeNull();
    expect(connected('Which services')).toBeNull();
    expect(connected('Which Quillstack')).toBeNull();
  });

  it('is null when the question names no component after its word for components, or opens with another word', () => {
    expect(connected('Which services use the billing engine?')).toBeNull();
    expect(connected('Which team runs the ledger database?')).toBeNull();
    expect(connected('Name services that use the ledger database')).toBeNull();
  });

  it('is null when two components match the question about as well', () => {
    // "Quill" names the API and the worker alike.
    expect(connected('Which services connect with Quill?')).toBeNull();
  });

  it('is null when the component named has no connection', () => {
    expect(connected('Which services use the session cache?', buildLinked([['quill-api', 'ledger-db', 'accounts']]))).toBeNull();
  });

  it('is null when the component named is not in the variant the question speaks of', () => {
    const cite = 'authgear-self-managed#introduction';
    const catalogue = [
      buildAskArchitectureWith(
        [
          buildQuillApiInput({}),
          buildLedgerInput(),
          buildComponentInput({
            id: 'replica-router',
            name: 'Replica router',
            role: 'load-balancer',
            technology: 'HAProxy',
            variants: ['clustered'],
          }),
        ],
        {
          connections: [
            { from: 'replica-router', to: 'quill-api', label: 'reads', basis: 'stated', variants: ['clustered'], source: cite },
            // A connection in every variant, so the standard variant has connections to look through.
            { from: 'quill-api', to: 'ledger-db', label: 'accounts', basis: 'stated', source: cite },
          ],
        },
      ),
    ];
    expect(connected('Which services use the replica router?', catalogue)).toBeNull();
    expect(connected('Which services use the clustered replica router?', catalogue)?.text).toBe(
      'Quillstack (Clustered (high availability)): Replica router is connected with Quill API. Replica router to Quill API: reads.',
    );
  });

  it('is null with several products in scope, or one the index does not hold', () => {
    const catalogue = [
      ...buildLinked(links),
      buildAskArchitectureWith([buildComponentInput()], { id: 'inkwell', product: 'Inkwell', vendor: 'Ink Co.' }),
    ];
    expect(answerConnectedComponents(buildAnswerContext(catalogue, 'Which services use the ledger database?'))).toBeNull();
    expect(
      answerConnectedComponents(buildAnswerContext(buildLinked(links), 'Which services use the ledger database?', ['inkwell'])),
    ).toBeNull();
  });
});

describe('answerConnection: a part named by its kind, and data-flow verbs', () => {
  const catalogue = buildLinked(
    [
      ['quill-api', 'ledger-db', 'accounts'],
      ['quill-worker', 'session-cache', 'jobs'],
    ],
    [buildComponentInput({ id: 'audit-store', name: 'Audit archive', role: 'object-storage', technology: 'Quill blobs' })],
  );
  const ask = (question: string) => answerQuestion(question, catalogue).answer;

  it('reads "the db" as the one part of the database kind', () => {
    expect(ask('Does the Quill worker write to the Quillstack db directly?')).toMatch(
      /^No\. In Quillstack \(Standard\), Quill worker has no direct connection to Ledger database/,
    );
    expect(ask('Does the Quill API read from the Quillstack database?')).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts.',
    );
  });

  it('reads a one-word kind ("the cache") as the one part of that kind, whatever its name', () => {
    const cite = 'authgear-self-managed#introduction';
    // The cache is called "Token store": neither its name, its id nor its technology (Redis) says "cache"; its kind does.
    const renamed = [
      buildAskArchitectureWith(
        [
          buildQuillApiInput({}),
          buildComponentInput({ id: 'quill-worker', name: 'Quill worker', role: 'job-worker', technology: 'Quill' }),
          buildLedgerInput({}),
          buildSessionCacheInput({ id: 'token-store', name: 'Token store' }),
        ],
        {
          connections: [
            { from: 'quill-api', to: 'ledger-db', label: 'accounts', basis: 'stated' as const, source: cite },
            { from: 'quill-worker', to: 'token-store', label: 'jobs', basis: 'stated' as const, source: cite },
          ],
        },
      ),
    ];
    expect(answerQuestion('Does the Quill worker write to the cache directly?', renamed).answer).toBe(
      'Yes. Quillstack (Standard): Quill worker to Token store: jobs.',
    );
    expect(answerQuestion('Does the Quill API read from the cache?', renamed).answer).toMatch(
      /^No\. In Quillstack \(Standard\), Quill API has no direct connection to Token store/,
    );
  });

  it('does not name a part by a kind two parts share', () => {
    const shared = buildLinked(
      [['quill-api', 'ledger-db', 'accounts']],
      [buildComponentInput({ id: 'report-db', name: 'Reporting store', role: 'document-database', technology: 'Quill docs' })],
    );
    expect(answerQuestion('Does the Quill worker write to the Quillstack database?', shared).answer ?? '').not.toMatch(
      /no direct connection/,
    );
  });
});

describe('answerConnectedComponents: a part named by its kind after a connection verb', () => {
  const catalogue = buildLinked([
    ['quill-api', 'ledger-db', 'accounts'],
    ['quill-worker', 'session-cache', 'jobs'],
  ]);

  it('reads "which component connects to the database" as the parts linked with the one part of that kind', () => {
    for (const question of ['Which Quillstack component connects to the database?', 'Which component of Quillstack talks to the database?'])
      expect(answerQuestion(question, catalogue).answer).toBe(
        'Quillstack (Standard): Ledger database is connected with Quill API. Quill API to Ledger database: accounts.',
      );
  });
});

describe('answerConnection: "hits" as chat writes "talks to"', () => {
  it('reads "does A hit B directly?" as a connection question, as "does A talk to B directly?" is', () => {
    const catalogue = [buildAskArchitecture()];
    const hit = answerQuestion('Does the Quill worker hit the ledger database directly?', catalogue).answer;
    expect(hit).toBe("No. In Quillstack (Standard), Quill worker has no direct connection to Ledger database in the vendor's layout.");
    expect(answerQuestion('Does the Quill worker talk to the ledger database directly?', catalogue).answer).toBe(hit);
  });
});

describe('answerConnection: another link to the same part whose label says what else is asked', () => {
  const catalogue = buildLinked([
    ['quill-api', 'ledger-db', 'accounts'],
    ['quill-worker', 'ledger-db', 'same writer'],
    ['ledger-db', 'session-cache', 'same writer copies'],
    ['quill-worker', 'session-cache', 'same writer jobs'],
  ]);

  it('adds each link to or from the last part whose label shares two words of the question, and no link elsewhere', () => {
    expect(answerQuestion('Does the Quill API write to the same ledger database writer?', catalogue).answer).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts. Quill worker to Ledger database: same writer. Ledger database to Session cache: same writer copies.',
    );
  });

  it('leaves out a link whose label shares fewer words, and shows the link asked about once', () => {
    expect(answerQuestion('Does the Quill API write to the ledger database writer?', catalogue).answer).toBe(
      'Yes. Quillstack (Standard): Quill API to Ledger database: accounts.',
    );
    expect(answerQuestion('Does the Quill worker write to the same ledger database writer?', catalogue).answer).toBe(
      'Yes. Quillstack (Standard): Quill worker to Ledger database: same writer. Ledger database to Session cache: same writer copies.',
    );
  });
});
