import { describe, expect, it } from 'vitest';
import { answerQuestion, answerWithFeatures } from '../../../src/lib/ask/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildLedgerInput,
  buildQuillApiInput,
  buildCanvasInput,
} from '../../fixtures/build-ask-architecture.ts';

/** The source document every fixture fact cites: the schema accepts only sections that exist in content/sources/. */
const SOURCE_DOCUMENT = 'authgear-self-managed';
const RESOURCES = `${SOURCE_DOCUMENT}#resources-reference`;
/** The link to a section of that document on an architecture page. */
const sectionUrl = (page: string, section: string) => `${page}#src-${SOURCE_DOCUMENT}-${section}`;
/** The title of the document's introduction, whatever the document is called. */
const introductionTitle = expect.stringMatching(/^.+, section “Architecture Guides \(introduction\)”$/);

/** Quillstack next to Lanternpad; the engine caches its index per catalogue array, so one array serves every question. */
const catalogue = [buildAskArchitecture(), buildLanternpad()];
const ask = (question: string) => answerQuestion(question, catalogue);
const features = (question: string) => answerWithFeatures(question, catalogue).features;

describe('answerQuestion: how a question of two parts is scored', () => {
  it('halves the missing share of coverage for a part nothing answers, keeping the answered part’s strength', () => {
    // Alone, the first part is answered in full (coverage 1, strength 1).
    expect(features('What does the Quillstack worker run?')).toMatchObject({ coverage: 1, strength: 1 });
    // One answered part of two: 1 × (0.5 + 0.5 × 1 / 2) = 0.75; the strength is the weakest answered part's.
    expect(features('What does the Quillstack worker run, and how long do they last?')).toMatchObject({
      coverage: 0.75,
      strength: 1,
      route: 'lookup',
    });
  });

  it('counts a part about a name the sources never mention as answered at 0.8, which the whole answer’s strength takes', () => {
    // (1 + 0.8) / 2 × (0.5 + 0.5 × 2 / 2) = 0.9; the strength is min(1, 0.8).
    const scored = features('What does the Quillstack ledger database keep, and does it need Frobcore?');
    expect(scored.coverage).toBeCloseTo(0.9, 10);
    expect(scored.strength).toBe(0.8);
  });

  it('says a part asks for figures the product never states, and counts that part as unanswered', () => {
    const question = 'What does the Quillstack session cache keep, and how much memory does it need?';
    expect(ask(question).answer).toBe(
      'Quillstack (Standard): Session cache: Keeps sign-in sessions. ' +
        'The vendor documents archkb holds for Quillstack state no memory figures for Session cache.',
    );
    expect(features(question)).toMatchObject({ coverage: 0.75, strength: 1 });
  });

  it('reads "each X node" as the nodes a figure is asked for, not a count of them, so a part with no figures is declined', () => {
    expect(ask('How much memory should each Quillstack session cache node get?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no memory figures for Session cache.',
    );
    // "How many storage nodes" counts nodes: the resource word names a kind of node, not a figure asked of the part.
    expect(ask('How many storage nodes does the Quillstack session cache run on?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no number of Session cache instances to run.',
    );
    // A word of the resource standing alone ("how much disk") still asks the figure, whatever the node is called.
    expect(ask('How much disk should the Quillstack session cache storage node get?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no storage figures for Session cache.',
    );
  });

  it('declines, with no evidence, a question whose every part asks for figures the product never states', () => {
    const question = 'How much memory does the Quillstack session cache need, and how many vCPUs does it need?';
    const answer = ask(question);
    expect(answer.answer).toBeNull();
    expect(answer.kind).toBe('declined');
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack state no memory figures for Session cache. ' +
        'The vendor documents archkb holds for Quillstack state no vCPU figures for Session cache.',
    );
    expect(features(question)).toMatchObject({ coverage: 0, strength: 0, route: 'declined-unstated' });
  });
});

describe('answerQuestion: "they" after a part that lists parts', () => {
  it('asks "are they required?" of every part of the group the first part lists', () => {
    const answer = ask('What is in the Quillstack ledger and caches group, and are they required?');
    // The group holds the ledger database (required) and the session cache (optional): not all of them are required.
    expect(answer.answer).toMatch(/^Quillstack \(Standard\): Ledger and caches: Ledger database and Session cache\. /);
    expect(answer.answer).toContain(' No. Quillstack (Standard): Session cache: Optional. Ledger database: Required.');
    expect(answer.answer).not.toContain('Quill API');
  });
});

describe('answerQuestion: sources', () => {
  it('links a fact of a variant other than the first to that variant’s page', () => {
    const answer = ask('What sits in front of the Quillstack clustered API nodes?');
    expect(answer.answer).toBe('Quillstack (Clustered (high availability)): Several API nodes behind a load balancer.');
    expect(answer.sources).toEqual([
      {
        title: introductionTitle,
        url: sectionUrl('/architectures/quillstack/clustered/', 'introduction'),
        excerpt: 'Several API nodes behind a load balancer.',
      },
    ]);
  });
});

/** Quillstack, three more identity servers built from it, and two internal-tool builders. */
const wide = [
  buildAskArchitecture(),
  ...['a', 'b', 'c'].map((letter) =>
    buildAskArchitecture({ id: `quill-${letter}`, product: `Quill${letter.toUpperCase()}x`, summary: `Quill ${letter} signs users in.` }),
  ),
  buildLanternpad(),
  buildLanternpad({ id: 'lanternboard', product: 'Lanternboard' }),
];

describe('answerQuestion: products archkb does not hold', () => {
  it('names a product of several words with each word capitalised, and suggests the builders of its category', () => {
    const answer = answerQuestion('What does Jet Admin need to self-host?', wide);
    expect(answer.answer).toBeNull();
    expect(answer.kind).toBe('declined');
    expect(answer.declined).toBe('archkb has no architecture for Jet Admin. Nearest in archkb: Lanternpad, Lanternboard.');
    expect(answer.sources).toEqual([]);
  });

  it('suggests, for a product of no category archkb covers, the category whose facts answer the rest of the question', () => {
    // Signing users in is what the identity servers' facts speak of, so those four are the nearest.
    expect(answerQuestion('How does Rocket Chat sign users in?', wide).declined).toBe(
      'archkb has no architecture for Rocket Chat. Nearest in archkb: Quillstack, QuillAx, QuillBx, QuillCx.',
    );
  });

  it('names a product of several words it lacks next to the answer about the one it holds', () => {
    expect(ask('What does the Quillstack ledger database keep, compared with Rocket Chat?').answer).toBe(
      'archkb has no architecture for Rocket Chat. Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records.',
    );
  });
});

describe('answerQuestion: pages listed with a decline', () => {
  it('lists the pages of at most three of the products a declined topic names, each with its summary', () => {
    const answer = answerQuestion('How much do Quillstack, QuillAx, QuillBx and QuillCx cost?', wide);
    expect(answer.answer).toBeNull();
    expect(answer.sources).toEqual([
      {
        title: 'Quillstack',
        url: '/architectures/quillstack/',
        excerpt: 'Quillstack signs users in; its API scales with sign-ins per second.',
      },
      { title: 'QuillAx', url: '/architectures/quill-a/', excerpt: 'Quill a signs users in.' },
      { title: 'QuillBx', url: '/architectures/quill-b/', excerpt: 'Quill b signs users in.' },
    ]);
  });

  it('says a category’s products do not state what no fact explains, listing their pages when no fact comes near', () => {
    const answer = ask('What do identity servers feed the hamsters?');
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for identity servers do not state this; the nearest facts are listed as sources.',
    );
    expect(answer.sources).toEqual([
      {
        title: 'Quillstack',
        url: '/architectures/quillstack/',
        excerpt: 'Quillstack signs users in; its API scales with sign-ins per second.',
      },
    ]);
  });
});

describe('answerQuestion: questions that name no product', () => {
  it('answers a question that filters every product by a technology, though it names no product or category', () => {
    const answer = ask('Which products use Redis?');
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toBe('Among the products in archkb: Quillstack: Session cache (optional). The others do not list it.');
  });
});

describe('answerQuestion: names joined in a decline', () => {
  it('joins two products archkb lacks with "or"', () => {
    expect(ask('What do Okta and Jet Admin need to self-host?').declined).toBe(
      'archkb has no architecture for Okta or Jet Admin. Nearest in archkb: Quillstack.',
    );
    expect(ask('Quillstack vs Okta vs Jet Admin ledger database purpose').answer).toMatch(
      /^archkb has no architecture for Okta or Jet Admin\. Quillstack \(Standard\): Ledger database: Keeps accounts/,
    );
  });

  it('joins two names the product’s sources never mention with "or"', () => {
    expect(ask('Does Quillstack need Frobcore or Zapwell?').declined).toBe(
      'The vendor documents archkb holds for Quillstack do not mention Frobcore or Zapwell.',
    );
  });

  it('joins two figures one part never states with "or"', () => {
    expect(ask('How much memory and CPU does the Quillstack session cache need?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no memory or vCPU figures for Session cache.',
    );
  });
});

/** Chartwell, a one-part product whose sources say its chart sets no CPU or memory. */
const chartOnly = buildArchitecture({
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
          source: RESOURCES,
        },
      ],
    }),
  ],
});

