import { describe, expect, it } from 'vitest';
import { answerQuestion, buildFactIndex, readQuestion, splitPremise, splitQuestion } from '../../../src/lib/ask/index.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildCanvasInput,
  buildLanternpad,
  buildQuillApiInput,
  buildSessionCacheInput,
} from '../../fixtures/build-ask-architecture.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';

/** Quillstack with its API and a conditional session cache whose vendor names two example products. */
function buildCatalogue() {
  return [
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildSessionCacheInput({
        technology: 'Cache store',
        examples: ['Redis', 'Valkey'],
        purpose: 'Keeps sign-in sessions.',
        necessity: {
          level: 'conditional',
          condition: 'required once single sign-on is enabled',
          source: 'authgear-self-managed#deployment-options',
        },
      }),
    ]),
  ];
}

describe('answerQuestion: a follow-up that asks only for an attribute', () => {
  const question = 'Does Quillstack need a session cache, and which options are listed?';

  it('asks the follow-up of the part the question before named', () => {
    expect(splitQuestion(question)).toEqual(['Does Quillstack need a session cache', 'which options are listed?']);
    const answer = answerQuestion(question, buildCatalogue()).answer ?? '';
    expect(answer).toMatch(/^No, only conditionally: it is required once single sign-on is enabled\./);
    expect(answer).toMatch(/Session cache: Examples the vendor names: Redis and Valkey\.$/);
  });

  it('reads "what kind?" as asking for the examples the vendor names', () => {
    const answer = answerQuestion('Does Quillstack need a session cache, and what kind?', buildCatalogue()).answer ?? '';
    expect(answer).toMatch(/^No, only conditionally: it is required once single sign-on is enabled\./);
    expect(answer).toMatch(/Session cache: Examples the vendor names: Redis and Valkey\./);
  });

  it('keeps a follow-up of a question that named no part about the product', () => {
    const answer =
      answerQuestion('For Quillstack on the Standard layout, which components are required and which are optional?', [
        buildAskArchitecture(),
      ]).answer ?? '';
    expect(answer).toMatch(/Conditional \(1\): Quill worker \(when several API instances run\)\. Optional \(1\): Session cache\.$/);
  });
});

describe('answerQuestion: a likeness word beside a name', () => {
  it('reads "Redis-style" as naming the part, so the necessity answers', () => {
    const answer = answerQuestion('Does Quillstack need a Redis-style session cache?', buildCatalogue()).answer ?? '';
    expect(answer).toMatch(/^No, only conditionally: it is required once single sign-on is enabled\./);
  });
});

describe('answerQuestion: when a part comes into play', () => {
  it('reads "come into play" and "kick in" as asking when the part is needed', () => {
    for (const question of ['When does the Quill worker come into play in Quillstack?', 'When does the Quillstack worker kick in?'])
      expect(answerQuestion(question, [buildAskArchitecture()]).answer).toMatch(
        /Quill worker: Conditional: when several API instances run\.$/,
      );
  });
});

describe('answerQuestion: a statement joined to its question by ", so"', () => {
  it('ranks by the question, the statement only setting the scene', () => {
    const answer =
      answerQuestion('Quillstack keeps accounts in its ledger database, so why is there also a session cache in the standard layout?', [
        buildAskArchitecture(),
      ]).answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Session cache: Keeps sign-in sessions\./);
  });
});

describe('answerQuestion: "what\'s wrong?" after a symptom', () => {
  it('leads with the limitation the setup runs into, not the purpose', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildSessionCacheInput({
          purpose: 'Keeps sign-in sessions in the API container.',
          notes: [
            {
              kind: 'limitation',
              text: 'It serves one API instance only; with several instances a shared cache is needed instead.',
              source: 'authgear-self-managed#deployment-options',
            },
          ],
        }),
      ]),
    ];
    for (const question of ['We run several Quillstack API instances on the session cache and sign-ins keep failing. What is wrong?'])
      expect(answerQuestion(question, catalogue).answer).toMatch(
        /^Quillstack \(Standard\): Session cache: Limitation: It serves one API instance only/,
      );
  });
});

