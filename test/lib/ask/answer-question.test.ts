import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  buildFactIndex,
  dropRepeatedSentences,
  isAnsweredElsewhere,
  splitPremise,
  splitQuestion,
} from '../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildLedgerInput,
  buildQuillApiInput,
  buildSessionCacheInput,
} from '../../fixtures/build-ask-architecture.ts';

/** Lanternpad with only the part that draws the canvas. */
const lanternpad = () =>
  buildLanternpad({
    summary: 'Lanternpad builds internal tools.',
    components: [
      buildComponentInput({
        id: 'canvas',
        name: 'Canvas service',
        role: 'application-service',
        technology: 'Node.js',
        purpose: 'Draws the tool canvas.',
      }),
    ],
  });

describe('splitQuestion: how many questions a text asks', () => {
  it('splits at a dash before a question word only when the sentence it is in opens with a question of its own', () => {
    expect(splitQuestion('What does the Quillstack ledger keep — does the worker need a backup of its own?')).toEqual([
      'What does the Quillstack ledger keep',
      'does the worker need a backup of its own?',
    ]);
    expect(splitQuestion('Quillstack ledger from 2.x to 3.0 — what changes for the worker?')).toEqual([
      'Quillstack ledger from 2.x to 3.0 — what changes for the worker?',
    ]);
    // The sentence the dash is in decides: a scene sentence before it does not keep its question whole.
    expect(splitQuestion('Planning Quillstack restores. What does the ledger keep — does the worker need a backup of its own?')).toEqual([
      'Planning Quillstack restores. What does the ledger keep',
      'does the worker need a backup of its own?',
    ]);
  });

  it('asks the part before a what-if follow-up again under its condition, scene and all', () => {
    const first = 'We run 3 Quillstack workers at concurrency 8. How many jobs run at once';
    expect(splitQuestion(`${first}, and how many would it be if we left the concurrency at its default?`)).toEqual([
      first,
      `${first} if we left the concurrency at its default?`,
    ]);
  });

  it('ends a verbless question at its question mark, so an "also is there …" after it is a question of its own', () => {
    expect(splitQuestion('which tier for the Quillstack ledger, how many of them? also is there a catch with a shared cache?')).toEqual([
      'which tier for the Quillstack ledger',
      'how many of them',
      'is there a catch with a shared cache?',
    ]);
    // Without the question mark, the verbless piece still takes the auxiliary that follows as its verb.
    expect(splitQuestion('How many ledgers, and of which tier, does Quillstack recommend?')).toEqual([
      'How many ledgers, and of which tier, does Quillstack recommend?',
    ]);
  });

  it('keeps a bare "how many?" after a question as a part of its own', () => {
    expect(splitQuestion('What does the ledger keep, and how many?')).toEqual(['What does the ledger keep', 'how many?']);
  });

  it('splits at a semicolon before a question word', () => {
    expect(splitQuestion('What does the Quillstack ledger keep; which backups does it take?')).toEqual([
      'What does the Quillstack ledger keep',
      'which backups does it take?',
    ]);
  });

  it('keeps a text of more than three questions whole', () => {
    const question = 'What is A, what is B, what is C, and what is D?';
    expect(splitQuestion(question)).toEqual([question]);
  });

  it('keeps a condition with no comma, and a condition with one question after it, as one question', () => {
    expect(splitQuestion('If it fails does it break')).toEqual(['If it fails does it break']);
    expect(splitQuestion('If the cache fails, does Quillstack keep working?')).toEqual([
      'If the cache fails, does Quillstack keep working?',
    ]);
  });

  it('asks no question again of "and for X?" after a first question of fewer than three words', () => {
    expect(splitQuestion('Memory? And for Redis?')).toEqual(['Memory? And for Redis?']);
  });
});

describe('isAnsweredElsewhere', () => {
  const workerFacts = (buildFactIndex([buildAskArchitecture()]).factsByArchitecture.get('quillstack') ?? []).filter(
    (fact) => fact.component === 'quill-worker',
  );
  const purpose = workerFacts.find((fact) => fact.attribute === 'purpose');
  const necessity = workerFacts.find((fact) => fact.attribute === 'necessity');
  if (!purpose || !necessity) throw new Error('The Quillstack fixture has no worker purpose or necessity fact.');
  const weak = (facts = [purpose, necessity]) => ({
    part: 'and what runs the jobs?',
    draft: { kind: 'lookup' as const, text: null, facts, coverage: 0.2, strength: 0.2 },
  });

  it('counts a weak part as answered when another part already gives its best fact, and only its best', () => {
    expect(isAnsweredElsewhere(weak(), new Set([purpose]))).toBe(true);
    expect(isAnsweredElsewhere(weak(), new Set([necessity]))).toBe(false);
    expect(isAnsweredElsewhere(weak([]), new Set([purpose]))).toBe(false);
  });

  it('never hides a part answered on its own, or one the sources say they leave unstated', () => {
    const answered = { ...weak(), draft: { ...weak().draft, text: 'Runs jobs.' } };
    expect(isAnsweredElsewhere(answered, new Set([purpose]))).toBe(false);
    expect(isAnsweredElsewhere({ ...weak(), unstated: 'job schedule' }, new Set([purpose]))).toBe(false);
    expect(isAnsweredElsewhere({ ...weak(), said: 'The vendor documents state no CPU figures.' }, new Set([purpose]))).toBe(false);
  });
});

