import { describe, expect, it } from 'vitest';
import { answerQuestion, answerWithFeatures, getFactIndex, splitQuestion } from '../../../src/lib/ask/index.ts';
import { listSources } from '../../../src/lib/ask/answer-question.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildCanvasInput, buildLanternpad } from '../../fixtures/build-ask-architecture.ts';

/**
 * Quillstack next to Lanternpad, built afresh for each question: the engine caches its index per catalogue array, so a
 * shared catalogue would let one question's cached work hide a change another question would show.
 */
const catalogue = () => [buildAskArchitecture(), buildLanternpad()];
const ask = (question: string) => answerQuestion(question, catalogue());
const coverageOf = (question: string) => answerWithFeatures(question, catalogue()).features.coverage;
const routeOf = (question: string) => answerWithFeatures(question, catalogue()).features.route;

/** What the Quillstack worker runs: the answer to every first part below. */
const workerRuns = 'Quillstack (Standard): Quill worker: Runs background jobs such as token clean-up.';

describe('splitQuestion: a symptom before the question', () => {
  // A piece that says something does not work asks nothing of its own: the question after it is asked of it.
  it.each([
    'The Quillstack worker no longer runs jobs, what does it need?',
    'The Quillstack worker no  longer runs jobs, what does it need?',
    'Quillstack workers keep restarting, what do they need?',
    'Quillstack workers keep  restarting, what do they need?',
    'The Quillstack worker keeps restarting, what does it need?',
    'Quillstack workers crash, what do they need?',
  ])('keeps "%s" one question', (question) => {
    expect(splitQuestion(question)).toEqual([question]);
  });
});

describe('splitQuestion: a piece with a question word that does not open with it', () => {
  it('does not join a topic that holds "which" to the yes/no question after it', () => {
    // "The ledger database which tier" opens with no question word, so it does not take the auxiliary after it as its verb.
    expect(splitQuestion('The ledger database which tier, and does Quillstack recommend one?')).toEqual([
      'The ledger database which tier',
      'does Quillstack recommend one?',
    ]);
  });
});

describe('answerQuestion: a short second part asked of what the first part is about', () => {
  it.each([
    ['a "why" of five words', 'What does the Quillstack worker run, and why would anyone bother here?'],
    [
      'a "why" of five words with two spaces between two of them',
      'What does the Quillstack worker run, and why would  anyone bother here?',
    ],
    [
      'a "why" of five words with a space before its question mark',
      'What does the Quillstack worker run, and why would anyone bother here ?',
    ],
    ['"what\'s the catch" with two question marks', "What does the Quillstack worker run, and what's the catch??"],
  ])('answers %s with what the first part is about, leaving nothing unstated', (_, question) => {
    expect(ask(question).answer).toBe(workerRuns);
    expect(coverageOf(question)).toBe(1);
  });

  it.each([
    [
      'a "why" of seven words',
      'What does the Quillstack worker run, and why would anyone ever bother at all?',
      'why would anyone ever bother at all',
    ],
    [
      'a part that ends with "why" but opens with an auxiliary',
      'What does the Quillstack worker run, and does anyone know why?',
      'does anyone know why',
    ],
    [
      '"what\'s the catch" followed by a word of its own',
      "What does the Quillstack worker run, and what's the catch here?",
      "what's the catch here",
    ],
    ['"what\'s the catch" after another word', "What does the Quillstack worker run, and for what's the catch?", "for what's the catch"],
  ])('reads %s as a question of its own, which no fact answers', (_, question, part) => {
    expect(ask(question).answer).toBe(`${workerRuns} Not stated in archkb's sources: ${part}.`);
    expect(coverageOf(question)).toBe(0.75);
  });

  it.each([
    ['a capitalised "How many" after a question mark', 'What does the Quillstack worker run? How many replicas?'],
    ['a count of four words', 'What does the Quillstack worker run, and how many replicas run?'],
    ['a count with two spaces after "how"', 'What does the Quillstack worker run, and how  many replicas run?'],
  ])('counts the replicas of the worker alone for %s', (_, question) => {
    // Asked of the worker, the count is the worker's; asked of the whole product it would give the API's replicas too.
    const answer = ask(question).answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Quill worker: Runs background jobs such as token clean-up\. /);
    expect(answer).toContain('Quill worker: worker.replicaCount = 1 (default).');
    expect(answer).not.toContain('Quill API');
  });

  it('counts the replicas of every part for a count with a verb of its own and more than four words', () => {
    const answer = ask('What does the Quillstack worker run, and how many replicas run by default?').answer ?? '';
    expect(answer).toContain('Quill API: api.replicaCount = 2 (default).');
    expect(answer).toContain('Quill worker: worker.replicaCount = 1 (default).');
  });

  it.each([
    ['What does the Quillstack worker run, and how many replicas are there?'],
    ['What does the Quillstack worker run? How many replicas ARE there?'],
  ])('counts the replicas of every part for a four-word count with an auxiliary, in any case: %s', (question) => {
    const answer = ask(question).answer ?? '';
    expect(answer).toContain('Quill API: api.replicaCount = 2 (default).');
  });
});