/** Quillstack whose ledger states a PostgreSQL version and whose cache states none. */
const versioned = [
  buildAskArchitectureWith([
    buildLedgerInput({
      requirements: [{ scope: 'minimum', versions: [{ product: 'PostgreSQL', min: '14' }], source: RESOURCES }],
    }),
    buildComponentInput({ id: 'session-cache', name: 'Session cache', role: 'cache', technology: 'Redis' }),
  ]),
];

describe('answerWithFeatures: the route each answer takes, which the confidence model weighs', () => {
  const routeOf = (question: string, architectures = catalogue) => answerWithFeatures(question, architectures).features.route;

  it('names the route of each way of declining', () => {
    expect(routeOf('How much does Quillstack cost?')).toBe('declined-topic');
    expect(routeOf('What does Okta need to self-host?')).toBe('declined-unknown-product');
    expect(routeOf('What does the thing do?')).toBe('declined-no-product');
    expect(routeOf('Does Quillstack need Frobcore?')).toBe('declined-unmentioned');
    // Figures, a kind of part, a stated silence, a version and an instance size the sources do not give.
    expect(routeOf('How much memory does the Quillstack session cache need?')).toBe('declined-absence');
    expect(routeOf('Which message broker does Quillstack recommend?')).toBe('declined-absence');
    expect(routeOf('What port does Quillstack use?')).toBe('declined-absence');
    expect(routeOf('Which Redis version does Quillstack need?', versioned)).toBe('declined-absence');
    expect(routeOf('Which instance type does Quillstack recommend for the ledger database?')).toBe('declined-absence');
    expect(routeOf('What do identity servers feed the hamsters?')).toBe('declined-unstated');
  });

  it('routes a "no" from a fact saying no figures are given as a yes/no answer, citing that fact', () => {
    const question = 'Does the Chartwell chart set default memory requests for the API?';
    expect(routeOf(question, [chartOnly])).toBe('yes-no');
    const answer = answerQuestion(question, [chartOnly]);
    expect(answer.kind).toBe('yes-no');
    expect(answer.sources.map((source) => source.url)).toEqual([
      '/architectures/chartwell/#component-chart-api',
      sectionUrl('/architectures/chartwell/', 'resources-reference'),
    ]);
    expect(answer.confidence).toBeGreaterThan(0.5);
    expect(answer.confidence).toBeLessThan(1);
  });

  it('gives every decline a confidence between 0 and 1 from the evidence it had', () => {
    for (const question of [
      'How much does Quillstack cost?',
      'What does Okta need to self-host?',
      'What does the thing do?',
      'Does Quillstack need Frobcore?',
      'How much memory does the Quillstack session cache need?',
      'Which message broker does Quillstack recommend?',
      'What port does Quillstack use?',
      'What do identity servers feed the hamsters?',
    ]) {
      const { confidence } = ask(question);
      expect(confidence, question).toBeGreaterThan(0);
      expect(confidence, question).toBeLessThan(1);
    }
  });
});