describe('splitQuestion: a symptom before its question', () => {
  it('asks the question of a symptom that keeps happening before it ("keeps dropping", "keeps growing")', () => {
    expect(splitQuestion('The Quillstack session cache keeps dropping sign-ins; what is the problem?')).toHaveLength(1);
    expect(splitQuestion('The Quillstack worker keeps growing its queue, what should we do?')).toHaveLength(1);
  });

  it('reads a sentence that asks after a scene with a "not" as a question of its own, not as a symptom', () => {
    expect(
      splitQuestion('We would rather not run the search node. Above what load does Quillstack recommend it, and what is lost without it?'),
    ).toEqual(['We would rather not run the search node. Above what load does Quillstack recommend it', 'what is lost without it?']);
    // A symptom sentence with no question of its own still takes the question after it.
    expect(splitQuestion('We added a node. The Quillstack worker is not starting, what should we do?')).toHaveLength(1);
  });
});

describe('splitQuestion: a statement going on after "and"', () => {
  it('keeps "… and are moving to B." on the statement it continues, not as a second question', () => {
    expect(splitQuestion('We run Lanternpad today and are moving to Quillstack. Does Quillstack need a session cache?')).toEqual([
      'We run Lanternpad today and are moving to Quillstack. Does Quillstack need a session cache?',
    ]);
    // A question mark closing the part after "and" still makes it a question of its own.
    expect(splitQuestion('What does the Quill worker run, and is the session cache optional?')).toHaveLength(2);
  });
});

describe('splitQuestion: a claim with two verbs under one closing tag', () => {
  it('keeps "X is A and can do B, right?" as one claim, and a question before "and" as a question of its own', () => {
    expect(splitQuestion('The Quill worker is stateless and can run on every node, right?')).toEqual([
      'The Quill worker is stateless and can run on every node, right?',
    ]);
    expect(splitQuestion('Which cache does Quillstack use and can it run on arm64, right?')).toHaveLength(2);
    expect(splitQuestion('The Quill worker is stateless and can it run on every node?')).toHaveLength(2);
  });
});

describe('splitQuestion: a check pointing back after a semicolon', () => {
  it('keeps "…; is that the stated version?" with the claim it checks, not as a question of its own', () => {
    expect(splitQuestion('Our notes list PostgreSQL 11 for Quillstack; is that the stated version?')).toEqual([
      'Our notes list PostgreSQL 11 for Quillstack; is that the stated version?',
    ]);
    expect(splitQuestion('Our notes list PostgreSQL 11 for Quillstack, correct?')).toHaveLength(1);
    expect(splitQuestion('What does the Quill worker run; is the session cache optional?')).toHaveLength(2);
  });
});

describe('readQuestion: a product only the scene names', () => {
  const index = buildFactIndex([buildAskArchitecture(), buildLanternpad()]);
  const productsOf = (question: string) => readQuestion(question, index).products.map((product) => product.id);

  it('asks about the product the asking sentence names, not the one the asker comes from', () => {
    expect(productsOf('We run Lanternpad today. Does Quillstack need a session cache?')).toEqual(['quillstack']);
  });

  it("keeps the scene's product when the asking sentence compares with it or points back at it", () => {
    expect(productsOf('We run Lanternpad today. Does Quillstack need more memory than it?').sort()).toEqual(['lanternpad', 'quillstack']);
    expect(productsOf('We run Lanternpad today. Can Quillstack reuse its canvas?').sort()).toEqual(['lanternpad', 'quillstack']);
    expect(productsOf('Lanternpad vs Quillstack. Which one needs a session cache?').sort()).toEqual(['lanternpad', 'quillstack']);
  });

  it('puts the product the asking sentence names first, so an answer about both opens with it', () => {
    expect(productsOf('We run Quillstack. Can Lanternpad reuse its ledger?')).toEqual(['lanternpad', 'quillstack']);
    expect(productsOf('We run Lanternpad. Can Quillstack reuse its canvas?')).toEqual(['quillstack', 'lanternpad']);
  });
});

