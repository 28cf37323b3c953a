import { describe, expect, it } from 'vitest';
import { answerQuestion, answerWithFeatures, dropRepeatedSentences } from '../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildLedgerInput,
  buildSessionCacheInput,
  buildCanvasInput,
} from '../../fixtures/build-ask-architecture.ts';

/**
 * Quillstack next to Lanternpad, built afresh for each question: the engine caches its index per catalogue array, so a
 * shared catalogue would let one question's cached work hide a change another question would show.
 */
const ask = (question: string) => answerQuestion(question, [buildAskArchitecture(), buildLanternpad()]);
const routeOf = (question: string) => answerWithFeatures(question, [buildAskArchitecture(), buildLanternpad()]).features.route;

describe('answerQuestion: an instance size the sources never name', () => {
  it('declines "which instance type" for a part no fact is about, citing nothing, rather than failing', () => {
    // Lanternpad's two parts state no figures and no size at all, and nothing in it is about hamsters.
    const answer = ask('Which instance type does Lanternpad recommend for hamsters?');
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Lanternpad state no instance type or size.');
    expect(answer.sources).toEqual([]);
  });
});

describe('answerQuestion: names the sources never mention, over the parts of a question', () => {
  it('declines a question whose every part asks about a name of its own, naming both', () => {
    const answer = ask('Does Quillstack need Frobcore, and does it need Zapwell?');
    expect(answer.kind).toBe('declined');
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack do not mention Frobcore or Zapwell.');
    expect(routeOf('Does Quillstack need Frobcore, and does it need Zapwell?')).toBe('declined-unmentioned');
  });
});

describe('answerQuestion: how much load a stated setup serves', () => {
  const ratedDecline =
    'The vendor documents archkb holds for Quillstack state no load it was rated or tested for: ' +
    'its sizing rules say what each unit of load needs, not how much load a setup serves.';

  it('declines what the minimum setup serves on a number of nodes, as no setup states the load it serves', () => {
    expect(ask('How many sign-ins per second can the Quillstack minimum setup serve on 2 nodes?').declined).toBe(ratedDecline);
  });

  it('answers from the per-unit rule when the question gives an amount of memory the rules can size from', () => {
    const answer = ask('How many sign-ins per second can the Quillstack minimum setup serve with 8 GB of memory?');
    expect(answer.declined).toBeUndefined();
    // The API's one sizing rule: 1 vCPU per 10 sign-ins per second.
    expect(answer.answer).toContain('Quill API: 1 vCPU per 10 sign-ins per second.');
  });

  it('answers which part handles a load, in a long question that does not open by counting the load, from the rule', () => {
    const answer = ask('Which Quillstack part handles the most sign-ins per second on the minimum setup when several API instances run?');
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toMatch(/^Quillstack \(Standard\): Quill API: 1 vCPU per 10 sign-ins per second\./);
  });

  it('answers a long question counting nodes to handle a load from the setup it names, not as a question of rated load', () => {
    // Seventeen words opening "how many API nodes": a count of nodes, with the load only as the reason.
    const answer = ask('How many API nodes does the Quillstack minimum setup need to handle sign-ins from several regions at once?');
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toMatch(/^Quillstack \(Standard\): Application box: 1 node × \(2 vCPU, 4 GB memory\), minimum\./);
  });

  it('reads a load named only in an aside in brackets as what is counted, not as a load asked about', () => {
    // Over the real content: the per-user remark explains the namespaces; the cluster's namespace ceiling answers.
    const answer = answerQuestion('Eclipse Che: maximum namespaces per cluster (one per user)?', loadContentArchitectures());
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toMatch(/10,?000 namespaces/);
  });

  it('declines the largest load a product sized by no load handles, asked without a number word', () => {
    expect(ask('Which is the largest number of sign-ins Lanternpad handles?').declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no load it was rated or tested for, and no measure of load it is sized by.',
    );
  });
});