describe('answerQuestion: the nearest facts listed with a decline', () => {
  it('lists the nearest facts, not the product page, when facts come near', () => {
    const answer = ask('How many Quillstack hamsters run the treadmill?');
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack do not state this; the nearest facts are listed as sources.',
    );
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources.every((source) => source.url.startsWith('/architectures/quillstack/#'))).toBe(true);
  });
});

describe('answerQuestion: figures for the one part a question names', () => {
  const source = RESOURCES;

  it('answers a part that states no figures of its own from the host it shares, rather than declining', () => {
    const hosted = buildAskArchitecture({
      hosts: [
        {
          id: 'app-box',
          name: 'Application box',
          kind: 'server',
          components: ['quill-api', 'quill-worker'],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', source }],
          variants: ['standard'],
          source,
        },
      ],
      components: [
        buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
        buildComponentInput({ id: 'quill-worker', name: 'Quill worker', role: 'job-worker', technology: 'Quill', purpose: 'Runs jobs.' }),
        buildLedgerInput({ purpose: 'Keeps accounts.', requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '8 GB', source }] }),
      ],
    });
    // The worker runs on the application box in the Standard layout, whose figures cover it.
    const answer = answerQuestion('How much memory does the Quillstack worker need?', [hosted]);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toContain('Application box: 1 node × (2 vCPU, 4 GB memory), minimum.');
  });

  it('takes the longest part name the question holds ("ledger database volume" over "ledger database") as the part asked', () => {
    const volumed = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildLedgerInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '8 GB', storage: '100 GB', source }] }),
      buildComponentInput({
        id: 'ledger-volume',
        name: 'Ledger database volume',
        role: 'persistent-volume',
        technology: 'PVC',
        purpose: 'Holds the ledger files on disk.',
        source,
        necessity: { level: 'required', source },
      }),
    ]);
    // The ledger database's 100 GB is not the volume's size: the volume states none.
    expect(answerQuestion('What default size does Quillstack give the ledger database volume?', [volumed]).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no storage figures for Ledger database volume.',
    );
  });

  it('names a part whose name holds the product’s name by its own words', () => {
    const lanternpad = buildLanternpad({
      components: [
        buildCanvasInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', source }] }),
        buildComponentInput({ id: 'lp-worker', name: 'Lanternpad worker', role: 'job-worker', technology: 'Node.js' }),
      ],
    });
    // Only the canvas states memory; the worker, named "Lanternpad worker", states none.
    expect(answerQuestion('How much memory does the Lanternpad worker need?', [lanternpad]).declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no memory figures for Lanternpad worker.',
    );
  });
});