describe('answerQuestion: "which one" after a part that asks for a noun of several words', () => {
  it('asks the second product for the "one database" the first part asked about, so its ledger database is named', () => {
    // Lanternpad has no database; Quillstack's is the PostgreSQL ledger.
    const answer = ask('Which one database does Lanternpad use, and which one does Quillstack use?').answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Ledger database \(PostgreSQL\), required: /);
    expect(answer).toContain("Not stated in archkb's sources: Which one database does Lanternpad use.");
  });
});

describe('answerQuestion: a part that picks products by a technology', () => {
  it('picks, for each part of a question naming no product, the products using the technology that part names', () => {
    const answer = ask('Which products use Redis, and which products use Kafka?');
    expect(answer.kind).toBe('filter');
    // Quillstack's session cache runs Redis; Lanternpad's event stream runs Kafka.
    expect(answer.answer).toContain('Among the products in archkb: Quillstack: Session cache (optional).');
    expect(answer.answer).toContain('Among the products in archkb: Lanternpad: Event stream (required).');
  });

  it('answers "which products use Redis" within the product the question names, not across the catalogue', () => {
    const answer = ask('What does the Quillstack worker run, and which products use Redis?').answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Quill worker: Runs background jobs such as token clean-up\. /);
    expect(answer).toContain('Session cache: Technology: Redis.');
    expect(answer).not.toContain('Among the products');
    expect(answer).not.toContain('Lanternpad');
  });
});

describe('answerQuestion: a question of two parts, one of which asks figures the part never states', () => {
  it('declines for the whole question when the other part is not a figure the sources leave out but something no fact explains', () => {
    // Only when every part asks for figures the product never states is the answer that; here one part asks about hamsters.
    const answer = ask('How much memory does the Quillstack session cache need, and how do the Quillstack hamsters feel?');
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack do not state this; the nearest facts are listed as sources.',
    );
  });
});