describe('readQuestion: a move from one product to another', () => {
  const index = buildFactIndex([buildAskArchitecture(), buildLanternpad()]);
  const read = (question: string) => readQuestion(question, index);

  it('asks of the product a move goes to, the one it leaves only setting the scene', () => {
    for (const question of [
      'Moving from Lanternpad to Quillstack: is the session cache required?',
      'Lanternpad -> Quillstack: what does the worker do?',
      'Replacing Lanternpad with Quillstack, what does the worker do?',
    ]) {
      expect(
        read(question).products.map((product) => product.id),
        question,
      ).toEqual(['quillstack']);
      expect(read(question).scene, question).toContain('lanternpad');
    }
  });

  it('keeps both products when the question sets them side by side', () => {
    expect(
      read('Moving from Lanternpad to Quillstack: which needs more memory?')
        .products.map((product) => product.id)
        .sort(),
    ).toEqual(['lanternpad', 'quillstack']);
    expect(
      read('Moving from Lanternpad to Quillstack: do both need a cache?')
        .products.map((product) => product.id)
        .sort(),
    ).toEqual(['lanternpad', 'quillstack']);
  });
});

describe('splitQuestion: a topic before its question', () => {
  it('asks the question of a topic named before a comma when the question points back to it ("it", "they")', () => {
    expect(splitQuestion('The Quill API deployment, which containers it has inside?')).toEqual([
      'The Quill API deployment, which containers it has inside?',
    ]);
    expect(splitQuestion('Quill workers, how much memory do they need?')).toHaveLength(1);
    // No pointing word, a verb in the opening, or more than a comma between them: two questions, as before.
    expect(splitQuestion('The Quill API deployment, which containers does the worker run?')).toHaveLength(2);
    expect(splitQuestion('The Quill API is stateless, which containers does it run?')).toHaveLength(2);
    expect(splitQuestion('The Quill API deployment; which containers does it run?')).toHaveLength(2);
  });
});

describe('splitQuestion: "and which one B?"', () => {
  it('asks a verbless "which one B?" as the same question of B, and keeps a "which one" with a verb a part of its own', () => {
    expect(splitQuestion('Which ledger version does Quillstack need and which one Lanternpad? Is it the same?')).toEqual([
      'Which ledger version does Quillstack need, and Lanternpad',
      'Is it the same?',
    ]);
    expect(splitQuestion('Which ledger version does Quillstack need, and which ones for Lanternpad?')).toEqual([
      'Which ledger version does Quillstack need, and Lanternpad?',
    ]);
    expect(splitQuestion('Which ledger does Quillstack use, and which one does Lanternpad use?')).toHaveLength(2);
  });

  it('asks "…, and which in B?" without "one" as the same question of B too', () => {
    expect(splitQuestion('Which tool creates the workspaces in Quillstack, and which in Lanternpad?')).toEqual([
      'Which tool creates the workspaces in Quillstack, and Lanternpad?',
    ]);
    expect(splitQuestion('Which tool creates the workspaces in Quillstack, and which does Lanternpad use?')).toHaveLength(2);
  });
});