describe('answerQuestion: the size of a part whose name holds a resource word', () => {
  const source = RESOURCES;
  const lanternpad = () =>
    buildLanternpad({
      components: [
        buildCanvasInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', storage: '20 GB', source }] }),
        buildComponentInput({
          id: 'canvas-volume',
          name: 'Canvas persistent volume',
          role: 'persistent-volume',
          technology: 'Kubernetes persistent volume',
          purpose: 'Keeps the drawings of each canvas.',
        }),
      ],
    });

  it('declines "what is the default size of the persistent volume" when the volume states no storage figure', () => {
    expect(answerQuestion("What's the default size of the persistent volume Lanternpad gives each canvas?", [lanternpad()]).declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no storage figures for Canvas persistent volume.',
    );
  });

  it('does not read the resource word of the name as asked when the question asks no size', () => {
    expect(answerQuestion('What does the Lanternpad canvas persistent volume keep?', [lanternpad()]).answer).toContain(
      'Keeps the drawings of each canvas.',
    );
  });
});

describe('answerQuestion: suggestions when nothing points to a category', () => {
  it('suggests every product when no fact answers the rest of the question either', () => {
    expect(ask('Does Zorblax frobnicate?').declined).toBe(
      'archkb has no architecture for Zorblax. Nearest in archkb: Quillstack, Lanternpad.',
    );
  });
});