describe('answerQuestion: a resource word spelt wrong', () => {
  it('declines the memory of a part that states none, though "memory" is misspelt in a one-sentence question', () => {
    // The session cache states no figures; a typo does not make memory a word of a scene-setting sentence.
    expect(ask('How much memmory does the Quillstack session cache need?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no memory figures for Session cache.',
    );
  });
});

describe('answerQuestion: a number given to a product sized by no load', () => {
  it('does not read a count of nodes as a load Lanternpad is not sized by', () => {
    // "2 nodes" is a count of machines, not a load; Lanternpad counts copies of nothing, which is the reason given.
    const answer = ask('How many canvas replicas does Lanternpad need on 2 nodes?');
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Lanternpad state no number of replicas to run.');
  });

  it('declines sizing Lanternpad by a load written with a typo, as it is sized by no load, rather than failing', () => {
    // "sgin-ins" is read as sign-ins, a load; Lanternpad states no figure that grows with any load.
    expect(ask('How many canvas replicas does Lanternpad need for 1000 sgin-ins?').declined).toMatch(
      /^The vendor documents archkb holds for Lanternpad state no sizing by load: no figure in them grows with the number of /,
    );
  });

  it('declines the load Lanternpad handles at a given load as unrated, not as a question of sizing by load', () => {
    expect(ask('How many users can Lanternpad handle with 500 sign-ins?').declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no load it was rated or tested for, and no measure of load it is sized by.',
    );
  });
});

describe('answerQuestion: a computation whose question names something the sources leave unstated', () => {
  it('computes the vCPUs a load needs though the question also names the load balancer product, which no source states', () => {
    const question = 'How many vCPUs does Quillstack need at 40 sign-ins per second behind the load balancer product?';
    const answer = ask(question);
    expect(answer.kind).toBe('compute');
    // 1 vCPU per 10 sign-ins per second at 40 sign-ins per second: 4 vCPU for the API.
    expect(answer.answer).toMatch(/^Quillstack \(Standard\) at 40 sign-ins per second: Quill API: 4 vCPU requested, /);
    expect(routeOf(question)).toBe('compute');
  });
});

describe('answerQuestion: a version asked in one part of two', () => {
  it('answers the other part and says the version is unstated, rather than declining the whole question', () => {
    const answer = ask('What does the Quillstack worker run, and which Redis version does the session cache need?');
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toMatch(/^Quillstack \(Standard\): Quill worker: Runs background jobs such as token clean-up\. /);
    // Quillstack states no version of anything.
    expect(answer.answer).toContain('The vendor documents archkb holds for Quillstack state no versions.');
  });
});

describe('answerQuestion: an instance size asked of two products, one of which names one', () => {
  it('does not say the products state no instance type or size when Lanternpad names one', () => {
    const lanternpad = buildLanternpad({
      components: [
        buildCanvasInput({ purpose: 'Draws the canvas; run it on an m5.large instance.' }),
        buildComponentInput({ id: 'events', name: 'Event stream', role: 'message-broker', technology: 'Kafka' }),
      ],
    });
    const answer = answerQuestion('Which instance type do Quillstack and Lanternpad recommend?', [buildAskArchitecture(), lanternpad]);
    expect(answer.declined ?? '').not.toContain('state no instance type or size');
  });
});

describe('answerQuestion: the same computation asked again under another condition', () => {
  it('computes each part at its own load when the second part changes only the condition', () => {
    const answer = ask(
      'How many vCPUs does the Quillstack API need if we have 40 sign-ins per second, and how many if we have 80 sign-ins per second?',
    );
    expect(answer.kind).toBe('compute');
    // 1 vCPU per 10 sign-ins per second: 4 vCPU at 40, 8 vCPU at 80.
    expect(answer.answer).toContain('Quillstack (Standard) at 40 sign-ins per second: Quill API: 4 vCPU requested');
    expect(answer.answer).toContain('Quillstack (Standard) at 80 sign-ins per second: Quill API: 8 vCPU requested');
  });
});

describe('answerQuestion: a first part about a name the sources never mention', () => {
  it('answers as a lookup that says the name is not mentioned, then answers the second part', () => {
    const question = 'Does Quillstack need Frobcore, and what does the worker run?';
    const answer = ask(question);
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toMatch(/^The vendor documents archkb holds for Quillstack do not mention Frobcore\. /);
    expect(answer.answer).toContain('Quill worker (Quill), conditional: Runs background jobs such as token clean-up.');
    expect(routeOf(question)).toBe('lookup');
  });
});

describe('answerQuestion: "it" after a first answer that opens with a fact about the product', () => {
  it('reads "it" as the part the first answer speaks of, not the product its first fact is about', () => {
    // The first answer lists the layouts (a fact about Quillstack), then what the worker runs: "it" is the worker.
    const answer = ask('What does the Quillstack standard variant run on one worker, and how many replicas of it run?').answer ?? '';
    expect(answer).toContain('Quill worker: worker.replicaCount = 1 (default).');
    expect(answer).not.toContain('api.replicaCount');
  });
});

describe('answerQuestion: whether a product sets figures its sources say it leaves unset', () => {
  /** Chartwell, a one-part product whose sources say its chart sets no CPU or memory. */
  const chartwell = () => [
    buildArchitecture({
      id: 'chartwell',
      product: 'Chartwell',
      vendor: 'Chart Co.',
      components: [
        buildComponentInput({
          id: 'chart-api',
          name: 'Chart API',
          role: 'application-service',
          purpose: 'Serves the charts.',
          requirements: [
            {
              scope: 'default',
              nodes: 1,
              note: 'the chart sets no CPU or memory (resources {}).',
              source: 'authgear-self-managed#resources-reference',
            },
          ],
        }),
      ],
    }),
  ];
  const said =
    'The vendor documents archkb holds for Chartwell state no memory figures. Chart API: 1 node, default. the chart sets no CPU or memory (resources {}).';

  it.each([
    [
      'No',
      'whether it sets memory requests for the nodes it runs on',
      'Does the Chartwell chart set default memory requests for the API nodes?',
    ],
    ['Yes', 'whether it leaves memory requests unset', 'Does the Chartwell chart leave memory requests unset?'],
    ['Yes', 'whether it does not set memory requests', 'Does the Chartwell chart not set memory requests?'],
  ])('answers %s to %s, from the fact saying it sets none', (verdict, _, question) => {
    const scored = answerWithFeatures(question, chartwell());
    expect(scored.answer.answer).toBe(`${verdict}. ${said}`);
    expect(scored.features.route).toBe('yes-no');
  });
});

describe('answerQuestion: what the sources say they leave unstated, written with an article inside', () => {
  /** Quillstack with one layout whose summary leaves the reverse proxy's ports unstated. */
  const withProxy = () => [
    buildAskArchitecture({
      variants: [
        {
          id: 'standard',
          name: 'Standard',
          summary: 'One API, one worker and a ledger database. Not stated: the ports of the reverse proxy.',
          source: 'authgear-self-managed#introduction',
        },
      ],
      hosts: [],
    }),
    buildLanternpad(),
  ];

  it('drops only the leading article of what a part asks that the sources leave unstated', () => {
    expect(answerQuestion('What does the Quillstack worker run, and which ports does the reverse proxy use?', withProxy()).answer).toBe(
      'Quillstack: Quill worker: Runs background jobs such as token clean-up. The sources state no ports of the reverse proxy.',
    );
  });

  it('drops only the leading article in a decline of a one-part question', () => {
    expect(answerQuestion('Which ports does the Quillstack reverse proxy use?', withProxy()).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no ports of the reverse proxy.',
    );
  });
});

describe('answerQuestion: a part about a name the sources of two products never mention', () => {
  it('names both products in the part that says so, then answers the other part', () => {
    expect(ask('Do Quillstack and Lanternpad need Frobcore, and what does the Quillstack worker run?').answer).toBe(
      `The vendor documents archkb holds for Quillstack and Lanternpad do not mention Frobcore. ${workerRuns}`,
    );
  });
});

describe('answerQuestion: a resource word that is also the whole name of a part', () => {
  it('reads "how much storage" as asking for storage figures though a part is called Storage, and says none are stated', () => {
    // A one-word name ("Storage") is the resource word itself, not a name inside which the word asks no figure.
    const lanternpad = buildLanternpad({
      components: [
        buildCanvasInput(),
        buildComponentInput({ id: 'storage', name: 'Storage', role: 'object-storage', technology: 'MinIO' }),
      ],
    });
    expect(answerQuestion('How much storage does Lanternpad need?', [buildAskArchitecture(), lanternpad]).declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no storage figures.',
    );
  });
});

describe('answerQuestion: a second question that opens with a capital after a question mark', () => {
  it('fills a capitalised "Which one" with the noun the first question asked for', () => {
    const answer = ask('Which database does Lanternpad use? Which one does Quillstack use?').answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Ledger database \(PostgreSQL\), required: /);
  });

  it('fills a capitalised "How much" with what the first question measured, so the worker’s memory is given', () => {
    const answer = ask('How much memory does the Quillstack ledger database need? How much does the Quillstack worker need?').answer ?? '';
    // The ledger's memory first, then the worker's 256Mi request.
    expect(answer).toMatch(/^Quillstack \(Standard\): Ledger database: 1 node × \(2 vCPU, 8 GB memory, 100 GB storage\), minimum\. /);
    expect(answer).toContain('Quill worker: 1 node × (CPU 250m CPU request, memory 256Mi request), example.');
  });
});