describe('answerQuestion: how many copies of a part named with the product’s name', () => {
  /** Lanternpad with a worker named after the product, whose count only the layout's summary gives, by the worker's own word. */
  const withWorkerCount = () =>
    buildLanternpad({
      variants: [
        {
          id: 'default',
          name: 'Default',
          summary: 'Run 2 worker replicas for every canvas service.',
          source: 'authgear-self-managed#introduction',
        },
      ],
      components: [
        buildComponentInput({ id: 'canvas', name: 'Canvas service', role: 'application-service', technology: 'Node.js' }),
        buildComponentInput({ id: 'lp-worker', name: 'Lanternpad worker', role: 'job-worker', technology: 'Node.js' }),
      ],
    });

  it('answers from a fact that names the part by its own words beside a count, without the product’s name', () => {
    const answer = answerQuestion('How many Lanternpad worker replicas should run?', [withWorkerCount()]);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toBe('Lanternpad: Run 2 worker replicas for every canvas service.');
  });
});

describe('answerQuestion: a second part that speaks of what the first part is about', () => {
  it('counts the replicas of the part the first answer is about when asked "how many replicas of it"', () => {
    // The worker's purpose, then its replica count (1 by default, 4 at most) and when it is needed.
    expect(ask('What does the Quillstack worker run, and how many replicas of it run?').answer).toBe(
      'Quillstack (Standard): Quill worker: Runs background jobs such as token clean-up. ' +
        'Quillstack (Standard): Quill worker: worker.replicaCount = 1 (default). Quill worker: Conditional: when several API instances run. ' +
        'Quill worker: worker.autoscaling.maxReplicas = 4 (default).',
    );
  });

  it('says the number of copies to run is unstated for the part a yes/no first part is about, after answering it', () => {
    // The session cache has no replica setting and no requirement: nothing states how many copies of it run.
    const answer = ask('Is the Quillstack session cache optional, and how many replicas of it run?');
    expect(answer.kind).toBe('yes-no');
    expect(answer.answer).toBe(
      'Yes: it is optional. In Quillstack (Standard), Session cache is optional. Session cache: Keeps sign-in sessions. ' +
        'The vendor documents archkb holds for Quillstack state no number of Session cache instances to run.',
    );
  });

  it('answers a part asking the figures of a part that states them, after a part about another part', () => {
    expect(ask('What does the Quillstack session cache keep, and how much memory does the ledger database need?').answer).toBe(
      'Quillstack (Standard): Session cache: Keeps sign-in sessions. ' +
        'Quillstack (Standard): Ledger database: 1 node × (2 vCPU, 8 GB memory, 100 GB storage), minimum. ' +
        'Ledger database: 2 nodes × (4 vCPU, 16 GB memory, 200 GB storage), for high availability.',
    );
  });

  it('answers what "it" keeps after a first part asking figures the part never states, and says those are unstated last', () => {
    expect(ask('How much memory does the Quillstack session cache need, and what does it keep?').answer).toBe(
      'Quillstack (Standard): Session cache: Keeps sign-in sessions. ' +
        'The vendor documents archkb holds for Quillstack state no memory figures for Session cache.',
    );
  });
});

describe('answerQuestion: whom a decline speaks of', () => {
  it('speaks of every product in archkb when a question across the catalogue finds nothing', () => {
    expect(ask('Which products need a hamster wheel?').declined).toBe(
      'The vendor documents archkb holds for the products in archkb do not state this; the nearest facts are listed as sources.',
    );
  });

  it('counts the words of a short question as words, however many spaces sit between them', () => {
    // Seven words: a short question, so the name it asks about and the product never mentions decides it.
    const answer = ask('What  does  Quillstack  use  Frobcore  for  here?');
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack do not mention Frobcore.');
    expect(routeOf('What  does  Quillstack  use  Frobcore  for  here?')).toBe('declined-unmentioned');
  });
});