describe('answerQuestion: figures a product states only some of', () => {
  const source = RESOURCES;

  it('answers the memory a product states when it is asked for memory and storage and states no storage', () => {
    const memoryOnly = buildLanternpad({
      components: [
        buildCanvasInput({ requirements: [{ scope: 'minimum', nodes: 1, memory: '4 GB', source }] }),
        buildComponentInput({ id: 'events', name: 'Event stream', role: 'message-broker', technology: 'Kafka' }),
      ],
    });
    const answer = answerQuestion('How much memory and storage does Lanternpad need?', [memoryOnly]);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toContain('Canvas service: 1 node × (4 GB memory), minimum.');
  });

  it('answers the memory the part named states when it states no storage', () => {
    const lanternpad = buildLanternpad({
      components: [
        buildCanvasInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', storage: '50 GB', source }] }),
        buildComponentInput({
          id: 'lp-worker',
          name: 'Lanternpad worker',
          role: 'job-worker',
          technology: 'Node.js',
          requirements: [{ scope: 'minimum', nodes: 1, memory: '1 GB', source }],
        }),
      ],
    });
    const answer = answerQuestion('How much memory and storage does the Lanternpad worker need?', [lanternpad]);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toMatch(/^Lanternpad: Lanternpad worker: 1 node × \(1 GB memory\), minimum\./);
  });

  it('names the load as the question writes it, capitals and all, when a product is sized by no load', () => {
    expect(ask('How many Lanternpad canvas replicas should we run for 500 Sign-ins?').declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no sizing by load: no figure in them grows with the number of Sign-ins.',
    );
  });

  it('answers which instance type with the vendor’s word on how to pick one, though no size is named', () => {
    const pick = buildAskArchitecture({
      components: [
        buildLedgerInput({
          purpose: 'Keeps accounts.',
          notes: [{ kind: 'option', text: 'Pick the instance type by memory, not by CPU.', source }],
        }),
        buildQuillApiInput(),
        buildComponentInput({ id: 'quill-worker', name: 'Quill worker', role: 'job-worker' }),
      ],
    });
    const answer = answerQuestion('Which instance type does Quillstack recommend for the ledger database?', [pick]);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toBe('Quillstack (Standard): Ledger database: Option: Pick the instance type by memory, not by CPU.');
  });
});

describe('answerQuestion: "each" and "they" after a list of parts', () => {
  const listQuestion = 'Which components does Quillstack Standard have';

  it('asks "what does each do?" of every component the first answer lists', () => {
    const answer = ask(`${listQuestion}, and what does each do?`).answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\) has 4 components: /);
    for (const purpose of [
      'Quill API: Serves the sign-in API.',
      'Quill worker: Runs background jobs such as token clean-up.',
      'Ledger database: Keeps accounts, tenants and audit records.',
      'Session cache: Keeps sign-in sessions.',
    ])
      expect(answer).toContain(purpose);
  });

  it('answers "are they required?" of the components listed with a no, as the cache is optional and the worker conditional', () => {
    const answer = ask(`${listQuestion}, and are they required?`).answer ?? '';
    expect(answer).toContain(' No. ');
    expect(answer).not.toContain('Yes');
    for (const necessity of [
      'Session cache: Optional.',
      'Ledger database: Required.',
      'Quill API: Required.',
      'Quill worker: Conditional: when several API instances run.',
    ])
      expect(answer).toContain(necessity);
  });

  it('reads "they" after a fact that lists no parts as the part it is about, which states nothing of the kind', () => {
    // "Keeps accounts, tenants and audit records" is what the ledger keeps, not a list of parts to ask "how long" of.
    expect(ask('What does the Quillstack ledger database keep, and how long are they kept?').answer).toBe(
      "Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records. Not stated in archkb's sources: how long are they kept.",
    );
  });
});