describe('answerQuestion: the length of a part typed with two spaces', () => {
  it('counts a twelve-word part as twelve words though two of them are two spaces apart, and says the memory is unstated', () => {
    expect(
      ask('What does the Quillstack session cache keep, and what are the memory requirements of the session cache in  standard layout?')
        .answer,
    ).toBe(
      'Quillstack (Standard): Session cache: Keeps sign-in sessions. ' +
        'The vendor documents archkb holds for Quillstack state no memory figures for Session cache.',
    );
  });
});

describe('answerQuestion: counts asked within the layout a question opens with', () => {
  it.each([
    ['In the Quillstack Clustered layout, how many nodes and how many replicas?'],
    ['In the Quillstack Clustered layout, how  many nodes and how many replicas?'],
  ])('asks a count that names no part within the layout, so the clustered layout’s own word on its nodes is given: %s', (question) => {
    // The Clustered layout's summary is what Quillstack says about its nodes there: several API nodes behind a load balancer.
    const answer = ask(question).answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Clustered \(high availability\)\): /);
    expect(answer).toContain('Several API nodes behind a load balancer.');
  });
});

describe('answerQuestion: a later part that names a part of one of the products the question names', () => {
  it('asks "does Lanternpad use Kafka for it" of Lanternpad, whose event stream runs Kafka, not of the Quillstack worker', () => {
    const answer = ask('What does the Quillstack worker run, and does Lanternpad use Kafka for it?').answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Quill worker: Runs background jobs such as token clean-up\. Yes: /);
    expect(answer).toContain('In Lanternpad, Event stream is required.');
    expect(answer).not.toContain('list no Kafka component');
  });
});