describe('answerQuestion: parts nothing answers', () => {
  it('declines a question of two parts no fact explains with the reason for the whole question, not an empty one', () => {
    const question = 'How do the Quillstack hamsters feel, and what do the Quillstack hamsters eat?';
    const answer = ask(question);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack do not state this; the nearest facts are listed as sources.',
    );
    expect(routeOf(question)).toBe('declined-unstated');
  });
});

describe('answerQuestion: a version asked in a yes/no question', () => {
  /** Quillstack whose ledger states PostgreSQL 14 or later and whose Redis session cache states no version. */
  const versioned = () => [
    buildAskArchitectureWith([
      buildLedgerInput({
        purpose: 'Keeps accounts.',
        requirements: [
          { scope: 'minimum', versions: [{ product: 'PostgreSQL', min: '14' }], source: 'authgear-self-managed#resources-reference' },
        ],
      }),
      buildComponentInput({ id: 'session-cache', name: 'Session cache', role: 'cache', technology: 'Redis', purpose: 'Keeps sessions.' }),
    ]),
  ];

  it('declines whether a Redis version is supported, as only the PostgreSQL version is stated', () => {
    const answer = answerQuestion('Does Quillstack support Redis version 7?', versioned());
    expect(answer.answer).toBeNull();
    expect(answer.kind).toBe('declined');
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no Redis version.');
    // The yes/no answerer says so itself: the decline takes its route, not the route of a version no lookup gives.
    expect(answerWithFeatures('Does Quillstack support Redis version 7?', versioned()).features.route).toBe('declined-unstated');
  });

  it('answers whether the stated PostgreSQL version is supported with a yes from the stated minimum', () => {
    const answer = answerQuestion('Does Quillstack need PostgreSQL version 14?', versioned());
    expect(answer.kind).toBe('yes-no');
    expect(answer.answer).toMatch(/^Yes: PostgreSQL 14 is within what the sources state, PostgreSQL 14\+ \(minimum\)\./);
  });
});

describe('answerQuestion: "it" in a part whose words name no part of the product', () => {
  /** Lanternpad whose canvas runs on Node.js, so "node" is a word of a technology as well as a generic word for a machine. */
  const lanternpad = () =>
    buildLanternpad({
      components: [
        buildComponentInput({
          id: 'canvas',
          name: 'Canvas service',
          role: 'application-service',
          technology: 'Node.js',
          purpose: 'Draws the tool canvas.',
        }),
        buildComponentInput({
          id: 'events',
          name: 'Event stream',
          role: 'message-broker',
          technology: 'Kafka',
          purpose: 'Carries change events.',
        }),
      ],
    });

  it('asks "how many nodes does it need" of the part the first answer is about, not of the Node.js canvas', () => {
    const answer = answerQuestion('What does the Lanternpad event stream do, and how many nodes does it need?', [lanternpad()]);
    expect(answer.answer).toBe(
      'Lanternpad: Event stream: Carries change events. Required. ' +
        'The vendor documents archkb holds for Lanternpad state no number of Event stream instances to run.',
    );
  });
});

describe('answerQuestion: what a later part takes from the first', () => {
  it('fills "which one" with the noun the first part asked for, so the second product’s database is named', () => {
    // Lanternpad has no database; Quillstack's is the PostgreSQL ledger.
    expect(ask('Which database does Lanternpad use, and which one does Quillstack use?').answer).toBe(
      'Quillstack (Standard): Ledger database (PostgreSQL), required: Keeps accounts, tenants and audit records. ' +
        "Not stated in archkb's sources: Which database does Lanternpad use.",
    );
  });

  it('asks each count within the layout the question opens with, the first as well as the second', () => {
    expect(ask('In the Quillstack Standard layout, how many worker nodes and how many API nodes?').answer).toBe(
      'Quillstack (Standard): Quill worker: 1 node × (CPU 250m CPU request, memory 256Mi request), example. ' +
        'Quillstack (Standard): Quill API: 2 nodes × (CPU 500m CPU request, 1000m CPU limit, memory 512Mi request, 1Gi limit), example.',
    );
  });
});