describe('splitPremise: "A uses X; does B also use X?"', () => {
  const catalogue = [buildAskArchitecture(), buildLanternpad()];
  const index = buildFactIndex(catalogue);

  it('splits a statement about one product from a yes/no asking the same of another', () => {
    expect(splitPremise('Lanternpad uses Kafka; does Quillstack also use Kafka?', index)).toEqual({
      asking: 'does Quillstack also use Kafka?',
      premise: 'Lanternpad uses Kafka',
    });
    // With no verb of its own the statement is asked again of the other product; with no auxiliary, "does" opens it.
    expect(splitPremise('Lanternpad uses Kafka, does Quillstack too?', index)?.asking).toBe('does Quillstack too uses Kafka?');
    expect(splitPremise('lanternpad is using kafka, quillstack also use kafka today?', index)?.asking).toBe(
      'does quillstack also use kafka today?',
    );
  });

  it('leaves alone a condition, a question without "also" or "too", one product, or the same product twice', () => {
    expect(splitPremise('If Lanternpad uses Kafka, does Quillstack too?', index)).toBeNull();
    expect(splitPremise('Lanternpad uses Kafka. Does Quillstack use Kafka?', index)).toBeNull();
    expect(splitPremise('Quillstack is fast; does it also use Kafka?', index)).toBeNull();
    expect(splitPremise('Quillstack uses a ledger; does Quillstack also use Kafka?', index)).toBeNull();
    expect(splitPremise('Lanternpad uses Kafka; also which cache does Quillstack use?', index)).toBeNull();
  });

  it('answers the other product, then what the sources say of the first, citing both', () => {
    const answer = answerQuestion('Lanternpad uses Kafka; does Quillstack also use Kafka?', catalogue);
    expect(answer.answer).toMatch(/^No: the sources archkb holds for Quillstack \(Standard\) list no Kafka component\./);
    expect(answer.answer).toMatch(/ For comparison, Lanternpad: Event stream: /);
    expect(answer.sources.some((source) => source.url.startsWith('/architectures/lanternpad/'))).toBe(true);
    expect(answer.sources[0]?.url).toMatch(/^\/architectures\/quillstack\//);
  });

  it('reads the statement as a statement though it reads like a terse question once its full stop is split off', () => {
    // "Lanternpad uses Kafka for long-running event streams" with no closing mark would be a short yes/no.
    const answer = answerQuestion('Lanternpad uses Kafka for long-running event streams. Does Quillstack also use Kafka?', catalogue);
    expect(answer.answer).toMatch(/ For comparison, Lanternpad: Event stream: /);
  });

  it('writes a technology named at a sentence end without its full stop', () => {
    const answer = answerQuestion('Lanternpad uses Kafka. Does Quillstack use Kafka?', catalogue);
    expect(answer.answer).toMatch(/list no Kafka component\./);
  });
});

describe('splitPremise: the form of the two sentences', () => {
  const index = buildFactIndex([buildAskArchitecture(), buildLanternpad(), buildAskArchitecture({ id: 'tidewell', product: 'Tidewell' })]);
  const split = { asking: 'does Quillstack also use Kafka?', premise: 'Lanternpad uses Kafka' };

  it('takes the whole question, trimmed, with any run of spaces after the statement', () => {
    expect(splitPremise('  Lanternpad uses Kafka; does Quillstack also use Kafka?  ', index)).toEqual(split);
    expect(splitPremise('Lanternpad uses Kafka;  does Quillstack also use Kafka?', index)).toEqual(split);
  });

  it('splits nothing after an earlier question or before a trailing remark', () => {
    expect(splitPremise('Is it fast? Lanternpad uses Kafka; does Quillstack also use Kafka?', index)).toBeNull();
    expect(splitPremise('Lanternpad uses Kafka; does Quillstack also use Kafka? Thanks', index)).toBeNull();
  });

  it('needs a product in the statement and only one in the question', () => {
    expect(splitPremise('Kafka is popular; does Quillstack also use Kafka?', index)).toBeNull();
    expect(splitPremise('Lanternpad uses Kafka; do Quillstack and Tidewell also use Kafka?', index)).toBeNull();
  });

  it('drops every word holding the first product’s name from a statement asked again, and keeps its other words once', () => {
    expect(splitPremise('Lanternpad  uses Kafka, does Quillstack too?', index)?.asking).toBe('does Quillstack too uses Kafka?');
    expect(splitPremise('Lanternpad-hosted apps use Kafka, does Quillstack too?', index)?.asking).toBe(
      'does Quillstack too apps use Kafka?',
    );
  });

  it('opens with "does" a question whose first word holds the product’s name among other words', () => {
    expect(splitPremise('Lanternpad uses Kafka, Quillstack-based setups also use Kafka?', index)?.asking).toBe(
      'does Quillstack-based setups also use Kafka?',
    );
  });
});

describe('answerQuestion: what a statement before the question adds', () => {
  const catalogue = [buildAskArchitecture(), buildLanternpad()];
  const pages = (answer: ReturnType<typeof answerQuestion>) => answer.sources.map((source) => source.url.split('/')[2]);

  it('adds nothing to a question it declines, and no "null"', () => {
    const question = 'Lanternpad uses Kafka; does Quillstack also use zorbits?';
    const answer = answerQuestion(question, catalogue);
    expect(answer.kind).toBe('declined');
    expect(answer.answer).toBeNull();
    expect(answer.question).toBe(question);
  });

  it('adds no comparison when the statement is answered by something other than the facts themselves (a computation)', () => {
    const question = 'Lanternpad needs 3 nodes; does Quillstack also need 3 nodes?';
    const answer = answerQuestion(question, catalogue);
    expect(answer.question).toBe(question);
    // The computation states the application box's 3 nodes, so it confirms the figure the question offers.
    expect(answer.kind).toBe('yes-no');
    expect(answer.answer).toMatch(/^Yes\. Quillstack \(Standard\) /);
    expect(answer.answer).not.toMatch(/For comparison|Lanternpad/);
    expect(pages(answer).every((page) => page === 'quillstack')).toBe(true);
  });

  it('keeps two fewer of the question’s own sources than the limit, at least one, and fills the rest from the statement', () => {
    // The computation cites four Quillstack places; the statement's lookup cites two Lanternpad ones (three for the second).
    const four = answerQuestion('Lanternpad uses Kafka; does Quillstack also need 3 nodes?', catalogue, { maxSources: 4 });
    expect(four.answer).toMatch(/ For comparison, Lanternpad: /);
    expect(pages(four)).toEqual(['quillstack', 'quillstack', 'lanternpad', 'lanternpad']);
    const three = answerQuestion('Lanternpad-hosted apps use Kafka; does Quillstack also need 3 nodes?', catalogue, { maxSources: 3 });
    expect(pages(three)).toEqual(['quillstack', 'lanternpad', 'lanternpad']);
  });
  // Found by the thirty-fourth session's mutation run: the asking part had become "does Quillstack also one is an
  // internal tool?".
  it('asks "Lanternpad is an internal tool; is Quillstack also one?" as whether Quillstack is an internal tool', () => {
    expect(splitPremise('Lanternpad is an internal tool; is Quillstack also one?', buildFactIndex(catalogue))).toEqual({
      asking: 'is Quillstack also an internal tool?',
      premise: 'Lanternpad is an internal tool',
    });
    expect(splitPremise('Lanternpad uses Kafka, Quillstack too?', buildFactIndex(catalogue))?.asking).toBe(
      'does Quillstack too uses Kafka?',
    );
  });
});

describe('splitQuestion: an auxiliary in capitals after "which one"', () => {
  it('reads "Does" as an auxiliary whatever its case, so "…, and which one Does B use?" stays two questions', () => {
    expect(splitQuestion('Which ledger does Quillstack use, and which one Does Lanternpad use?')).toEqual([
      'Which ledger does Quillstack use',
      'which one Does Lanternpad use?',
    ]);
  });
});

describe('answerQuestion: a release in an upgrade is no part a product lacks', () => {
  const withLoginUi = [
    buildAskArchitecture(),
    buildLanternpad({
      components: [buildCanvasInput(), buildComponentInput({ id: 'login-ui', name: 'Login UI', role: 'frontend', technology: 'Next.js' })],
    }),
  ];

  it('does not say a product lists no "next" component when asked about "the next release" of a part', () => {
    const answer = answerQuestion('Does Quillstack need the next release of its ledger database?', withLoginUi);
    expect(answer.answer ?? '').not.toMatch(/list no next component/i);
  });

  it('still says a product lists no component of a name written with the word ("Next.js")', () => {
    const answer = answerQuestion('Does Quillstack need Next.js?', withLoginUi);
    expect(answer.answer).toMatch(/^No: the sources archkb holds for Quillstack \(Standard\) list no Next\.js component\./);
  });

  // "Next.Quill": of its two words Quillstack holds "Quill", so only "next" names the part it lacks.
  const withNextQuill = () => [
    buildAskArchitecture(),
    buildLanternpad({
      components: [
        buildCanvasInput(),
        buildComponentInput({ id: 'login-ui', name: 'Login UI', role: 'frontend', technology: 'Next.Quill' }),
      ],
    }),
  ];
  const lacksNextQuill = /^No: the sources archkb holds for Quillstack \(Standard\) list no Next\.Quill component\./;

  it('says so when the release word is written only inside the name ("Next.Quill"), whose other word the product holds', () => {
    expect(answerQuestion('Does Quillstack need Next.Quill?', withNextQuill()).answer).toMatch(lacksNextQuill);
  });

  it('says so when the question writes the word both inside the name and alone ("Next.Quill for the next release")', () => {
    expect(answerQuestion('Does Quillstack need Next.Quill for the next release?', withNextQuill()).answer).toMatch(lacksNextQuill);
  });
});

describe('answerQuestion: a technology a move leaves behind', () => {
  // Quillstack rules Kafka out beside its own queue; Lanternpad runs Kafka as a component.
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({
        id: 'work-queue',
        name: 'Work queue',
        role: 'message-broker',
        technology: 'Quillqueue',
        purpose: 'Queues jobs; existing jobs carry over from the ledger when the engine changes.',
        incompatible: [
          { with: 'Kafka', text: 'Kafka alongside the work queue is not supported.', source: 'authgear-self-managed#resources-reference' },
        ],
      }),
    ]),
    buildLanternpad(),
  ];

  it('does not say the product lists no such component when the question moves from it ("from Kafka to …")', () => {
    const answer = answerQuestion('When we switch Quillstack from Kafka to the work queue, existing jobs carry over, right?', catalogue);
    expect(answer.answer ?? '').not.toMatch(/list no Kafka component/);
    const off = answerQuestion('After moving Quillstack off Kafka, existing jobs carry over, right?', catalogue);
    expect(off.answer ?? '').not.toMatch(/list no Kafka component/);
  });

  it('still says so when the question asks whether the product needs it', () => {
    expect(answerQuestion('Does Quillstack need Kafka?', catalogue).answer).toMatch(/list no Kafka component/);
  });

  it('reads the technology left behind after "the", and a move "off" it with no word between', () => {
    const fromThe = answerQuestion(
      'When we switch Quillstack from the Kafka to the work queue, existing jobs carry over, right?',
      catalogue,
    );
    expect(fromThe.answer ?? '').not.toMatch(/list no Kafka component/);
    const offThe = answerQuestion('After moving Quillstack off the Kafka, existing jobs carry over, right?', catalogue);
    expect(offThe.answer ?? '').not.toMatch(/list no Kafka component/);
    const off = answerQuestion('After moving off Kafka, existing Quillstack jobs carry over, right?', catalogue);
    expect(off.answer ?? '').not.toMatch(/list no Kafka component/);
  });

  it('leaves behind only the one word a move names, not what the question asks after it', () => {
    const lacksKafka = /list no Kafka component/;
    expect(answerQuestion('After switching from Quillqueue, does Quillstack need Kafka to run jobs?', catalogue).answer).toMatch(
      lacksKafka,
    );
    expect(answerQuestion('After moving off Quillqueue, does Quillstack need Kafka?', catalogue).answer).toMatch(lacksKafka);
  });
});