describe('dropRepeatedSentences', () => {
  it('drops a sentence given word for word earlier, keeping the first', () => {
    expect(dropRepeatedSentences('Ledger: keeps rows. Cache: keeps sessions. Ledger: keeps rows.')).toBe(
      'Ledger: keeps rows. Cache: keeps sessions.',
    );
  });
});

describe('answerQuestion: whose answer to give', () => {
  it('answers a question naming no product about the page it is asked on', () => {
    const answer = answerQuestion('What does it draw?', [buildAskArchitecture(), lanternpad()], { architectureId: 'lanternpad' });
    expect(answer.answer).toBe('Lanternpad: Canvas service: Draws the tool canvas.');
    expect(answer.kind).toBe('lookup');
  });

  it('declines on a page archkb does not hold, suggesting the products whose facts come nearest', () => {
    const answer = answerQuestion('What does it draw?', [buildAskArchitecture(), lanternpad()], { architectureId: 'nowhere' });
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The question names no product archkb holds, so it cannot say whose answer to give. Nearest in archkb: Lanternpad.',
    );
  });

  it('suggests at most six products of the category of a product archkb lacks', () => {
    const identity = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((letter) =>
      buildAskArchitecture({ id: `quill-${letter}`, product: `Quill${letter.toUpperCase()}x` }),
    );
    expect(answerQuestion('What does Okta need to self-host?', [...identity, lanternpad()]).declined).toBe(
      'archkb has no architecture for Okta. Nearest in archkb: QuillAx, QuillBx, QuillCx, QuillDx, QuillEx, QuillFx.',
    );
    expect(answerQuestion('What does Okta need to self-host?', [lanternpad(), buildAskArchitecture()]).declined).toBe(
      'archkb has no architecture for Okta. Nearest in archkb: Quillstack.',
    );
  });
});

describe('answerQuestion: sources', () => {
  it('lists the product page when it declines a topic archkb never holds', () => {
    expect(answerQuestion('How much does Quillstack cost?', [buildAskArchitecture()]).sources).toEqual([
      {
        title: 'Quillstack',
        url: '/architectures/quillstack/',
        excerpt: 'Quillstack signs users in; its API scales with sign-ins per second.',
      },
    ]);
  });

  it('lists each fact’s row, then the sections it cites, up to the number asked for', () => {
    const row = {
      title: 'Quillstack (Standard): Ledger database',
      url: '/architectures/quillstack/#component-ledger-db',
      excerpt: 'Keeps accounts, tenants and audit records.',
    };
    const question = 'What does the Quillstack ledger database keep?';
    expect(answerQuestion(question, [buildAskArchitecture()]).sources).toEqual([
      row,
      {
        title: 'Authgear: Architecture Guides, section “Resources Reference”',
        url: '/architectures/quillstack/#src-authgear-self-managed-resources-reference',
        excerpt: 'Keeps accounts, tenants and audit records.',
      },
    ]);
    expect(answerQuestion(question, [buildAskArchitecture()], { maxSources: 1 }).sources).toEqual([row]);
  });

  it('lists a section two answer facts cite once', () => {
    const answer = answerQuestion('What does the Quillstack ledger database keep, and what does the session cache keep?', [
      buildAskArchitecture(),
    ]);
    expect(answer.sources.map((source) => source.url)).toEqual([
      '/architectures/quillstack/#component-ledger-db',
      '/architectures/quillstack/#component-session-cache',
      '/architectures/quillstack/#src-authgear-self-managed-resources-reference',
    ]);
  });
});