describe('answerQuestion: a comparison part and what one product leaves unstated', () => {
  it('does not answer a part comparing two products with what only Quillstack says it leaves unstated', () => {
    // Quillstack's layout says it states no port numbers; Lanternpad says nothing of ports, so no comparison follows.
    const answer = ask('Which needs more port numbers, Quillstack or Lanternpad, and what does the Quillstack worker run?').answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Quill worker: Runs background jobs such as token clean-up\. /);
    expect(answer).toContain("Not stated in archkb's sources: Which needs more port numbers, Quillstack or Lanternpad.");
    expect(answer).not.toContain('The sources state no port numbers.');
  });
});

describe('listSources: the facts of an answer about several products', () => {
  it('cites each product before a second fact of any, so a short list still covers them all', () => {
    const index = getFactIndex(catalogue());
    const of = (id: string) => index.facts.filter((fact) => fact.architecture === id && fact.attribute === 'purpose');
    const [first, second, third] = of('quillstack');
    const [other] = of('lanternpad');
    if (!first || !second || !third || !other) throw new Error('the fixtures hold three Quillstack purposes and a Lanternpad one');
    const draft = { kind: 'compare' as const, text: '', facts: [first, second, third, other], coverage: 1, strength: 1 };
    expect(listSources(draft, index, 2).map((source) => source.url)).toEqual([first.url, other.url]);
    expect(listSources(draft, index, 4).map((source) => source.url)).toEqual([first.url, other.url, second.url, third.url]);
  });
});

describe('splitQuestion: a topic before a dash or colon', () => {
  it('gives the topic to a short later part that names nothing of its own', () => {
    expect(splitQuestion('Ledger cache for Quillstack — which eviction policy and what minimum node type?')).toEqual([
      'Ledger cache for Quillstack — which eviction policy',
      'Ledger cache for Quillstack: what minimum node type?',
    ]);
  });

  it('leaves a part that points back, counts bare, or names its own subject as written', () => {
    expect(splitQuestion('Quillstack on Orbit: what managed ledger do they use, and how many of them?')).toEqual([
      'Quillstack on Orbit: what managed ledger do they use',
      'how many of them?',
    ]);
    expect(splitQuestion('Quillstack ledger — which version is required, and what does the session cache keep between requests?')[1]).toBe(
      'what does the session cache keep between requests?',
    );
  });
});