describe('answerQuestion: figures for the one part a question names', () => {
  const source = 'authgear-self-managed#resources-reference';

  it('reads the product’s name alone as naming no part, though a part is called after the product', () => {
    // "Lanternpad server" has no words of its own beyond the product's name (and the generic "server").
    const lanternpad = buildLanternpad({
      components: [
        buildCanvasInput({ requirements: [{ scope: 'minimum', nodes: 1, memory: '4 GB', source }] }),
        buildComponentInput({ id: 'lp-server', name: 'Lanternpad server', role: 'application-service', technology: 'Node.js' }),
      ],
    });
    const answer = answerQuestion('How much memory does Lanternpad need?', [lanternpad]);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toBe('Lanternpad: Canvas service: 1 node × (4 GB memory), minimum.');
  });

  it('answers the figures one of two named parts states rather than declining for the other, whichever is listed first', () => {
    const cacheFirst = buildAskArchitectureWith([
      buildSessionCacheInput({ purpose: 'Keeps sessions.' }),
      buildLedgerInput({ purpose: 'Keeps accounts.', requirements: [{ scope: 'minimum', nodes: 1, memory: '8 GB', source }] }),
    ]);
    const answer = answerQuestion('How much memory do the Quillstack session cache and ledger database need?', [cacheFirst]);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toMatch(/^Quillstack \(Standard\): Ledger database: 1 node × \(8 GB memory\), minimum\./);
  });
});

describe('answerQuestion: resource words in passing', () => {
  it('does not decline a long question that mentions memory in passing for lacking memory figures', () => {
    // Sixteen words asking what the canvas keeps, not how much memory it needs; Lanternpad states no figures at all.
    const answer = ask('What does the Lanternpad canvas service keep in memory while the event stream restarts after an upgrade?');
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Lanternpad do not state this; the nearest facts are listed as sources.',
    );
  });
});

describe('answerQuestion: figures a later part asks for in its own words', () => {
  it('does not decline a part for memory figures when only the noun filled in from the first part says memory', () => {
    // "which one does the session cache use" takes "memory setting" from the first part; the part itself asks no figure.
    const answer = ask('Which memory setting does the Quillstack API use, and which one does the session cache use?');
    expect(answer.answer).toMatch(
      /^Quillstack \(Standard\): Quill API: 2 nodes × \(CPU 500m CPU request, 1000m CPU limit, memory 512Mi request, 1Gi limit\), example\./,
    );
    expect(answer.answer).toContain('Quillstack (Standard): Session cache: ');
    expect(answer.answer).not.toContain('state no memory figures');
  });
});

describe('answerQuestion: a weak part the other part already answers', () => {
  it('does not call a part unstated when its best fact is one the answer already gives, and keeps full coverage', () => {
    const question = 'What does the Quillstack session cache keep, and what happens to logged in people when it is wiped?';
    const answer = ask(question);
    expect(answer.answer).toMatch(/^Quillstack \(Standard\): Session cache: Keeps sign-in sessions\./);
    expect(answer.answer).not.toContain('Not stated');
    expect(answerWithFeatures(question, [buildAskArchitecture(), buildLanternpad()]).features.coverage).toBe(1);
  });
});

describe('dropRepeatedSentences: spacing between sentences', () => {
  it('drops a repeated sentence however many spaces come before it', () => {
    expect(dropRepeatedSentences('Ledger: keeps rows.  Ledger: keeps rows.   Cache: keeps sessions.')).toBe(
      'Ledger: keeps rows. Cache: keeps sessions.',
    );
  });
});