describe('answerQuestion: what a claimed part is for', () => {
  const catalogue = [buildAskArchitecture(), buildLanternpad()];

  it('does not call the aim after "for" a part the product lacks ("… for event streams")', () => {
    const answer = answerQuestion('Quillstack needs a ledger database for event streams, right?', catalogue);
    expect(answer.answer ?? '').not.toMatch(/list no event component/);
  });

  it('still says the product lists no part the claim names before the aim', () => {
    const answer = answerQuestion('Quillstack needs Kafka for the ledger, right?', catalogue);
    expect(answer.answer).toMatch(/^No: the sources archkb holds for Quillstack \(Standard\) list no Kafka component\./);
  });
});

describe('answerQuestion: a claim that one part connects to another', () => {
  // Another product's part named by a word of linking ("Connect relay") must not make that word a part the claim offers.
  const catalogue = [
    buildAskArchitecture(),
    buildLanternpad({
      components: [
        buildCanvasInput(),
        buildComponentInput({ id: 'relay', name: 'Connect relay', role: 'message-broker', technology: 'Kafka' }),
      ],
    }),
  ];

  it('reads "connects" as the link asked about, not a component Quillstack lacks', () => {
    const answer = answerQuestion('The Quill worker connects to the ledger database directly in Quillstack, right?', catalogue);
    expect(answer.answer ?? '').not.toMatch(/list no connects component/i);
    expect(answer.answer).toMatch(/^(Yes|No)\b/);
  });
});