describe('answerQuestion: parts answered by what the sources do not say', () => {
  it('says first that the sources never mention a name the first part asks about, then answers the second part', () => {
    const answer = ask('Does Quillstack need Frobcore, and what does the ledger database keep?');
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toBe(
      'The vendor documents archkb holds for Quillstack do not mention Frobcore. ' +
        'Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records.',
    );
  });

  it('joins two names a short second part asks about with "or"', () => {
    expect(ask('What does Quillstack keep, and does it need Frobcore or Zapwell?').answer).toMatch(
      / The vendor documents archkb holds for Quillstack do not mention Frobcore or Zapwell\.$/,
    );
  });

  it('quotes an unanswered part without the question marks it was typed with', () => {
    expect(ask('What does the Quillstack worker run, and how long do they last??').answer).toBe(
      "Quillstack (Standard): Quill worker: Runs background jobs such as token clean-up. Not stated in archkb's sources: how long do they last.",
    );
  });

  it('says a short part asking for the requirements of a part that states none that it states none', () => {
    expect(ask('What does the Quillstack session cache keep, and what are its memory requirements?').answer).toBe(
      'Quillstack (Standard): Session cache: Keeps sign-in sessions. ' +
        'The vendor documents archkb holds for Quillstack state no memory figures for Session cache.',
    );
  });

  it('asks "what does each do?" of both parts of the group the first answer lists', () => {
    const answer = ask('What is in the Quillstack sign-in core group, and what does each do?').answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Sign-in core: Quill API and Quill worker\. /);
    expect(answer).toContain('Quill worker: Runs background jobs such as token clean-up.');
    expect(answer).toContain('Quill API: Serves the sign-in API.');
  });
});

describe('answerQuestion: a group of one', () => {
  const edged = buildAskArchitectureWith(
    [
      buildQuillApiInput(),
      buildLedgerInput(),
      buildComponentInput({
        id: 'edge-proxy',
        name: 'Edge proxy',
        role: 'reverse-proxy',
        technology: 'Frobgate',
        purpose: 'Terminates TLS in front of the API.',
        group: 'edge',
      }),
    ],
    {
      groups: [
        { id: 'core', label: 'Sign-in core' },
        { id: 'data', label: 'Ledger and caches' },
        { id: 'edge', label: 'Edge tier' },
      ],
    },
  );

  it('asks "what does each do?" and "what does it do?" of the one part the first answer lists', () => {
    for (const question of [
      'What is in the Quillstack edge tier group, and what does each do?',
      'What is in the Quillstack edge tier, and what does it do?',
    ])
      expect(answerQuestion(question, [edged]).answer, question).toBe(
        'Quillstack (Standard): Edge tier: Edge proxy. Quillstack (Standard): Edge proxy: Terminates TLS in front of the API. Required.',
      );
  });
});

describe('answerQuestion: evidence for the confidence of an answer', () => {
  it('counts the question words no answer fact holds, so an answer that leaves words out is less sure', () => {
    // "long" and "last" are in no Quillstack fact; every content word of the one-part question is.
    expect(features('What does the Quillstack worker run, and how long do they last?').uncovered).toBeGreaterThan(0);
    expect(features('What does the Quillstack worker run?').uncovered).toBe(0);
  });
});

describe('answerQuestion: declines about two products or none with figures', () => {
  it('names both products a question asks about when no fact answers it, listing both pages', () => {
    const answer = ask('What do Quillstack and Lanternpad feed the hamsters?');
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack and Lanternpad do not state this; the nearest facts are listed as sources.',
    );
    expect(answer.sources.map((source) => source.title)).toEqual(['Quillstack', 'Lanternpad']);
  });

  it('declines a sizing rule asked of a product that states no figures at all', () => {
    expect(ask('What is the Lanternpad sizing rule for memory?').declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no memory figures.',
    );
  });
});