describe('answerQuestion: an answer too weakly supported to stand', () => {
  it('declines comparing what neither product states, though the facts found cover much of the question', () => {
    const question = 'Compare the port numbers of Quillstack and Lanternpad';
    const answer = ask(question);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack and Lanternpad do not state this; the nearest facts are listed as sources.',
    );
    expect(routeOf(question)).toBe('declined-unstated');
  });
});

describe('answerQuestion: a kind of part asked of two products', () => {
  it('does not answer for the first product alone that it names no message broker when both are asked about', () => {
    // Quillstack has no message broker, but Lanternpad's event stream is one: a decline about Quillstack alone would mislead.
    const answer = ask('Which message broker do Quillstack and Lanternpad recommend?');
    expect(answer.declined ?? '').not.toContain('name no message broker');
    expect(answer.declined).toMatch(/^The vendor documents archkb holds for Quillstack and Lanternpad /);
  });
});

describe('answerQuestion: a name given only as an example', () => {
  it('reads a name with a dot in it after "e.g." as an aside, not as a name the sources never mention', () => {
    expect(ask('Does the Quillstack ledger database need Frob.io?').declined).toBe(
      'The vendor documents archkb holds for Quillstack do not mention Frob.io.',
    );
    const aside = ask('Does the Quillstack ledger database run on arm64, e.g. Frob.io boxes?');
    expect(aside.declined ?? '').not.toContain('do not mention');
    expect(aside.kind).toBe('yes-no');
  });
});

describe('answerQuestion: a count the sources cannot compute, next to a part they answer', () => {
  it('answers the other part and says the zone count is unstated, as nothing in Quillstack states zones', () => {
    expect(ask('How many zones does Quillstack span, and what does the worker run?').answer).toBe(
      'Quillstack (Standard): Quill worker (Quill), conditional: Runs background jobs such as token clean-up. ' +
        "Not stated in archkb's sources: How many zones does Quillstack span.",
    );
  });
});

describe('answerQuestion: a part asking a number of its own after a computation', () => {
  it('answers how many worker replicas run by default after computing the vCPUs a load needs', () => {
    const answer = ask('Quillstack at 40 sign-ins per second: how many vCPUs, and how many worker replicas run by default?');
    expect(answer.kind).toBe('compute');
    // 1 vCPU per 10 sign-ins per second at 40 is 4 vCPU; the worker's replica count defaults to 1.
    expect(answer.answer).toMatch(/^Quillstack \(Standard\) at 40 sign-ins per second: Quill API: 4 vCPU requested, limit 8 vCPU\. /);
    expect(answer.answer).toContain(' Quillstack (Standard): Quill worker: worker.replicaCount = 1 (default).');
  });
});

describe('answerQuestion: figures asked of two products, or of a product whose part bears its name', () => {
  it('compares memory when the first product listed states none, rather than declining for it', () => {
    // Lanternpad states no figures; Quillstack's high-availability memory is 3 × 16 GB + 2 × 16 GB = 80 GB.
    const answer = answerQuestion('Which uses more memory, Lanternpad or Quillstack?', [buildLanternpad(), buildAskArchitecture()]);
    expect(answer.kind).toBe('compare');
    expect(answer.answer).toMatch(
      /^Of these, only Quillstack states memory figures \(80 GB\)\. Lanternpad: its vendor documents state no memory figures\. /,
    );
  });

  it('reads a part named exactly as the product as no part the question names', () => {
    const lanternpad = buildLanternpad({
      components: [
        buildCanvasInput({
          requirements: [{ scope: 'minimum', nodes: 1, memory: '4 GB', source: 'authgear-self-managed#resources-reference' }],
        }),
        buildComponentInput({ id: 'lp-app', name: 'Lanternpad', role: 'application-service', technology: 'Node.js' }),
      ],
    });
    const answer = answerQuestion('How much memory does Lanternpad need?', [lanternpad]);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toBe('Lanternpad: Canvas service: 1 node × (4 GB memory), minimum.');
  });

  it('declines the load a product sized by no load can handle, though the question gives a load', () => {
    expect(ask('What is the maximum latency Lanternpad can handle at 500 sign-ins?').declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no load it was rated or tested for, and no measure of load it is sized by.',
    );
  });
});