describe('answerQuestion: a part the variants share under two names', () => {
  // The ledger keeps its purpose in both variants but is renamed in the clustered one, so its facts are indexed once.
  const renamed = () => [buildAskArchitectureWith([buildLedgerInput({ overrides: { clustered: { name: 'Replicated ledger cluster' } } })])];

  it('names and cites the part as the variant the question names shows it', () => {
    const answer = answerQuestion('What does the ledger database keep in the Quillstack clustered layout?', renamed());
    expect(answer.answer).toContain('Replicated ledger cluster: Stores the product state.');
    expect(answer.answer).not.toContain('Ledger database:');
    expect(answer.sources.map((source) => source.url)).toEqual([
      '/architectures/quillstack/clustered/#component-ledger-db',
      '/architectures/quillstack/clustered/#src-authgear-self-managed-resources-reference',
    ]);
    expect(answer.sources[0]?.title).toBe('Quillstack (Clustered (high availability)): Replicated ledger cluster');
  });

  it('renames each of several facts about the part once, whatever the new name holds of the old one', () => {
    // "Managed Ledger database" ends with the old name, which a second pass over the text would rename again.
    const managed = [
      buildAskArchitectureWith([
        buildLedgerInput({
          notes: [{ kind: 'recommendation', text: 'Keep daily snapshots.', source: 'authgear-self-managed#resources-reference' }],
          overrides: { clustered: { name: 'Managed Ledger database' } },
        }),
      ]),
    ];
    const answer = answerQuestion(
      'What does the ledger database keep in the Quillstack clustered layout, and what is recommended for it?',
      managed,
    );
    expect(answer.answer).toContain('Managed Ledger database: ');
    expect(answer.answer).not.toContain('Managed Managed');
  });

  it('keeps the default variant’s name and page when the question names no variant', () => {
    const answer = answerQuestion('What does the Quillstack ledger database keep?', renamed());
    expect(answer.answer).toContain('Ledger database: Stores the product state.');
    expect(answer.sources[0]?.url).toBe('/architectures/quillstack/#component-ledger-db');
  });
});

describe('answerQuestion: a section only another variant lists', () => {
  it('links a citation to the variant page that lists the section', () => {
    const catalogue = [
      buildAskArchitecture({
        variants: [
          { id: 'standard', name: 'Standard', summary: 'One API and a ledger.', source: 'authgear-self-managed#introduction' },
          {
            id: 'clustered',
            name: 'Clustered (high availability)',
            summary: 'Several API nodes behind a load balancer.',
            production: true,
            source: 'authgear-azure#cloud-resources-requirements',
          },
        ],
      }),
    ];
    expect(answerQuestion('What deployment variants does Quillstack describe?', catalogue).sources.map((source) => source.url)).toEqual([
      '/architectures/quillstack/#src-authgear-self-managed-introduction',
      '/architectures/quillstack/clustered/#src-authgear-azure-cloud-resources-requirements',
    ]);
  });
});

describe('answerQuestion: an indefinite person asks nothing', () => {
  it('answers "why would anyone …" as "why would we …", not weakened by a word no fact uses', () => {
    const catalogue = [buildAskArchitecture()];
    const plain = answerQuestion('Why would we run the Quillstack worker?', catalogue);
    for (const who of ['anyone', 'anybody', 'somebody']) {
      const asked = answerQuestion(`Why would ${who} run the Quillstack worker?`, catalogue);
      expect(asked.answer).toBe(plain.answer);
      expect(asked.confidence).toBe(plain.confidence);
    }
  });
});

describe('answerQuestion: the load from which a part is worth adding', () => {
  it('answers "from what load is X worth adding" with the threshold that recommends it', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
        buildSessionCacheInput({
          purpose: 'Keeps sign-in sessions.',
          necessity: { level: 'optional', source: cite },
          thresholds: [
            {
              driver: 'sign-ins-per-second',
              above: 100,
              level: 'recommended',
              text: 'Above 100 sign-ins per second the vendor recommends the cache.',
              source: cite,
            },
          ],
          notes: [{ kind: 'recommendation', text: 'Use a managed cache to reduce upkeep.', source: cite }],
        }),
      ]),
    ];
    expect(answerQuestion('From what load is the Quillstack session cache worth adding?', catalogue).answer).toContain(
      'Above 100 sign-ins per second, recommended',
    );
    expect(
      answerQuestion('is the session cache a must for Quillstack? and from what load do they say it is worth adding', catalogue).answer,
    ).toMatch(/^No: it is optional\..*Above 100 sign-ins per second, recommended/);
  });
});

describe('answerQuestion: what a part provides', () => {
  it('reads "which services does X provide / offer" as asking for what X does', () => {
    for (const question of ['Which services does the Quillstack worker provide?', 'Which services does the Quill worker offer?'])
      expect(answerQuestion(question, [buildAskArchitecture()]).answer).toBe(
        'Quillstack (Standard): Quill worker: Runs background jobs such as token clean-up.',
      );
  });
});