describe('splitQuestion: a request after a question', () => {
  it('splits "…? Also please tell which …." into two questions, and keeps a scene sentence after a question with it', () => {
    expect(splitQuestion('Does Quillstack need the worker? Also please tell which cache it uses.')).toEqual([
      'Does Quillstack need the worker',
      'please tell which cache it uses.',
    ]);
    expect(splitQuestion('Does Quillstack need the worker? We run two nodes.')).toHaveLength(1);
  });

  it('answers both the question and the request after it', () => {
    const answer = answerQuestion(
      'Hi team, we plan a pilot. Does Quillstack need the session cache? Also please tell what the Quill worker does.',
      [buildAskArchitecture()],
    );
    expect(answer.answer).toMatch(/^(?:Yes|No|Only)/);
    expect(answer.answer).toMatch(/background jobs/);
  });
});

describe('answerQuestion: a part after a computation that names a resource only as what something uses', () => {
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({
        purpose: 'Serves the sign-in API.',
        necessity: { level: 'required', source: 'authgear-self-managed#resources-reference' },
        sizing: [
          {
            driver: 'sign-ins-per-second',
            per: 10,
            vcpu: 1,
            note: 'Most of the CPU goes into checking tokens.',
            source: 'authgear-self-managed#resources-reference',
          },
        ],
      }),
      buildComponentInput({
        id: 'report-worker',
        name: 'Report worker',
        role: 'job-worker',
        technology: 'Quill',
        purpose: 'Renders reports.',
        necessity: { level: 'optional', source: 'authgear-self-managed#resources-reference' },
        notes: [
          {
            kind: 'info',
            text: 'Most of the CPU time of this work goes into rendering.',
            source: 'authgear-self-managed#resources-reference',
          },
        ],
      }),
    ]),
  ];
  const ask = (question: string) => answerQuestion(question, catalogue);

  it('answers it after the computation, from the words of the load the condition names', () => {
    const answer = ask(
      'If Quillstack must serve 40 sign-ins per second, how many vCPU does the API need, and which task eats most of the CPU time for such work?',
    );
    expect(answer.kind).toBe('compute');
    expect(answer.answer).toMatch(/\b4 vCPU\b/);
    expect(answer.answer).toContain('checking tokens');
  });

  it('reads no frame verb "identify" as a word to correct or match', () => {
    const index = buildFactIndex(catalogue);
    const { content } = readQuestion('What does the Quillstack guide identify as the heaviest task?', index);
    expect(content).not.toContain('identify');
    expect(content).not.toContain('identity');
  });
});