describe('answerQuestion: the part an unstated instance size is declined for', () => {
  it('names the part the question asks a size for, though the first fact found is about something else', () => {
    // Quillstack names no instance type or size anywhere; the question names the API, and then the ledger database.
    expect(ask('What instance type does Quillstack recommend for the API at high availability?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no instance type or size for Quill API.',
    );
    expect(ask('Which VM size should the Quillstack application box use for the ledger database?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no instance type or size for Ledger database.',
    );
  });
});

describe('answerQuestion: a name written on purpose that archkb does not hold', () => {
  it('takes a name with an inner capital ("LedgerDB") as a name, not as a typo of a word the sources hold', () => {
    const answer = ask('Does Quillstack support LedgerDB?');
    expect(answer.kind).toBe('declined');
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack do not mention LedgerDB.');
  });

  it('takes a name whose only inner capital follows a small letter ("LedgerDb") as a name too', () => {
    expect(ask('Does Quillstack support LedgerDb?').declined).toBe(
      'The vendor documents archkb holds for Quillstack do not mention LedgerDb.',
    );
  });

  it('leaves a lower-case near miss ("ledgr") to the typo correction', () => {
    expect(ask('Does Quillstack need a ledgr?').kind).not.toBe('declined');
  });

  it('declines a long question whose "which" heads the unknown name after a qualifier ("which cloud Frobcore endpoint")', () => {
    const question = 'Which cloud Frobcore endpoint does Quillstack recommend for reaching its ledger from inside the cluster network?';
    expect(ask(question).declined).toBe('The vendor documents archkb holds for Quillstack do not mention Frobcore.');
  });

  it('still reads a name four words after the "which" of a long question as an aside', () => {
    const question =
      'Which ledger store behind the Frobcore proxy does Quillstack recommend for reaching its ledger from inside the cluster?';
    expect(ask(question).declined ?? '').not.toContain('Frobcore');
  });
});

describe('answerQuestion: a name another product holds, heading a long question', () => {
  it('declines a long question whose "which" heads a name the product never mentions ("which Kafka topic")', () => {
    const question = 'Which Kafka topic does Quillstack write its ledger events to when the workers run across three zones?';
    expect(ask(question).declined).toBe('The vendor documents archkb holds for Quillstack do not mention Kafka.');
  });

  // A decline saying no Google Cloud service is stated names the cloud rightly; only "do not mention Google" is wrong.
  it('never takes a word of a cloud\'s name ("Google" of "Google Cloud") as a name the product does not mention', () => {
    expect(ask("Which Google Cloud service fits Quillstack's ledger?").declined ?? '').not.toContain('mention Google');
    const long = "Which Google Cloud service fits Quillstack's ledger database when we move it off our own servers next year?";
    expect(ask(long).declined ?? '').not.toContain('mention Google');
  });

  it("never takes a word of a cloud's name as a name the product does not mention, though another product's facts use it", () => {
    // Lanternpad writes "Google" without "Cloud" (the full name reads as the cloud), so archkb knows the word from a fact.
    const onGoogle = () => [
      buildAskArchitecture(),
      buildLanternpad({ components: [buildCanvasInput({ purpose: 'Draws the canvas; it runs on Google machines.' })] }),
    ];
    expect(answerQuestion("Which Google Cloud service fits Quillstack's ledger?", onGoogle()).declined ?? '').not.toContain(
      'mention Google',
    );
  });

  it('reads a name another product holds as an aside in a long question whose "what" does not head it', () => {
    const question = 'What does the Quillstack ledger database keep when its events also flow through Kafka in three zones?';
    expect(ask(question).declined ?? '').not.toContain('do not mention Kafka');
  });
});