describe('answerQuestion: how much load a setup serves', () => {
  it('declines "how much <load> can it serve", however long the question, for a product sized per load but rated for none', () => {
    expect(ask('How much sign-in traffic can Quillstack serve on the minimum setup before we need to scale out at all?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no load it was rated or tested for: ' +
        'its sizing rules say what each unit of load needs, not how much load a setup serves.',
    );
  });
});

describe('answerQuestion: a setting named like a load', () => {
  it('answers the value of a setting whose name the question writes ("max open conns"), rather than declining a load', () => {
    const real = loadContentArchitectures();
    expect(answerQuestion('ZITADEL database pool: max open and max idle conns?', real).answer).toContain('MaxOpenConns = 10');
  });
});

describe('answerQuestion: a computation over the whole question', () => {
  it('answers "how many of them …" after a computation with the computation alone, which counts them', () => {
    const answer = ask('Quillstack at 40 sign-ins per second: how many vCPUs, and how many of them face the internet?');
    expect(answer.kind).toBe('compute');
    // 1 vCPU per 10 sign-ins per second at 40 is 4 vCPU; the CPU limit is twice the request.
    expect(answer.answer).toMatch(/^Quillstack \(Standard\) at 40 sign-ins per second: Quill API: 4 vCPU requested, limit 8 vCPU\. /);
    expect(answer.answer).not.toContain('Quillstack (Standard):');
    expect(answer.answer).not.toContain('Not stated');
  });
});

describe('answerQuestion: the fact behind a decline', () => {
  it('lists the fact saying the sources leave port numbers unstated as the source of that decline', () => {
    const answer = ask('What port does Quillstack use?');
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no port numbers.');
    expect(answer.sources).toEqual([
      {
        title: introductionTitle,
        url: sectionUrl('/architectures/quillstack/', 'introduction'),
        excerpt: 'One API, one worker and a ledger database. Not stated: the load balancer product, any port numbers.',
      },
    ]);
  });

  it('names the category a question asks about in its decline, whichever category it is', () => {
    expect(ask('What do internal-tool builders feed the hamsters?').declined).toBe(
      'The vendor documents archkb holds for internal-tool builders do not state this; the nearest facts are listed as sources.',
    );
  });

  it('counts the words a "no figures" fact leaves out as evidence against a yes/no answer built on it', () => {
    // The fact says the chart sets no CPU or memory; "default" and "requests" are in no Chartwell fact.
    const scored = answerWithFeatures('Does the Chartwell chart set default memory requests for the API?', [chartOnly]).features;
    expect(scored.route).toBe('yes-no');
    expect(scored.uncovered).toBeGreaterThan(0);
  });
});

describe('answerQuestion: the length of a part that asks for figures', () => {
  it('says a part of exactly twelve words asking for a part’s requirements that the part states none', () => {
    // "what are the memory requirements of the session cache in standard layout?" is twelve words.
    expect(
      ask('What does the Quillstack session cache keep, and what are the memory requirements of the session cache in standard layout?')
        .answer,
    ).toBe(
      'Quillstack (Standard): Session cache: Keeps sign-in sessions. ' +
        'The vendor documents archkb holds for Quillstack state no memory figures for Session cache.',
    );
  });
});

describe('answerQuestion: two parts neither of which is answered', () => {
  it('declines, with a confidence, a question whose parts are a figure the part never states and something no fact explains', () => {
    const answer = ask('How much memory does the Quillstack session cache need, and how do the hamsters feel?');
    expect(answer.answer).toBeNull();
    expect(answer.kind).toBe('declined');
    expect(answer.confidence).toBeGreaterThan(0);
    expect(answer.confidence).toBeLessThan(1);
  });
});

describe('answerQuestion: questions as users type them', () => {
  it('declines the version of a technology asked by a short name of it, though the question never spells its full name', () => {
    const cacheVersioned = [
      buildAskArchitectureWith([
        buildLedgerInput(),
        buildComponentInput({
          id: 'session-cache',
          name: 'Session cache',
          role: 'cache',
          technology: 'Redis',
          requirements: [{ scope: 'minimum', versions: [{ product: 'Redis', min: '7' }], source: RESOURCES }],
        }),
      ]),
    ];
    // Only Redis has a stated version; "postgres" is PostgreSQL, which has none.
    expect(answerQuestion('Which postgres version does Quillstack need?', cacheVersioned).declined).toMatch(
      /^The vendor documents archkb holds for Quillstack state no postgresql version\.$/i,
    );
  });

  it('cites nothing when a question names no product to answer about', () => {
    expect(ask('What does the thing do?').sources).toEqual([]);
  });
});

describe('answerQuestion: a yes/no part asking whether figures are set, beside another part', () => {
  it('answers the part "no" from the fact saying none are set, as a one-part question is, and answers the other part', () => {
    const answer = answerQuestion('Does the Chartwell chart set default memory requests for the API, and what does the Chart API do?', [
      chartOnly,
    ]).answer;
    expect(answer).toMatch(/^No\. The vendor documents archkb holds for Chartwell state no memory figures\./);
    expect(answer).toMatch(/Serves the charts\./);
  });

  it('still declines when every part asks for figures the product never states', () => {
    const answer = answerQuestion('Does the Chartwell chart set default memory requests for the API, and how much disk does it need?', [
      chartOnly,
    ]);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toMatch(/no storage figures/);
  });
});