describe("answerQuestion: a vendor's stance", () => {
  it('reads "stance" as asking for what the vendor recommends of the part', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildSessionCacheInput({
          purpose: 'Keeps sign-in sessions.',
          notes: [{ kind: 'recommendation', text: 'Use a managed cache to reduce upkeep.', source: cite }],
        }),
      ]),
    ];
    expect(answerQuestion('Quillstack session cache stance?', catalogue).answer).toBe(
      'Quillstack (Standard): Session cache: Recommendation: Use a managed cache to reduce upkeep.',
    );
  });
});

describe('answerQuestion: the ways a product is deployed', () => {
  const variantsLine =
    'Quillstack (Standard): Deployment variants archkb describes for Quillstack: Standard and Clustered (high availability).';

  it('reads "deployment tiers" as the deployment variants, not a tier a part runs on', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildSessionCacheInput({ purpose: 'Keeps sign-in sessions on the premium tier of a cloud cache.' }),
      ]),
    ];
    expect(answerQuestion('Quillstack deployment tiers (arch page)?', catalogue).answer).toBe(variantsLine);
  });

  it('reads an install\'s "form factor" as its deployment options', () => {
    expect(answerQuestion('install form factor: Quillstack?', [buildAskArchitecture()]).answer).toBe(variantsLine);
  });
});

describe('answerQuestion: an update is an upgrade', () => {
  it('gives a step the sources tie to "every update" for a question about upgrading, beside one tied to upgrading', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput({
          notes: [
            {
              kind: 'recommendation',
              text: 'Read the release notes before upgrading; a new major version may break things.',
              source: cite,
            },
          ],
        }),
        buildLedgerInput({ notes: [{ kind: 'recommendation', text: 'Back up the ledger before every update.', source: cite }] }),
      ]),
    ];
    const answer = answerQuestion('What should we do before upgrading Quillstack?', catalogue).answer;
    expect(answer).toMatch(/Back up the ledger before every update\./);
    expect(answer).toMatch(/Read the release notes before upgrading/);
  });
});

describe('answerQuestion: what a part contributes', () => {
  it('reads "what X contributes" as asking what X is for', () => {
    expect(
      answerQuestion('Explain briefly what the Quill worker contributes to a Quillstack deployment.', [buildAskArchitecture()]).answer,
    ).toBe('Quillstack (Standard): Quill worker: Runs background jobs such as token clean-up.');
  });
});

describe('splitQuestion: the separators the thirty-fourth session touched (mutation session 35)', () => {
  it('splits at "and also" before a question word after any run of spaces', () => {
    expect(splitQuestion('Which ledger does Quillstack use and also  which cache does it keep?')).toEqual([
      'Which ledger does Quillstack use',
      'which cache does it keep?',
    ]);
  });

  it('splits after a question mark at a preposition before a question word, with or without "roughly" between', () => {
    expect(splitQuestion('Which ledger does Quillstack use? At what load? Which cache does it keep?')).toEqual([
      'Which ledger does Quillstack use',
      'At what load',
      'Which cache does it keep?',
    ]);
    expect(splitQuestion('Which ledger does Quillstack use? At roughly what load? Which cache does it keep?')).toEqual([
      'Which ledger does Quillstack use',
      'At roughly what load',
      'Which cache does it keep?',
    ]);
  });
});

describe('splitPremise: a statement with a copula (mutation session 35)', () => {
  const index = buildFactIndex([buildAskArchitecture(), lanternpad()]);

  it('asks with the copula only when the statement opens with it, not one later in it', () => {
    // "Lanternpad keeps tokens that are signed": "are" is inside the statement, so "does" asks it.
    expect(splitPremise('Lanternpad keeps tokens that are signed; Quillstack too?', index)?.asking).toBe(
      'does Quillstack too keeps tokens that are signed?',
    );
  });
});

describe('answerQuestion: a resource only a sentence before the question names', () => {
  it('answers whether a part is needed, though a sentence before the question gives a replica count', () => {
    const answer = answerQuestion('We run 3 cache replicas. Is the Quillstack session cache mandatory?', [buildAskArchitecture()]);
    expect(answer.kind).toBe('yes-no');
    expect(answer.answer).toMatch(/^No: it is optional/);
  });
});

describe('answerQuestion: whether lacking a part rules a product out', () => {
  it('answers no for an optional part, since the product does not need it', () => {
    expect(answerQuestion('We have no session cache. Does that rule out Quillstack?', [buildAskArchitecture()]).answer).toMatch(
      /^No: it is optional/,
    );
  });
});
