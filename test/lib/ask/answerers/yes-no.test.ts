import { describe, expect, it } from 'vitest';
import { answerLookup } from '../../../../src/lib/ask/answerers/lookup.ts';
import { answerYesNo } from '../../../../src/lib/ask/answerers/yes-no.ts';
import { answerQuestion, answerWithFeatures } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';
import {
  buildAlphaBackendInput,
  buildModeRuledQueueStoreInput,
  buildQueueStoreInput,
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildCanvasInput,
  buildEmbeddedCacheInput,
  buildOneBoxCatalogue,
  buildLanternpad,
  buildLedgerInput,
  buildQuillApiInput,
  buildQuillWorkerInput,
  buildSearchy,
  buildSessionCacheInput,
} from '../../../fixtures/build-ask-architecture.ts';
import { loadContentArchitectures } from '../../../fixtures/load-real-content.ts';

const catalogue = [buildAskArchitecture()];
const ask = (question: string) => answerQuestion(question, catalogue);

/** The Quillstack fixture with only the components given and no shared host. */
const catalogueWith = (...components: ReturnType<typeof buildComponentInput>[]) => [buildAskArchitectureWith(components)];

/** Quillstack with an API serving any machine and a worker whose images rule out arm64. */
const buildArmCatalogue = () =>
  catalogueWith(
    buildQuillApiInput({ purpose: 'Serves sign-ins from any self-hosted machine you run it on.' }),
    buildQuillWorkerInput({
      incompatible: [
        {
          with: 'arm64',
          text: 'The images are built for x86 only; arm64 processors are not supported.',
          source: 'authgear-self-managed#deployment-options',
        },
      ],
    }),
  );

/** Quillstack with two backends: Alpha links queries to widgets, Beta runs the queries. */
function buildBackends() {
  const cite = 'authgear-self-managed#deployment-options';
  return catalogueWith(
    buildComponentInput({
      id: 'alpha-backend',
      name: 'Alpha backend',
      role: 'application-service',
      technology: 'Quill',
      purpose: 'Links the queries to the widgets that show them.',
      source: cite,
    }),
    buildComponentInput({
      id: 'beta-backend',
      name: 'Beta backend',
      role: 'application-service',
      technology: 'Quill',
      purpose: 'Runs the queries against databases and APIs.',
      source: cite,
    }),
  );
}

/** A session cache needed when several API instances run, and an embedded cache only for a single one: two of one role. */
function buildCacheSiblings(cite: string) {
  return [
    buildSessionCacheInput({
      purpose: 'Keeps sign-in sessions outside the API.',
      necessity: { level: 'conditional', condition: 'when several API instances run', source: cite },
    }),
    buildEmbeddedCacheInput(),
  ];
}

describe('answerYesNo: necessity', () => {
  it('answers "is X required" and "can I skip X" with opposite verdicts for the same component', () => {
    expect(ask('Is the session cache required for Quillstack?').answer).toMatch(/^No: it is optional/);
    expect(ask('Is the session cache a requirement for Quillstack?').answer).toMatch(/^No: it is optional/);
    expect(ask('Is the session cache a hard requirement for Quillstack?').answer).toMatch(/^No: it is optional/);
    expect(ask('Is the session cache strictly needed by Quillstack?').answer).toMatch(/^No: it is optional/);
    expect(ask('Can I skip the session cache in Quillstack?').answer).toMatch(/^Yes: it is optional/);
    expect(ask('Is the ledger database required for Quillstack?').answer).toMatch(/^Yes: it is required/);
    expect(ask('Is the ledger database optional for Quillstack?').answer).toMatch(/^No: it is required/);
  });

  it('reads "the separate X" as X, and a closing aim of saving ("to save on pods") as why the asker asks', () => {
    expect(ask('Could we switch off the separate session cache in Quillstack to save on pods?').answer).toMatch(/^Yes: it is optional/);
    expect(ask('Can we drop the dedicated session cache of Quillstack?').answer).toMatch(/^Yes: it is optional/);
  });

  it('reads "do we need to pay for X" or "provision X" as asking whether X is needed', () => {
    expect(ask('Do we need to pay for a session cache in Quillstack?').answer).toMatch(/^No: it is optional/);
    expect(ask('Do we have to provision the ledger database for Quillstack?').answer).toMatch(/^Yes: it is required/);
    // "Providing" or "supplying" a part is getting it too.
    expect(ask('Quillstack runs without me providing a session cache, right?').answer).toMatch(/^Yes: it is optional/);
    expect(ask('Must we supply a ledger database for Quillstack?').answer).toMatch(/^Yes: it is required/);
  });

  it('reads "for running X" and "on our own infrastructure" as the setting of a necessity question, asking nothing more', () => {
    expect(ask('Is the session cache a requirement for running Quillstack?').answer).toMatch(/^No: it is optional/);
    expect(ask('Is the session cache a hard requirement for Quillstack on our own infrastructure?').answer).toMatch(/^No: it is optional/);
    expect(ask('Is the session cache required when we run Quillstack on our own servers?').answer).toMatch(/^No: it is optional/);
  });

  it('asks about the part after "need", not the part its if-clause names', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const catalogue = catalogueWith(
      buildQuillApiInput(),
      buildSessionCacheInput({
        purpose: 'Keeps sessions in the session cache so every API node reads them.',
        necessity: { level: 'conditional', condition: 'when several API instances run', source: cite },
      }),
      buildComponentInput({
        id: 'edge-balancer',
        name: 'Edge balancer',
        role: 'load-balancer',
        purpose: 'Spreads requests over the API nodes.',
        variants: ['clustered'],
        source: cite,
      }),
    );
    const { answer } = answerQuestion('If I run two Quillstack APIs behind the edge balancer, do I need the session cache?', catalogue);
    expect(answer).toMatch(/^Yes, in that case: it is needed when several API instances run/);
  });

  it('reads "alongside" the product as setting the scene, not as something the part must explain', () => {
    expect(ask('Do I have to run the session cache alongside Quillstack?').answer).toMatch(/^No: it is optional/);
    expect(ask('Do we have to deploy a ledger database alongside Quillstack?').answer).toMatch(/^Yes: it is required/);
  });

  it('reads "for X to work" as what the part is needed for, and "A or some other B" as B named by an example', () => {
    expect(ask('Do we have to run a session cache for Quillstack to work?').answer).toMatch(/^No: it is optional/);
    expect(ask('Do we have to run Redis or some other session cache for Quillstack?').answer).toMatch(/^No: it is optional/);
    expect(ask('Does Quillstack need a ledger database to function properly?').answer).toMatch(/^Yes: it is required/);
  });

  it('reads "someone said we still have to run X. Is that right?" as asking whether X must run', () => {
    expect(ask('In the review someone said we still have to run the session cache in Quillstack. Is that right?').answer).toMatch(
      /^No: it is optional/,
    );
    expect(ask('A colleague claims that we have to deploy the ledger database in Quillstack. Is that true?').answer).toMatch(
      /^Yes: it is required/,
    );
  });

  it('reads "to save effort", "very" and being on call as asking nothing of the part, so they cost no confidence', () => {
    const plain = ask('Can I skip the session cache in Quillstack?');
    expect(plain.answer).toMatch(/^Yes: it is optional/);
    for (const question of [
      'To save effort, can I skip the session cache in Quillstack?',
      'Can I skip the very session cache in Quillstack?',
      'On call: can I skip the session cache in Quillstack?',
    ]) {
      const answer = ask(question);
      expect(answer.answer).toBe(plain.answer);
      expect(answer.confidence).toBeCloseTo(plain.confidence ?? 0, 2);
    }
  });

  it('leaves a question whose word opposes the purpose ("the same name" against "different names") to the purpose', () => {
    const catalogue = catalogueWith(
      buildLedgerInput({
        purpose: 'Holds two databases that must have different names: one for accounts and one for audit records.',
        necessity: { level: 'required', source: 'authgear-self-managed#resources-reference' },
      }),
    );
    expect(answerQuestion('Is it ok to use the same database name for the Quillstack ledger database?', catalogue).answer).toMatch(/^No\b/);
  });

  it('answers "is X not needed?" the other way round from "is X needed?"', () => {
    expect(ask('Is the Quillstack ledger database not needed?').answer).toMatch(/^No: it is required/);
    expect(ask('Is the Quillstack session cache not needed?').answer).toMatch(/^Yes: it is optional/);
    expect(ask("Isn't the Quillstack session cache required?").answer).toMatch(/^No: it is optional/);
    expect(ask('Is the Quillstack session cache not strictly required?').answer).toMatch(/^Yes: it is optional/);
    expect(ask('Is the Quillstack ledger database needed?').answer).toMatch(/^Yes: it is required/);
  });

  it('reads whether the situation asked about meets a conditional component’s condition', () => {
    expect(ask('Is the Quillstack worker required with several API instances?').answer).toMatch(/^Yes, in that case/);
    expect(ask('Is the Quillstack worker required with a single API instance?').answer).toMatch(
      /^No: it is needed only when several API instances run/,
    );
    expect(ask('Is the Quillstack worker required?').answer).toMatch(/^No, only conditionally/);
  });

  it('reads a scene that denies the condition as failing it, and one that states it as meeting it', () => {
    expect(ask('Our Quillstack will never run several API instances. Is the worker required?').answer).toMatch(
      /^No: it is needed only when several API instances run/,
    );
    expect(ask('Our Quillstack runs several API instances. Is the worker required?').answer).toMatch(/^Yes, in that case/);
  });

  it('reads "for X to work" as the situation, though X is a word of the part’s own name', () => {
    const catalogue = catalogueWith(
      buildComponentInput({
        id: 'scaling-metrics',
        name: 'Autoscaling metrics agent',
        role: 'logging-monitoring',
        technology: 'Frobcore',
        purpose: 'Supplies the load figures the autoscaler reads.',
        necessity: { level: 'conditional', condition: 'when autoscaling is enabled', source: 'authgear-self-managed#resources-reference' },
      }),
    );
    const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';
    expect(ask('Do I need the metrics agent for Quillstack autoscaling to work?')).toMatch(
      /^Yes, in that case: it is needed when autoscaling is enabled/,
    );
    expect(ask('Do I need the metrics agent in Quillstack?')).toMatch(/^No, only conditionally/);
    // An opening "To use X" sets the situation too, comma or not.
    expect(ask('To use autoscaling with Quillstack I need the metrics agent, right?')).toMatch(
      /^Yes, in that case: it is needed when autoscaling is enabled/,
    );
    expect(ask('To use autoscaling, do I need the Quillstack metrics agent?')).toMatch(/^Yes, in that case/);
    // A closing "to use X" sets it too.
    expect(ask('Do I need the Quillstack metrics agent to use autoscaling, then?')).toMatch(/^Yes, in that case/);
    expect(ask('Do I need the Quillstack metrics agent to enable autoscaling?')).toMatch(/^Yes, in that case/);
    // "To be used" and an opening "To turn on X" set it as well.
    expect(ask('Do I need the metrics agent for Quillstack autoscaling to be used?')).toMatch(
      /^Yes, in that case: it is needed when autoscaling is enabled/,
    );
    expect(ask('To turn on autoscaling, do I need the Quillstack metrics agent?')).toMatch(
      /^Yes, in that case: it is needed when autoscaling is enabled/,
    );
    // "Never" in the situation denies it as "not" does; it is no word more asked of the part.
    expect(ask('Does Quillstack need the autoscaling metrics agent if I never turn on autoscaling?')).toMatch(
      /^No: it is needed only when autoscaling is enabled/,
    );
    expect(ask("Does Quillstack need the autoscaling metrics agent if I don't turn on autoscaling?")).toMatch(
      /^No: it is needed only when autoscaling is enabled/,
    );
  });

  it('reads "a mandatory component" and "a requirement" as asking the level, not as meeting a condition written "required once …"', () => {
    const catalogue = catalogueWith(
      buildComponentInput({
        id: 'report-store',
        name: 'Report store',
        role: 'object-storage',
        purpose: 'Keeps exported reports.',
        necessity: {
          level: 'conditional',
          condition: 'required once report exports are enabled (off by default)',
          source: 'authgear-self-managed#resources-reference',
        },
      }),
    );
    const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';
    expect(ask('Is the report store a mandatory component of Quillstack?')).toMatch(
      /^No, only conditionally: it is required once report exports/,
    );
    expect(ask('Is the report store mandatory for Quillstack?')).toMatch(/^No, only conditionally/);
    expect(ask('Is the report store required for Quillstack once report exports are enabled?')).toMatch(/^Yes, in that case/);
    // "Still optional" asks the level too: "optional" opposes the condition's "required", not the situation given.
    expect(ask('Given that report exports are enabled, is the Quillstack report store still optional?')).toMatch(
      /^No, in that case: it is required once report exports/,
    );
  });

  it('reads "setting up X first" and "on any infrastructure" as asking only whether X is needed', () => {
    expect(ask('Does running Quillstack require setting up the ledger database first?').answer).toMatch(
      /^Yes: it is required\. In Quillstack \(Standard\), Ledger database is required\./,
    );
    expect(ask('Does Quillstack on any infrastructure need the ledger database?').answer).toMatch(/^Yes: it is required\./);
    expect(ask('Does running Quillstack require standing up the ledger database first?').answer).toMatch(/^Yes: it is required\./);
  });

  it('answers no when an option of a required part is asked as mandatory ("Option:" opposes "mandatory")', () => {
    const catalogue = catalogueWith(
      buildQuillApiInput({
        purpose: 'Serves the sign-in API and signs tokens.',
        necessity: { level: 'required', source: 'authgear-self-managed#resources-reference' },
        notes: [
          {
            kind: 'option',
            text: 'External token signers can be added for security or scale.',
            source: 'authgear-self-managed#resources-reference',
          },
        ],
      }),
    );
    expect(answerQuestion('Is it mandatory to deploy external token signers for the Quillstack API?', catalogue).answer).toMatch(
      /^No\. Quillstack \(Standard\): Quill API: Option: External token signers can be added/,
    );
  });

  it('leaves a question about an option of the component to its facts, not its necessity', () => {
    const answer = ask('Do I need a persistent session cache for Quillstack?');
    expect(answer.answer).toMatch(/^No\b/);
    expect(answer.answer).toContain('Persistence is optional');
    // "A requirement" is the opposite of the option's "optional", as "required" is.
    expect(ask('Is a persistent session cache a requirement for a Quillstack deployment?').answer).toMatch(/^No\b/);
  });
});

describe('answerYesNo: what a part not always needed must meet once added', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const availableNotes = [
    { kind: 'info' as const, text: 'The vendor names no product for it.', source: cite },
    { kind: 'high-availability' as const, text: 'If you add one, keep it available across several zones.', source: cite },
  ];
  /** Quillstack with an edge proxy of the level given, with the notes given. */
  const edge = (
    level: 'optional' | 'required' | 'recommended',
    notes: { kind: 'info' | 'high-availability' | 'recommendation'; text: string; source: string }[] = availableNotes,
  ) =>
    catalogueWith(
      buildComponentInput({
        id: 'edge-proxy',
        name: 'Edge proxy',
        role: 'reverse-proxy',
        technology: 'Quill',
        purpose: 'Sits in front of the network.',
        source: cite,
        necessity: { level, source: cite },
        notes,
      }),
    );

  it('adds the requirement or high-availability note of an optional part after its purpose', () => {
    const answer = answerQuestion('Is the edge proxy required for Quillstack?', edge('optional')).answer ?? '';
    expect(answer).toMatch(
      /^No: it is optional\. .*Sits in front of the network\. Edge proxy: High availability: If you add one, keep it available across several zones\.$/,
    );
    expect(answer).not.toContain('names no product');
  });

  it('adds nothing for a required part, whose notes hold whatever is asked', () => {
    expect(answerQuestion('Is the edge proxy required for Quillstack?', edge('required')).answer).not.toContain('If you add one');
  });

  it("adds a recommended part's recommendation, which says why", () => {
    const advised = (level: 'optional' | 'recommended') =>
      edge(level, [{ kind: 'recommendation', text: 'Keep it so that no pod faces the internet.', source: cite }]);
    const answer = answerQuestion('Is the edge proxy recommended for Quillstack?', advised('recommended'));
    expect(answer.answer).toMatch(
      /^Yes: the vendor recommends it\. .*Edge proxy: Recommendation: Keep it so that no pod faces the internet\.$/,
    );
    expect(answerQuestion('Is the edge proxy recommended for Quillstack?', advised('optional')).answer).not.toContain('no pod faces');
  });
});

describe('answerYesNo: necessity asked as "can I skip it"', () => {
  it('answers a conditional component by whether the situation meets its condition', () => {
    expect(ask('Can I skip the Quillstack worker with several API instances?').answer).toMatch(
      /^No, in that case: it is needed when several API instances run/,
    );
    expect(ask('Can I skip the Quillstack worker with a single API instance?').answer).toMatch(
      /^Yes: it is needed only when several API instances run/,
    );
    expect(ask('Can I skip the Quillstack worker?').answer).toMatch(/^Yes, unless this applies: when several API instances run/);
  });

  it('answers "optional or required?" with the level alone, since a yes or no would not say which', () => {
    expect(ask('Is the Quillstack session cache optional or required?').answer).toMatch(
      /^In Quillstack \(Standard\), Session cache is optional\./,
    );
    expect(ask('Is the Quillstack session cache required or recommended?').answer).toMatch(/^In Quillstack/);
    // One level asked keeps its yes or no.
    expect(ask('Is the Quillstack session cache optional?').answer).toMatch(/^Yes\b/);
  });

  it('ends the verdict of a component with no condition at its level', () => {
    expect(ask('Is the ledger database required for Quillstack?').answer).toMatch(/^Yes: it is required\./);
    expect(ask('Can I skip the session cache in Quillstack?').answer).toMatch(/^Yes: it is optional\./);
  });
});

describe('answerYesNo: conditions in other words', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = catalogueWith(
    buildComponentInput({
      id: 'audit-shipper',
      name: 'Audit shipper',
      role: 'application-service',
      technology: 'Quill',
      purpose: 'Ships audit records to your archive.',
      necessity: { level: 'required', condition: 'for the clustered variant', source: cite },
    }),
    buildComponentInput({
      id: 'report-builder',
      name: 'Report builder',
      role: 'job-worker',
      technology: 'Quill',
      purpose: 'Builds monthly usage reports.',
      necessity: { level: 'conditional', condition: 'recommended for production', source: cite },
    }),
    buildComponentInput({
      id: 'upload-syncer',
      name: 'Upload syncer',
      role: 'job-worker',
      technology: 'Quill',
      purpose: 'Copies uploads between nodes.',
      necessity: { level: 'conditional', condition: 'when several nodes run, unless a shared folder is required', source: cite },
    }),
    buildComponentInput({
      id: 'lock-keeper',
      name: 'Lock keeper',
      role: 'application-service',
      technology: 'Quill',
      purpose: 'Holds the leader lock.',
      necessity: { level: 'conditional', condition: 'not needed when a single node runs', source: cite },
    }),
    buildComponentInput({
      id: 'spare-relay',
      name: 'Spare relay',
      role: 'message-broker',
      technology: 'Quill',
      purpose: 'Relays mail when the main relay is busy.',
      // Spaced as an author might type it: a leading space and two spaces after "not".
      necessity: { level: 'conditional', condition: ' not  needed when a single node runs', source: cite },
    }),
  );
  const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

  it('names the condition of a required component after its level', () => {
    expect(ask('Is the Quillstack audit shipper required?')).toMatch(/^Yes: it is required \(for the clustered variant\)\./);
  });

  it('does not put "needed" before a condition that names its own level', () => {
    expect(ask('Is the Quillstack report builder required?')).toMatch(/^No, only conditionally: it is recommended for production/);
  });

  it('reads "required" and "unless" later in a condition as part of a "needed when" condition', () => {
    expect(ask('Is the Quillstack upload syncer needed with several nodes?')).toMatch(
      /^Yes, in that case: it is needed when several nodes run, unless a shared folder is required/,
    );
  });

  it('answers a "not needed when" condition the situation contradicts: needed, though not surely', () => {
    expect(ask('Do I need the Quillstack lock keeper with several nodes?')).toMatch(/^Yes: it is not needed when a single node runs/);
    expect(ask('Can I skip the Quillstack lock keeper with several nodes?')).toMatch(/^No: it is not needed when a single node runs/);
  });

  it('answers "can I skip it" of a "not needed when" condition with the situation it needs', () => {
    expect(ask('Can I skip the Quillstack lock keeper?')).toMatch(/^Yes, if this applies: it is not needed when a single node runs/);
  });

  it('reads a "not needed when" condition whatever its spacing', () => {
    expect(ask('Do I need the Quillstack spare relay if a single node runs?')).toMatch(/^No, in that case: it is\s+not\s+needed when/);
  });
});

describe('answerYesNo: polarity from the facts', () => {
  it("reads a switch setting's value against the state asked", () => {
    expect(ask('Is autoscaling enabled by default for the Quillstack API?').answer).toMatch(/^No\b/);
    expect(ask('Is autoscaling disabled by default for the Quillstack API?').answer).toMatch(/^Yes\b/);
  });

  it('answers "no" where the fact says the opposite of what is asked', () => {
    expect(ask('Should I leave the Quillstack cache console enabled if the cache is exposed to the internet?').answer).toMatch(/^No\b/);
  });

  it('answers "no" to an exclusive question met by a restricting fact', () => {
    expect(ask('Can I use a different ledger image with Quillstack?').answer).toMatch(/^No\b.*only the vendor image is supported/);
  });

  it('answers "no" to an unsupported version, with what the component is for', () => {
    const answer = ask('Does Quillstack support PostgreSQL 12?');
    expect(answer.answer).toMatch(/^No\b/);
    expect(answer.answer).toContain('Keeps accounts, tenants and audit records.');
  });
});

describe('answerYesNo: a condition stated in the negative', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = catalogueWith(
    buildComponentInput({
      id: 'token-resolver',
      name: 'Token resolver',
      role: 'application-service',
      technology: 'Quill',
      purpose: 'Checks sign-in tokens for your backend.',
      necessity: { level: 'conditional', condition: 'not needed when your backend checks tokens itself', source: cite },
    }),
  );
  const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

  it('answers that it can go when the situation meets a "not needed when" condition', () => {
    expect(ask('Can I skip the Quillstack token resolver if my backend checks tokens itself?')).toMatch(
      /^Yes, in that case: it is not needed when/,
    );
    expect(ask('Do I need the Quillstack token resolver if my backend checks tokens itself?')).toMatch(
      /^No, in that case: it is not needed when/,
    );
  });

  it('says "only conditionally" when the question gives no situation', () => {
    expect(ask('Is the Quillstack token resolver required?')).toMatch(
      /^Only conditionally: it is not needed when your backend checks tokens itself/,
    );
  });
});

describe('answerYesNo: which component does what is asked', () => {
  const backends = buildBackends();
  const ask = (question: string) => answerQuestion(question, backends).answer ?? '';

  it('answers no, naming the other component, when another purpose says far more of what is asked', () => {
    expect(ask('Does the Alpha backend run the queries against our databases and APIs in Quillstack?')).toMatch(
      /^No\. Quillstack \(Standard\): Beta backend: Runs the queries against databases and APIs\. Alpha backend: Links the queries/,
    );
    // Asked of the component that does it, the answer stays yes.
    expect(ask('Does the Beta backend run the queries against our databases and APIs in Quillstack?')).toMatch(/^Yes\b/);
  });

  it('reads the component a claim puts to a check as its subject, after the word that reports the claim', () => {
    expect(ask('Our draft says the Quillstack Alpha backend is what runs the queries against our databases and APIs. Right?')).toMatch(
      /^No\. Quillstack \(Standard\): Beta backend: Runs the queries against databases and APIs\. Alpha backend: Links the queries/,
    );
    expect(ask('Our draft says the Quillstack Beta backend is what runs the queries against our databases and APIs. Right?')).toMatch(
      /^Yes\b/,
    );
  });
});

describe('answerYesNo: a situation written with a necessity word', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = catalogueWith(
    buildComponentInput({
      id: 'audit-store',
      name: 'Audit store',
      role: 'object-storage',
      technology: 'MinIO',
      purpose: 'Keeps audit exports.',
      necessity: { level: 'conditional', condition: 'required once audit exports are enabled', source: cite },
    }),
  );
  const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

  it('reads "turned off" as said of the condition, not of the component', () => {
    expect(ask('Is the Quillstack audit store still required if we keep audit exports turned off?')).toMatch(
      /^No: it is only required once audit exports are enabled/,
    );
    expect(ask('Is the Quillstack audit store required if audit exports are enabled?')).toMatch(/^Yes, in that case/);
  });
});

describe('answerYesNo: thresholds at the load asked', () => {
  /** A product whose search index is optional, and recommended above 10,000 users. */
  const searchy = [buildSearchy()];
  const askSearchy = (question: string) => answerQuestion(question, searchy);

  it('says a component becomes recommended when the load asked crosses its threshold, and cites the threshold', () => {
    const answer = askSearchy('Is the search index needed for Searchy with 50,000 users?');
    expect(answer.answer).toMatch(/^No, not strictly: the vendor recommends it/);
    expect(answer.answer).toContain('Search index is optional, and recommended at the load asked.');
    expect(answer.answer).toContain('Recommended above 10,000 users.');
  });

  it('answers "should we add it" at a load past a recommending threshold with yes, even in words its facts do not use', () => {
    const answer = askSearchy(
      'We have 25,000 users and plain database search. Does Searchy say we should add the search index at our size?',
    );
    expect(answer.answer).toMatch(/^Yes: the vendor recommends it\./);
    expect(answer.answer).toContain('recommended at the load asked');
    expect(answer.answer).toContain('Recommended above 10,000 users.');
    // Below the threshold the part stays optional, so the advice is not given.
    expect(askSearchy('We have 2,000 users. Does Searchy say we should add the search index at our size?').answer).toMatch(
      /^No: it is optional/,
    );
  });

  it('answers "is it recommended" with yes, and "is it required or only recommended" with not strictly', () => {
    expect(askSearchy('Is the search index recommended for Searchy with 50,000 users?').answer).toMatch(/^Yes: the vendor recommends it\./);
    expect(askSearchy('Is the search index required for Searchy with 50,000 users, or only recommended?').answer).toMatch(
      /^No, not strictly: the vendor recommends it/,
    );
  });

  it('answers "can I skip it" of a recommended component with a yes that names the recommendation', () => {
    expect(askSearchy('Can I skip the search index for Searchy with 50,000 users?').answer).toMatch(
      /^Yes, though the vendor recommends it/,
    );
  });

  it('reads a reason given at the end of the question as said, not asked, and a quick local test as a trial run', () => {
    expect(askSearchy('Can I skip the search index for Searchy with 50,000 users since the product state is small?').answer).toMatch(
      /^Yes, though the vendor recommends it/,
    );
    expect(askSearchy('For a quick local test can I skip the search index for Searchy with 50,000 users?').answer).toMatch(
      /^Yes, though the vendor recommends it/,
    );
  });

  it('keeps the stated level below the threshold', () => {
    const answer = askSearchy('Is the search index needed for Searchy with 5,000 users?');
    expect(answer.answer).toMatch(/^No: it is optional/);
    expect(answer.answer).not.toContain('at the load asked');
  });
});

describe('answerYesNo: which fact decides', () => {
  const CITE = 'authgear-self-managed#introduction';
  const regional = [
    buildArchitecture({
      id: 'regionhub',
      product: 'Regionhub',
      variants: [
        {
          id: 'default',
          name: 'Default',
          summary: 'Regionhub is not region aware: it runs one hub per region, and each region keeps its own data.',
          source: CITE,
        },
      ],
      components: [
        buildComponentInput({
          id: 'hub',
          name: 'Region hubs (one per region)',
          role: 'application-service',
          technology: 'Hub',
          purpose: 'Several regions, each running its own region hub.',
        }),
      ],
    }),
  ];

  it('answers no from a variant summary that negates what is asked', () => {
    expect(answerQuestion('Is Regionhub region aware?', regional).answer).toMatch(/^No\b/);
  });
});

describe('answerYesNo: a component that becomes conditional at the load asked', () => {
  const CITE = 'authgear-self-managed#resources-reference';
  /**
   * A product whose export job is optional, and conditional above 10,000 users with no condition stated (or as the
   * overrides say), beside the other part given.
   */
  const exporty = (job: Partial<Parameters<typeof buildComponentInput>[0]> = {}, other = buildComponentInput()) => [
    buildArchitecture({
      id: 'exporty',
      product: 'Exporty',
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source: CITE }],
      components: [
        other,
        buildComponentInput({
          id: 'export-job',
          name: 'Export job',
          role: 'job-worker',
          technology: 'Quill',
          purpose: 'Exports user lists.',
          necessity: { level: 'optional', source: CITE },
          thresholds: [{ driver: 'users', above: 10_000, level: 'conditional', text: 'Conditional above 10,000 users.', source: CITE }],
          ...job,
        }),
      ],
    }),
  ];

  it('says it is needed under a condition, and "can I skip it" gets a yes unless that condition applies', () => {
    expect(answerQuestion('Is the export job needed for Exporty with 50,000 users?', exporty()).answer).toMatch(
      /^No, only conditionally: it is needed under a condition/,
    );
    expect(answerQuestion('Can I skip the export job for Exporty with 50,000 users?', exporty()).answer).toMatch(
      /^Yes, unless this applies: its condition/,
    );
  });

  it('adds the note of the part that names what the question sets against it ("or is the ledger good enough?")', () => {
    const catalogue = exporty(
      {
        thresholds: [{ driver: 'users', above: 10_000, level: 'recommended', text: 'Recommended above 10,000 users.', source: CITE }],
        notes: [
          { kind: 'limitation', text: 'Exports read straight from the ledger carry no page totals.', source: CITE },
          { kind: 'info', text: 'Its output can be rebuilt at any time.', source: CITE },
        ],
      },
      buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database', technology: 'PostgreSQL' }),
    );
    const answer = answerQuestion(
      'With 50,000 users, do we bother with the Exporty export job, or is the ledger good enough?',
      catalogue,
    ).answer;
    expect(answer).toMatch(/^No, not strictly/);
    expect(answer).toContain('Export job: Limitation: Exports read straight from the ledger carry no page totals.');
    expect(answer).not.toContain('can be rebuilt');
  });

  it('adds where the level changes when the question names the load without a figure, and only then', () => {
    const catalogue = exporty({
      thresholds: [{ driver: 'users', above: 10_000, level: 'recommended', text: 'Recommended above 10,000 users.', source: CITE }],
    });
    const named = answerQuestion('Do we actually need the Exporty export job? We only have a few thousand users.', catalogue).answer;
    expect(named).toMatch(/^No: it is optional/);
    expect(named).toContain('Recommended above 10,000 users.');
    const unnamed = answerQuestion('Do we actually need the Exporty export job?', catalogue).answer;
    expect(unnamed).toMatch(/^No: it is optional/);
    expect(unnamed).not.toContain('10,000');
  });

  it('answers "is it conditional?" with a yes that says a condition applies, though none is stated', () => {
    expect(answerQuestion('Is the export job conditional for Exporty with 50,000 users?', exporty()).answer).toMatch(
      /^Yes: it is needed under a condition\./,
    );
  });
});

describe('answerYesNo: how sure a necessity verdict is', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const negative = catalogueWith(
    buildComponentInput({
      id: 'lock-keeper',
      name: 'Lock keeper',
      role: 'application-service',
      technology: 'Quill',
      purpose: 'Holds the leader lock.',
      necessity: { level: 'conditional', condition: 'not needed when a single node runs', source: cite },
    }),
  );
  const searchy = [buildSearchy()];
  const strength = (question: string, architectures: Parameters<typeof answerWithFeatures>[1]) =>
    answerWithFeatures(question, architectures).features.strength;

  it('is surer of a level or a condition the situation settles than of a verdict that hangs on the situation', () => {
    // Settled: a fixed level, a "needed when" condition the question meets or contradicts, a "not needed when" it meets.
    const settled = [
      strength('Is the ledger database required for Quillstack?', catalogue),
      strength('Is the session cache required for Quillstack?', catalogue),
      strength('Is the Quillstack worker required with several API instances?', catalogue),
      strength('Is the Quillstack worker required with a single API instance?', catalogue),
      strength('Do I need the Quillstack lock keeper if a single node runs?', negative),
    ];
    // Open: no situation given, a "not needed when" the situation contradicts (it may still not be needed), a recommendation.
    const open = [
      strength('Is the Quillstack worker required?', catalogue),
      strength('Do I need the Quillstack lock keeper with several nodes?', negative),
      strength('Can I skip the Quillstack lock keeper?', negative),
      strength('Is the search index needed for Searchy with 50,000 users?', searchy),
    ];
    expect(new Set(settled).size).toBe(1);
    expect(new Set(open).size).toBe(1);
    expect(settled[0]).toBeGreaterThan(open[0] ?? 1);
  });

  it('is as sure of "is X conditional?" as of a fixed level, whether the answer is yes or no', () => {
    const fixed = strength('Is the ledger database required for Quillstack?', catalogue);
    // The worker is conditional (yes); the ledger database is required (no): the level itself settles both.
    expect(strength('Is the Quillstack worker conditional?', catalogue)).toBe(fixed);
    expect(strength('Is the Quillstack ledger database conditional?', catalogue)).toBe(fixed);
  });
});

describe('answerYesNo: what is supported instead', () => {
  const catalogue = catalogueWith(buildModeRuledQueueStoreInput());

  it('adds the required setting that shares a word with what is not supported', () => {
    const answer = answerQuestion('Can the Quillstack queue store run on Redis Sentinel or Redis Cluster?', catalogue).answer ?? '';
    expect(answer).toMatch(/^No\b/);
    expect(answer).toContain('queue mode = standalone (required)');
    expect(answer).not.toContain('queue.timeout');
  });
});

describe('answerYesNo: what happens in the situation asked about', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = catalogueWith(
    buildComponentInput({
      id: 'report-builder',
      name: 'Report builder',
      role: 'job-worker',
      technology: 'Quill',
      purpose: 'Builds the monthly reports; when turned off, the API builds them instead.',
      settings: [
        {
          name: 'reportBuilder.enabled',
          value: 'true',
          status: 'default',
          text: 'Set to false to disable the report builder service.',
          source: cite,
        },
        { name: 'reportBuilder.autoscaling.enabled', value: 'false', status: 'default', source: cite },
        { name: 'reportBuilder.replicaCount', value: '1', status: 'default', source: cite },
        { name: 'reportBuilder.logLevel', value: 'info', status: 'default', source: cite },
      ],
    }),
  );

  it('adds the fact saying what happens then, which the settings of the thing turned off leave out', () => {
    const answer = answerQuestion('If I disable the Quillstack report builder service, do reports stop running?', catalogue).answer;
    expect(answer).toContain('when turned off, the API builds them instead');
  });
});

describe('answerYesNo: an outage of a start-up dependency', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = catalogueWith(
    buildComponentInput({
      id: 'image-registry',
      name: 'Image registry',
      role: 'container-registry',
      technology: 'OCI registry',
      runtime: { needed: 'startup-only', source: cite },
      notes: [{ kind: 'runtime', text: 'Needed only when a container starts and pulls its image.', source: cite }],
    }),
  );

  it("adds the vendor's words on when it is needed to the verdict", () => {
    const answer = answerQuestion('If the Quillstack image registry goes down, does Quillstack keep running?', catalogue).answer ?? '';
    expect(answer).toMatch(
      /^Yes\. Quillstack \(Standard\) continues to run through an outage of Image registry; it needs Image registry only when containers or services start or restart/,
    );
    expect(answer).toContain('Needed only when a container starts and pulls its image');
  });
});

describe('answerYesNo: what an incompatibility rules out', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = buildArmCatalogue();

  it('answers no when the question names what a part does not support, even when another part’s fact leads', () => {
    const answer = answerQuestion('Can I self-host Quillstack on arm64 machines?', catalogue).answer ?? '';
    expect(answer).toMatch(/^No\. Quillstack \(Standard\): Quill worker: Not supported: arm64\./);
  });

  it('answers no to another kind of a thing ruled out but for an exception, and leaves the exception alone', () => {
    const own = catalogueWith(
      buildQuillApiInput({ purpose: 'Serves the API.' }),
      buildLedgerInput({
        notes: [{ kind: 'info', text: 'Further ledger options are those of the upstream ledger chart.', source: cite }],
        incompatible: [
          {
            with: "Ledger images other than Quillstack's own",
            text: 'Quillstack runs its own ledger image and supports no other.',
            source: cite,
          },
        ],
      }),
    );
    const ruled = /^No\. Quillstack \(Standard\): Ledger database: Not supported: Ledger images other than Quillstack's own\./;
    expect(answerQuestion('Can I put the upstream ledger image in the Quillstack chart?', own).answer ?? '').toMatch(ruled);
    // The exception itself, or the kind named with no word before it, is not what the rule rules out.
    expect(answerQuestion("Can I use Quillstack's own ledger image?", own).answer ?? '').toMatch(/^Yes\. /);
    expect(answerQuestion('Is a custom ledger image supported by Quillstack?', own).answer ?? '').toMatch(/^Yes\. /);
    // The rule answers however few of the question's other words any fact holds.
    const busy = 'can our team swap in the upstream apache ledger image for quillstack in staging next quarter?';
    expect(answerQuestion(busy, own).answer ?? '').toMatch(ruled);
    // Naming the exception only to set something apart from it asks about the rest.
    expect(answerQuestion('Does Quillstack support a ledger image other than its own custom image?', own).answer ?? '').toMatch(/^No\. /);
    expect(answerQuestion('Can I use the Quillstack ledger image?', own).answer ?? '').not.toMatch(/^No\./);
  });

  it('reads AWS Graviton as the arm64 processors a part does not support', () => {
    const answer = answerQuestion('Can I self-host Quillstack on Graviton instances?', catalogue).answer ?? '';
    expect(answer).toMatch(/^No\. Quillstack \(Standard\): Quill worker: Not supported: arm64\./);
  });

  it('reads a name of several words given as an example as an aside, not as something unmentioned', () => {
    // Another product's facts name the processor, so archkb knows the name; this product's facts never use it.
    const peer = buildArchitecture({
      id: 'lanternpad',
      product: 'Lanternpad',
      vendor: 'Lantern Co.',
      category: 'internal-tools',
      components: [buildComponentInput({ purpose: 'Stores the product state; tested on Cloud Graviton instances.' })],
    });
    const question = 'Can I self-host Quillstack on arm64 machines such as Cloud Graviton?';
    expect(answerQuestion(question, [...catalogue, peer]).answer ?? '').toMatch(
      /^No\. Quillstack \(Standard\): Quill worker: Not supported: arm64\./,
    );
  });
});

describe('answerYesNo: which fact decides when no rule does', () => {
  it('counts only content words, so a purpose sharing "the" and "from" does not outvote a recommendation against it', () => {
    const cite = 'authgear-self-managed#introduction';
    const catalogue = catalogueWith(
      buildComponentInput({
        id: 'image-registry',
        name: 'Image registry',
        role: 'container-registry',
        purpose: 'Lets the cluster pull the images from the registry that you control.',
        notes: [
          {
            kind: 'recommendation',
            text: 'Do not rely on a public mirror, vendor releases included; keep your own copy instead.',
            source: cite,
          },
        ],
      }),
    );
    expect(answerQuestion('Is it ok to pull the Quillstack images from the public vendor releases?', catalogue).answer).toMatch(/^No\./);
  });
});

describe('answerYesNo: a limitation that holds only together', () => {
  it('answers no when the question splits apart what the fact needs in one place', () => {
    const cite = 'authgear-self-managed#introduction';
    const catalogue = catalogueWith(
      buildComponentInput({
        id: 'bundled-cache',
        name: 'Bundled cache',
        role: 'cache',
        technology: 'Redis',
        purpose: 'A cache shipped inside the Quill container.',
        notes: [{ kind: 'limitation', text: 'It works only when the API and the worker run in the same container.', source: cite }],
      }),
    );
    expect(
      answerQuestion('Can I keep using the Quillstack bundled cache once I split the workers into their own containers?', catalogue).answer,
    ).toMatch(/^No\./);
  });
});

describe('answerYesNo: a general word is no missing technology', () => {
  it('does not answer "list no infrastructure component" because another product names a component after it', () => {
    const peer = buildArchitecture({
      id: 'tidewell',
      product: 'Tidewell',
      components: [
        buildComponentInput(),
        buildComponentInput({
          id: 'provisioner',
          name: 'Infrastructure provisioner',
          role: 'infrastructure-provisioner',
          technology: 'Terraform',
        }),
      ],
    });
    const answer = answerQuestion('We want to keep sign-in sessions in Quillstack. Does that need any extra infrastructure?', [
      buildAskArchitecture(),
      peer,
    ]).answer;
    expect(answer).not.toMatch(/list no infrastructure component/);
    expect(answer).toContain('Session cache: Keeps sign-in sessions.');
  });
});

describe('answerYesNo: a technology the product rules out', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const peer = buildArchitecture({
    id: 'tidewell',
    product: 'Tidewell',
    components: [
      buildComponentInput(),
      buildComponentInput({ id: 'broker', name: 'Event broker', role: 'message-broker', technology: 'Kafka' }),
    ],
  });
  const catalogue = [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'quill-api',
        name: 'Quill API',
        role: 'application-service',
        purpose: 'Serves the sign-in API and queues its own jobs.',
        incompatible: [{ with: 'Kafka alongside the built-in queue', text: 'Quill runs one queue at a time.', source: cite }],
      }),
      buildLedgerInput({ incompatible: [{ with: 'PostgreSQL 12', text: 'PostgreSQL 12 is not supported.', source: cite }] }),
    ]),
    peer,
  ];

  it('answers no, with the rule against it, when only a rule against it mentions a technology and no component is it', () => {
    for (const question of ['Does Quillstack depend on Kafka for its jobs?', 'Does Quillstack need Kafka?']) {
      const answer = answerQuestion(question, catalogue).answer ?? '';
      expect(answer).toMatch(/^No: the sources archkb holds for Quillstack (\(Standard\) )?list no Kafka component\./);
      expect(answer).toContain('Not supported: Kafka alongside the built-in queue.');
    }
  });

  it('does not say a technology only a scene-setting sentence names is missing: the scene is the situation', () => {
    const answer =
      answerQuestion(
        'Our other jobs already run through Kafka brokers today. Can we skip running the Quill worker in the standard layout?',
        [buildAskArchitecture(), peer],
      ).answer ?? '';
    expect(answer).not.toMatch(/list no Kafka component/);
    expect(answer).toMatch(/^Yes\b.*Quill worker/);
  });

  it('does not say a part only the sentence before a question pointing back at it ("use it") names is missing', () => {
    const catalogue = [buildAskArchitecture(), buildLanternpad()];
    const pointing = 'Constraint: the event stream team offers Redis only in cluster mode. Can the Quillstack session cache use it?';
    expect(answerQuestion(pointing, catalogue).answer).toMatch(/^Yes\. Quillstack \(Standard\): Session cache/);
    // Asked in the question itself, the part it lacks is still missing.
    expect(answerQuestion('Can the Quillstack session cache use the event stream?', catalogue).answer).toMatch(
      /^No: the sources archkb holds for Quillstack \(Standard\) list no event component\./,
    );
  });

  it('does not say a technology one of its components is is missing, though a rule names one of its versions', () => {
    expect(answerQuestion('Does Quillstack need PostgreSQL?', catalogue).answer).not.toMatch(/list no PostgreSQL component/);
  });

  it('does not read "depends on" alone as asking for a component a word of the question names', () => {
    const guarded = buildArchitecture({
      id: 'tidewell',
      product: 'Tidewell',
      components: [buildComponentInput(), buildComponentInput({ id: 'guard', name: 'Security gateway', role: 'reverse-proxy' })],
    });
    const answer =
      answerQuestion('Does the Quillstack deployment rely on a security service run by the vendor?', [buildAskArchitecture(), guarded])
        .answer ?? '';
    expect(answer).not.toMatch(/list no security component/i);
  });
});

describe('answerYesNo: a component named by one of its examples', () => {
  it('answers the necessity of a component the question names by an example the vendor gives, "or a similar" one', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const catalogue = catalogueWith(
      buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service' }),
      buildComponentInput({
        id: 'key-store',
        name: 'Key store',
        role: 'secrets-manager',
        purpose: 'Keeps signing keys.',
        necessity: { level: 'optional', source: cite },
        examples: ['Hardware security module'],
      }),
    );
    expect(answerQuestion('Do we need a hardware security module or a similar key store to run Quillstack?', catalogue).answer).toMatch(
      /^No: it is optional/,
    );
  });
});

describe('answerYesNo: a store named only by its own purpose (real catalogue)', () => {
  it('answers no when the named store’s purpose leads only by its name and another store holds what is asked', () => {
    // The relational database of this product keeps another service's user data; the document database keeps the apps.
    const answer =
      answerQuestion("Are Appsmith's applications, users and queries stored in PostgreSQL?", loadContentArchitectures()).answer ?? '';
    expect(answer).toMatch(/^No\./);
    expect(answer).toContain('MongoDB');
  });

  it('reads the statement "T is where A is kept" as putting A in T, after a label such as "True or false:" too', () => {
    for (const question of [
      "True or false: Appsmith's PostgreSQL database is where apps that users build are stored.",
      "Appsmith's PostgreSQL database is where the users' applications are stored, true?",
    ]) {
      const answer = answerQuestion(question, loadContentArchitectures()).answer ?? '';
      expect(answer).toMatch(/^No\./);
      expect(answer).toContain('MongoDB');
    }
  });

  it('keeps to the named component when the question does not put anything "in" it', () => {
    const answer =
      answerQuestion('Is ingress-nginx still bundled by the current Budibase Helm chart?', loadContentArchitectures()).answer ?? '';
    expect(answer).toMatch(/^No\. Budibase \([^)]*\): Kubernetes Ingress:/);
  });

  it('reads the "in" of a hyphenated name ("the built-in Redis") as part of the name, not as putting something in it', () => {
    const answer =
      answerQuestion(
        'We run ToolJet as a web container plus separate worker containers. Can we keep using the built-in Redis for that?',
        loadContentArchitectures(),
      ).answer ?? '';
    // The built-in store's own necessity answers ("separate" workers fail its one shared container), with the external
    // store in its place, not another part's purpose.
    expect(answer).toMatch(/^No: it is needed only for a single instance, where server and worker share one container\. /);
    expect(answer).toMatch(/Built-in Redis is conditional/);
    expect(answer).toMatch(/Instead: External Redis: Conditional: when workers run in separate worker containers/);
  });
});

describe('answerYesNo: another component of the same role', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = catalogueWith(
    buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service' }),
    ...buildCacheSiblings(cite),
    buildLedgerInput({ necessity: { level: 'required', source: cite } }),
    buildComponentInput({
      id: 'report-db',
      name: 'Report database',
      role: 'relational-database',
      necessity: { level: 'optional', source: cite },
    }),
  );

  it('says when the other one serves, after a verdict that the asked one is not always needed', () => {
    const answer = answerQuestion('Do I need the Quillstack session cache?', catalogue).answer ?? '';
    expect(answer).toContain('Otherwise: Embedded cache: Conditional: only for a single API instance.');
  });

  it('adds nothing for a required component', () => {
    expect(answerQuestion('Do I need the Quillstack ledger database?', catalogue).answer).not.toContain('Otherwise');
  });
});

describe('answerYesNo: a necessity answer with the facts the question cues', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({}),
      buildComponentInput({
        id: 'domain-records',
        name: 'DNS records for your domain',
        role: 'dns',
        purpose: 'The records your domain needs.',
        necessity: { level: 'required', source: cite },
        dns: [
          { type: 'CNAME', name: '<DOMAIN>', target: 'the load balancer', source: cite },
          { type: 'CNAME', name: '*.<DOMAIN>', target: 'the load balancer', source: cite },
        ],
      }),
    ]),
  ];

  it('adds the records to "dns records needed?", after the verdict and the purpose', () => {
    expect(answerQuestion('quillstack dns records needed?', catalogue).answer).toBe(
      'Yes: it is required. In Quillstack (Standard), DNS records for your domain is required. DNS records for your domain: The records your domain needs. DNS records for your domain: DNS CNAME <DOMAIN> pointing at the load balancer. DNS records for your domain: DNS CNAME *.<DOMAIN> pointing at the load balancer.',
    );
  });
});

/** The draft answerYesNo writes for a question over a catalogue, read whole (kind, facts, coverage, strength). */
const draftFor = (architectures: Parameters<typeof buildAnswerContext>[0], question: string, scope?: string[]) =>
  answerYesNo(buildAnswerContext(architectures, question, scope));
/** Each fact a draft cites, as "attribute/component: text", in order. */
const citedIn = (draft: ReturnType<typeof answerYesNo>) => draft.facts.map((fact) => `${fact.attribute}/${fact.component}: ${fact.text}`);

describe("answerYesNo: necessity asked in an operator's words", () => {
  const cite = 'authgear-self-managed#deployment-options';
  const keyStore = () =>
    catalogueWith(
      buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service' }),
      buildComponentInput({
        id: 'key-store',
        name: 'Key store',
        role: 'secrets-manager',
        purpose: 'Keeps signing keys.',
        necessity: { level: 'optional', source: cite },
        examples: ['Hardware security module'],
      }),
    );

  it('reads "have to set up X before we can run it" as whether X is needed', () => {
    expect(
      answerQuestion('Do we actually have to set up a hardware security module before we can run Quillstack?', keyStore()).answer,
    ).toMatch(/^No: it is optional/);
  });

  it('reads "can we keep relying on X", after a sentence naming another part, as whether X is still needed', () => {
    const caches = catalogueWith(
      buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
      buildComponentInput({ id: 'ledger-service', name: 'Ledger service', role: 'application-service', purpose: 'Runs the ledger.' }),
      ...buildCacheSiblings(cite),
    );
    const answer = answerQuestion(
      'We are scaling the Quillstack API from one instance to two. Can we keep relying on the embedded cache?',
      caches,
    );
    // "Two" opposes the condition's "single", and the condition's own "only" is not doubled.
    expect(answer.answer).toMatch(/^No: it is needed only for a single API instance\. /);
    expect(answer.answer).toContain('Embedded cache is conditional');
    expect(answer.answer).toContain('Session cache');
    // The part the scene-setting sentence names ("the ledger service") is not what the asking sentence asks about.
    expect(
      answerQuestion(
        'We are scaling our Quillstack ledger service from one instance to two. Can we keep relying on the cache that is embedded?',
        caches,
      ).answer,
    ).toMatch(/^No: it is needed only for a single API instance\. In Quillstack \(Standard\), Embedded cache is conditional\./);
  });
});

describe('answerYesNo, read whole: a necessity verdict', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = () =>
    catalogueWith(
      buildQuillApiInput(),
      ...buildCacheSiblings(cite),
      buildComponentInput({
        id: 'audit-log',
        name: 'Audit log',
        role: 'logging-monitoring',
        purpose: 'Keeps audit trails.',
        necessity: { level: 'required', basis: 'inferred', source: cite },
      }),
    );

  it('cites the necessity, then the purpose, and is sure of a fixed level', () => {
    const draft = draftFor(catalogue(), 'Is the Quillstack audit log required?');
    expect(draft.kind).toBe('yes-no');
    expect(draft.text).toBe(
      'Yes: it is required. In Quillstack (Standard), Audit log is required (read from how the vendor lays out its list; the text does not say so in words). Audit log: Keeps audit trails.',
    );
    expect(citedIn(draft)).toEqual(['necessity/audit-log: Required', 'purpose/audit-log: Keeps audit trails.']);
    expect([draft.coverage, draft.strength]).toEqual([0.9, 0.9]);
  });

  it('says nothing of how the level was read when the vendor states it in words', () => {
    const draft = draftFor(catalogue(), 'Is the Quillstack embedded cache required?');
    expect(draft.text).not.toContain('read from how the vendor lays out its list');
  });

  it('names the component of the same role whose condition the situation meets, after a no, and cites it last', () => {
    const draft = draftFor(catalogue(), 'Do I need the Quillstack session cache with a single API instance?');
    expect(draft.text).toBe(
      'No: it is needed only when several API instances run. In Quillstack (Standard), Session cache is conditional. Session cache: Keeps sign-in sessions outside the API. Instead: Embedded cache: Conditional: only for a single API instance.',
    );
    expect(citedIn(draft)).toEqual([
      'necessity/session-cache: Conditional: when several API instances run',
      'purpose/session-cache: Keeps sign-in sessions outside the API.',
      'necessity/embedded-cache: Conditional: only for a single API instance',
    ]);
    expect([draft.coverage, draft.strength]).toEqual([0.9, 0.9]);
  });

  it('names no alternative when the situation meets the condition, only the other one as what serves otherwise', () => {
    const draft = draftFor(catalogue(), 'Do I need the Quillstack session cache with several API instances?');
    expect(draft.text).toMatch(/^Yes, in that case: it is needed when several API instances run\./);
    expect(draft.text).not.toContain('Instead:');
    expect(draft.text).toContain('Otherwise: Embedded cache: Conditional: only for a single API instance.');
  });

  it('is less sure, and says so in coverage and strength, when the verdict hangs on a situation not given', () => {
    const draft = draftFor(catalogue(), 'Do I need the Quillstack embedded cache?');
    expect(draft.text).toMatch(/^No, only conditionally: it is needed only for a single API instance\./);
    expect([draft.coverage, draft.strength]).toEqual([0.75, 0.7]);
  });
});

describe('answerYesNo, read whole: a component not in the variant asked about', () => {
  it('says which variants hold it, citing two of its facts', () => {
    const catalogue = [
      buildAskArchitecture({
        components: [
          buildQuillApiInput(),
          buildComponentInput({
            id: 'failover-proxy',
            name: 'Failover proxy',
            role: 'load-balancer',
            purpose: 'Spreads traffic.',
            variants: ['clustered'],
          }),
        ],
        hosts: [],
      }),
    ];
    const draft = draftFor(catalogue, 'Is the Quillstack failover proxy required?');
    expect(draft.kind).toBe('yes-no');
    expect(draft.text).toBe('No, not in Quillstack (Standard): Failover proxy is part of Clustered (high availability) only.');
    expect(draft.facts).toHaveLength(2);
    expect(draft.facts.every((fact) => fact.component === 'failover-proxy')).toBe(true);
    expect([draft.coverage, draft.strength]).toEqual([0.8, 0.8]);
  });

  it('does not say so when the question names the layout holding it, weighing that layout against the one asked about', () => {
    // Over the real content: the single-container part is missing from the Kubernetes layout the question prefers.
    const answer =
      answerQuestion(
        'For production does Appsmith recommend Kubernetes rather than the single Docker container?',
        loadContentArchitectures(),
      ).answer ?? '';
    expect(answer).not.toMatch(/is part of/);
    expect(answer).toMatch(/^Yes\b/);
  });
});

describe('answerYesNo, read whole: an outage of a component needed at all times', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = () =>
    catalogueWith(
      buildQuillApiInput(),
      buildComponentInput({
        id: 'image-registry',
        name: 'Image registry',
        role: 'container-registry',
        technology: 'OCI registry',
        purpose: 'Holds the images.',
        runtime: { needed: 'always', source: cite },
        notes: [
          { kind: 'option', text: 'A pull-through mirror is optional.', source: cite },
          { kind: 'runtime', text: 'Every pull goes through it.', source: cite },
          { kind: 'limitation', text: 'One registry per cluster.', source: cite },
        ],
      }),
    );

  it('answers no to "does it keep running", with the vendor’s runtime note, citing the first three runtime facts and notes', () => {
    const draft = draftFor(catalogue(), 'If the Quillstack image registry goes down, does Quillstack keep running?');
    expect(draft.kind).toBe('yes-no');
    expect(draft.text).toBe(
      'No. Quillstack (Standard) depends on Image registry at all times. Image registry: Runtime dependency: Every pull goes through it.',
    );
    expect(citedIn(draft)).toEqual([
      'runtime/image-registry: Needed at all times',
      'note/image-registry: Option: A pull-through mirror is optional',
      'note/image-registry: Runtime dependency: Every pull goes through it',
    ]);
    expect([draft.coverage, draft.strength]).toEqual([0.9, 0.9]);
  });

  it('answers yes to "does it go down"', () => {
    expect(draftFor(catalogue(), 'If the Quillstack image registry goes down, does Quillstack stop?').text).toMatch(/^Yes\. /);
  });

  it('reads a survival word in a question that asks what it needs, where the clause names no outcome', () => {
    expect(draftFor(catalogue(), 'Does Quillstack need the image registry to keep running during an outage?').text).toMatch(
      /^No\. Quillstack \(Standard\) depends on Image registry at all times\./,
    );
  });
});

describe('answerYesNo, read whole: a verdict read from the facts', () => {
  /** The strength answerLookup gives the same question, which a verdict keeps or lowers. */
  const lookupStrength = (architectures: Parameters<typeof buildAnswerContext>[0], question: string) =>
    answerLookup(buildAnswerContext(architectures, question)).strength;

  it('keeps the facts in the lookup’s order and its strength when a switch setting’s value decides, adding no purpose to a no', () => {
    const question = 'Is autoscaling enabled by default for the Quillstack API?';
    const draft = draftFor(catalogue, question);
    expect(draft.kind).toBe('yes-no');
    expect(draft.text).toMatch(/^No\. Quillstack \(Standard\): Quill API: api\.autoscaling\.enabled = false \(default\)\./);
    expect(citedIn(draft)).toEqual([
      'setting/quill-api: api.autoscaling.enabled = false (default)',
      'setting/quill-api: api.autoscaling.maxReplicas = 8 (default)',
    ]);
    expect(draft.guessed).toBe(false);
    expect(draft.strength).toBe(lookupStrength(catalogue, question));
  });

  it('marks a verdict read only from negation as guessed, and lowers its strength to 0.85 of the lookup’s', () => {
    const question = 'Does the Quillstack ledger database keep audit records?';
    const draft = draftFor(catalogue, question);
    expect(draft.text).toBe('Yes. Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records.');
    expect(draft.guessed).toBe(true);
    expect(draft.strength).toBeCloseTo(lookupStrength(catalogue, question) * 0.85, 10);
    expect(draft.strength).toBeLessThan(lookupStrength(catalogue, question));
  });

  it('leads with what rules the question out, then the other facts, then the purpose of the part that rules it out', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const architectures = catalogueWith(
      buildQuillApiInput({ purpose: 'Serves sign-ins from any self-hosted machine you run it on.' }),
      buildQuillWorkerInput({
        incompatible: [{ with: 'arm64', text: 'The images are built for x86 only; arm64 processors are not supported.', source: cite }],
      }),
    );
    const draft = draftFor(architectures, 'Can I self-host Quillstack on arm64 machines?');
    expect(draft.text).toBe(
      'No. Quillstack (Standard): Quill worker: Not supported: arm64. The images are built for x86 only; arm64 processors are not supported. Quill worker: Runs jobs.',
    );
    expect(citedIn(draft)).toEqual([
      'incompatibility/quill-worker: Not supported: arm64. The images are built for x86 only; arm64 processors are not supported',
      'purpose/quill-api: Serves sign-ins from any self-hosted machine you run it on.',
      'purpose/quill-worker: Runs jobs.',
    ]);
    expect(draft.guessed).toBe(false);
  });

  it('adds the purpose and then the required setting to a no from an incompatibility, each once', () => {
    const architectures = catalogueWith(buildModeRuledQueueStoreInput());
    const draft = draftFor(architectures, 'Can the Quillstack queue store run on Redis Sentinel or Redis Cluster?');
    expect(draft.text).toBe(
      'No. Quillstack (Standard): Queue store: Not supported: Redis Sentinel. Redis Sentinel is not supported. Queue store: Not supported: Redis Cluster. Redis Cluster mode is not supported. Queue store: Holds the job queues. Queue store: queue mode = standalone (required).',
    );
    expect(citedIn(draft)).toEqual([
      'incompatibility/queue-store: Not supported: Redis Sentinel. Redis Sentinel is not supported',
      'incompatibility/queue-store: Not supported: Redis Cluster. Redis Cluster mode is not supported',
      'purpose/queue-store: Holds the job queues.',
      'setting/queue-store: queue mode = standalone (required)',
    ]);
  });

  it('adds what happens in a situation only when the question opens with it', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const architectures = catalogueWith(
      buildComponentInput({
        id: 'report-builder',
        name: 'Report builder',
        role: 'job-worker',
        technology: 'Quill',
        purpose: 'Builds the monthly reports; when turned off, the API builds them instead.',
        settings: [
          {
            name: 'reportBuilder.enabled',
            value: 'true',
            status: 'default',
            text: 'Set to false to disable the report builder service.',
            source: cite,
          },
        ],
      }),
    );
    const opened = draftFor(architectures, 'If I disable the Quillstack report builder service, do reports stop running?');
    expect(citedIn(opened).at(-1)).toBe(
      'purpose/report-builder: Builds the monthly reports; when turned off, the API builds them instead.',
    );
    expect(opened.text).toMatch(/ Report builder: Builds the monthly reports; when turned off, the API builds them instead\.$/);
    const stated = draftFor(architectures, 'I disable the Quillstack report builder service; do reports stop running?');
    expect(stated.text).not.toContain('when turned off');
  });

  it('answers no when another component does what is asked, citing that one first, at 0.9 of the lookup’s strength', () => {
    const architectures = buildBackends();
    const question = 'Does the Alpha backend run the queries against our databases and APIs in Quillstack?';
    const draft = draftFor(architectures, question);
    expect(draft.kind).toBe('yes-no');
    expect(citedIn(draft)).toEqual([
      'purpose/beta-backend: Runs the queries against databases and APIs.',
      'purpose/alpha-backend: Links the queries to the widgets that show them.',
    ]);
    expect(draft.strength).toBeCloseTo(lookupStrength(architectures, question) * 0.9, 10);
  });
});

describe('answerYesNo, read whole: a technology the product lacks', () => {
  const peer = () =>
    buildArchitecture({
      id: 'tidewell',
      product: 'Tidewell',
      components: [
        buildComponentInput(),
        buildComponentInput({ id: 'broker', name: 'Event broker', role: 'message-broker', technology: 'Kafka' }),
      ],
    });

  it('cites only the list of components when no fact mentions the technology', () => {
    const draft = draftFor([buildAskArchitecture(), peer()], 'Does Quillstack need Kafka?', ['quillstack']);
    expect(draft.kind).toBe('yes-no');
    expect(draft.text).toBe(
      'No: the sources archkb holds for Quillstack (Standard) list no Kafka component. Components of Standard: Quill API (required), Quill worker (conditional), Ledger database (required) and Session cache (optional).',
    );
    expect(citedIn(draft)).toEqual([
      'components/null: Components of Standard: Quill API (required), Quill worker (conditional), Ledger database (required) and Session cache (optional)',
    ]);
    expect([draft.coverage, draft.strength]).toEqual([0.8, 0.7]);
  });

  it('takes no count noun for a missing technology ("a replica set", "a copy"), though a peer names a component by it', () => {
    const withReplica = buildArchitecture({
      id: 'tidewell',
      product: 'Tidewell',
      components: [
        buildComponentInput(),
        buildComponentInput({ id: 'standby-copy', name: 'Standby copy', role: 'relational-database', technology: 'PostgreSQL' }),
      ],
    });
    const draft = draftFor([buildAskArchitecture(), withReplica], 'Does the Quillstack ledger database need a copy?', ['quillstack']);
    expect(draft.text ?? '').not.toMatch(/list no \w+ component/);
  });

  it('says nothing of a missing technology when the question is about more than one product', () => {
    const draft = draftFor([buildAskArchitecture(), peer()], 'Does Quillstack need Kafka?', ['quillstack', 'tidewell']);
    expect(draft.text).not.toMatch(/list no Kafka component/);
  });
});

describe('answerYesNo, read whole: what the sources say of a technology the product rules out', () => {
  it('cites the rule against it first, then at most two notes that mention it, leaving out other rules and notes', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const peer = buildArchitecture({
      id: 'tidewell',
      product: 'Tidewell',
      components: [
        buildComponentInput(),
        buildComponentInput({ id: 'broker', name: 'Event broker', role: 'message-broker', technology: 'Kafka' }),
      ],
    });
    // The ledger comes first, so its rule against another technology would lead if every rule were cited.
    const quillstack = buildAskArchitectureWith([
      buildLedgerInput({ incompatible: [{ with: 'PostgreSQL 12', text: 'PostgreSQL 12 is not supported.', source: cite }] }),
      buildQuillApiInput({
        purpose: 'Serves the sign-in API and queues its own jobs.',
        incompatible: [{ with: 'Kafka alongside the built-in queue', text: 'Quill runs one queue at a time.', source: cite }],
        notes: [
          { kind: 'limitation', text: 'Kafka topics are not read.', source: cite },
          { kind: 'option', text: 'Logs can go anywhere.', source: cite },
          { kind: 'limitation', text: 'No Kafka bridge ships.', source: cite },
          { kind: 'limitation', text: 'Kafka Connect is out of scope.', source: cite },
        ],
      }),
    ]);
    const draft = draftFor([quillstack, peer], 'Does Quillstack need Kafka?', ['quillstack']);
    expect(draft.text).toBe(
      'No: the sources archkb holds for Quillstack (Standard) list no Kafka component. Quill API: Not supported: Kafka alongside the built-in queue. Quill runs one queue at a time. Quill API: Limitation: Kafka topics are not read. Quill API: Limitation: No Kafka bridge ships.',
    );
    expect(citedIn(draft)).toEqual([
      'incompatibility/quill-api: Not supported: Kafka alongside the built-in queue. Quill runs one queue at a time',
      'note/quill-api: Limitation: Kafka topics are not read',
      'note/quill-api: Limitation: No Kafka bridge ships',
    ]);
    // "Is it using T?" and "relying on T" ask what "does it need T?" asks.
    for (const question of ['Is Quillstack using Kafka for its jobs?', 'Is Quillstack relying on Kafka?'])
      expect(draftFor([quillstack, peer], question, ['quillstack']).text).toMatch(
        /^No: the sources archkb holds for Quillstack \(Standard\) list no Kafka component\. Quill API: Not supported: Kafka/,
      );
  });
});

describe('answerYesNo, read whole: another store holds what is asked', () => {
  it('answers no with the store that holds it, then the named store’s own purpose, at 0.9 of the lookup’s strength', () => {
    const architectures = catalogueWith(
      buildQuillApiInput(),
      buildLedgerInput({ purpose: 'PostgreSQL keeps the users of the billing service.' }),
      buildComponentInput({
        id: 'doc-store',
        name: 'Document store',
        role: 'document-database',
        technology: 'MongoDB',
        purpose: 'Keeps the applications, users and queries.',
      }),
    );
    const question = "Are Quillstack's applications, users and queries stored in PostgreSQL?";
    const draft = draftFor(architectures, question);
    expect(draft.kind).toBe('yes-no');
    expect(draft.text).toBe(
      'No. Quillstack (Standard): Document store: Keeps the applications, users and queries. Ledger database: PostgreSQL keeps the users of the billing service.',
    );
    expect(citedIn(draft)).toEqual([
      'purpose/doc-store: Keeps the applications, users and queries.',
      'purpose/ledger-db: PostgreSQL keeps the users of the billing service.',
    ]);
    expect(draft.strength).toBeCloseTo(answerLookup(buildAnswerContext(architectures, question)).strength * 0.9, 10);
  });

  it('answers no when the other store holds every asked word the named one does and one more, even short of two more', () => {
    const architectures = catalogueWith(
      buildQuillApiInput(),
      buildLedgerInput({ purpose: 'PostgreSQL keeps the users and their sessions for billing.' }),
      buildComponentInput({
        id: 'doc-store',
        name: 'Document store',
        role: 'document-database',
        technology: 'MongoDB',
        purpose: 'Keeps the applications and users of the builder.',
      }),
    );
    const draft = draftFor(architectures, 'Does Quillstack keep the applications and users in PostgreSQL?');
    expect(draft.text).toBe(
      'No. Quillstack (Standard): Document store: Keeps the applications and users of the builder. Ledger database: PostgreSQL keeps the users and their sessions for billing.',
    );
  });
});

describe('answerYesNo: two parts of one role named by the word they share', () => {
  const cite = 'authgear-self-managed#deployment-options';
  /** The API with its embedded cache and an external cache needed under the condition given. */
  const cachesWith = (condition: string) =>
    catalogueWith(
      buildQuillApiInput(),
      buildEmbeddedCacheInput(),
      buildSessionCacheInput({
        id: 'shared-cache',
        name: 'External cache',
        purpose: 'A cache outside the API.',
        necessity: { level: 'conditional', condition, source: cite },
      }),
    );
  const architectures = cachesWith('when several API instances run');

  it('answers about the part whose condition the situation meets, not the one whose condition it fails', () => {
    expect(draftFor(architectures, 'We will run several API instances. Do we need a separate cache in that case?').text).toMatch(
      /^Yes, in that case: it is needed when several API instances run\. In Quillstack \(Standard\), External cache is conditional\./,
    );
  });

  it('keeps the part the question names by a word only its name has', () => {
    expect(draftFor(architectures, 'We will run several API instances. Do we need the embedded cache in that case?').text).toMatch(
      /^No: it is needed only for a single API instance\. In Quillstack \(Standard\), Embedded cache is conditional\./,
    );
  });

  it('reads the scene when judging the other part: one whose condition the scene contradicts is not taken (mutation session 36)', () => {
    const unshared = cachesWith('when API instances do not share memory');
    const text = draftFor(unshared, 'We will run several API instances. They share memory. Do we need a separate cache in that case?').text;
    expect(text).toMatch(/^No: it is needed only for a single API instance\. In Quillstack \(Standard\), Embedded cache is conditional\./);
  });

  it('turns only to a part of the same role whose condition the situation meets (mutation session 36)', () => {
    // The worker meets the same condition but is no cache; the disk cache is a cache with no condition.
    const crowded = catalogueWith(
      buildQuillApiInput(),
      buildQuillWorkerInput({ necessity: { level: 'conditional', condition: 'when several API instances run', source: cite } }),
      buildEmbeddedCacheInput(),
      buildSessionCacheInput({ id: 'disk-cache', name: 'Disk cache', purpose: 'A cache on local disks.' }),
      buildSessionCacheInput({
        id: 'shared-cache',
        name: 'External cache',
        purpose: 'A cache outside the API.',
        necessity: { level: 'conditional', condition: 'when several API instances run', source: cite },
      }),
    );
    expect(draftFor(crowded, 'We will run several API instances. Do we need a separate cache in that case?').text).toMatch(
      /^Yes, in that case: it is needed when several API instances run\. In Quillstack \(Standard\), External cache is conditional\./,
    );
  });

  it('keeps the part the question names by any one of the words only its name has (mutation session 36)', () => {
    const local = catalogueWith(
      buildQuillApiInput(),
      { ...buildEmbeddedCacheInput(), name: 'Embedded local cache' },
      buildSessionCacheInput({
        id: 'shared-cache',
        name: 'External cache',
        necessity: { level: 'conditional', condition: 'when several API instances run', source: cite },
      }),
    );
    expect(draftFor(local, 'We will run several API instances. Do we need the embedded cache in that case?').text).toMatch(
      /^No: it is needed only for a single API instance\. In Quillstack \(Standard\), Embedded local cache is conditional\./,
    );
  });
});

describe('answerYesNo: what is kept "in" a store is held by another part of the same kind', () => {
  const dataCache = buildSessionCacheInput({
    id: 'data-cache',
    name: 'Data cache',
    purpose: 'Keeps hot data and user sessions for the API.',
  });

  it('answers from the named store when the part holding one asked word more is no store', () => {
    const architectures = catalogueWith(
      buildQuillApiInput({ role: 'identity-provider', purpose: 'Issues the tokens behind user logins and keeps track of their sessions.' }),
      dataCache,
    );
    const draft = draftFor(architectures, 'Does Quillstack keep user login sessions in Redis?');
    expect(draft.text).toBe(
      'Yes. Quillstack (Standard): Data cache: Keeps hot data and user sessions for the API. Quill API: Issues the tokens behind user logins and keeps track of their sessions.',
    );
  });

  it('still names another store that holds one asked word more', () => {
    const architectures = catalogueWith(
      buildQuillApiInput(),
      dataCache,
      buildComponentInput({ id: 'doc-store', name: 'Document store', role: 'document-database', purpose: 'Keeps user login sessions.' }),
    );
    expect(draftFor(architectures, 'Does Quillstack keep user login sessions in Redis?').text).toBe(
      'No. Quillstack (Standard): Document store: Keeps user login sessions. Data cache: Keeps hot data and user sessions for the API.',
    );
  });

  it('reads the store after "in its" or "in our" as where the question puts the thing kept', () => {
    const architectures = catalogueWith(
      buildQuillApiInput(),
      buildSessionCacheInput({ id: 'data-cache', name: 'Data cache', purpose: 'Keeps user session data when sign-in uses SAML.' }),
      buildComponentInput({
        id: 'doc-store',
        name: 'Document store',
        role: 'document-database',
        purpose: 'The main persistent store: user records, the apps being built and the queries they run.',
      }),
    );
    for (const question of [
      'Quillstack holds the apps people make in its Redis, right?',
      'Does Quillstack hold the apps people make in our Redis?',
    ])
      expect(draftFor(architectures, question).text).toMatch(/^No\. Quillstack \(Standard\): Document store: The main persistent store: /);
  });

  describe('compares the kinds of the part named and of each part that might hold it (mutation session 36)', () => {
    const identity = buildQuillApiInput({
      role: 'identity-provider',
      purpose: 'Issues the tokens behind user logins and keeps track of their sessions.',
    });
    const yes =
      'Yes. Quillstack (Standard): Data cache: Keeps hot data and user sessions for the API. Quill API: Issues the tokens behind user logins and keeps track of their sessions.';

    it('each by its own id, whatever part is listed first', () => {
      const architectures = catalogueWith(buildQuillWorkerInput(), identity, dataCache);
      expect(draftFor(architectures, 'Does Quillstack keep user login sessions in Redis?').text).toBe(yes);
    });

    it('passing over a part of another product in scope', () => {
      const canvas = buildCanvasInput({ purpose: 'Keeps user login sessions and hot data for apps.' });
      const architectures = [buildAskArchitectureWith([identity, dataCache]), buildLanternpad({ components: [canvas] })];
      expect(draftFor(architectures, 'Does Quillstack keep user login sessions in Redis?').text).toBe(
        `${yes} Lanternpad: Canvas service: Keeps user login sessions and hot data for apps.`,
      );
    });
  });
});

describe('answerYesNo, read whole: a threshold and the situation asked about', () => {
  const searchy = () => [buildSearchy()];

  it('cites the necessity, the threshold of the load asked and the purpose, in that order', () => {
    const draft = draftFor(searchy(), 'Is the search index needed for Searchy with 50,000 users?');
    expect(citedIn(draft)).toEqual([
      'necessity/search-index: Optional',
      'threshold/search-index: Above 10,000 users, recommended: Recommended above 10,000 users',
      'purpose/search-index: Speeds up user search.',
    ]);
    expect([draft.coverage, draft.strength]).toEqual([0.75, 0.7]);
  });

  it('neither cites nor writes the threshold when the question gives no load', () => {
    const draft = draftFor(searchy(), 'Is the search index needed for Searchy?');
    expect(draft.text).toBe('No: it is optional. In Searchy, Search index is optional. Search index: Speeds up user search.');
    expect(citedIn(draft)).toEqual(['necessity/search-index: Optional', 'purpose/search-index: Speeds up user search.']);
  });
});

describe('answerYesNo, read whole: a situation in other words than the condition', () => {
  it('answers the necessity of a conditional component when the question shares two words of its condition, whatever else it says', () => {
    // "several" and "instances" are words of the worker's condition; "proxy" is explained by none of its facts.
    const draft = draftFor(catalogue, 'Is the Quillstack worker required with several instances behind a proxy?');
    expect(draft.text).toMatch(
      /^Yes, in that case: it is needed when several API instances run\. In Quillstack \(Standard\), Quill worker is conditional\./,
    );
  });

  it('leaves a question with one word of the condition and a word no fact explains to the facts', () => {
    const draft = draftFor(catalogue, 'Is the Quillstack worker required with several replicas behind a proxy?');
    expect(draft.text).not.toMatch(/^Yes, in that case/);
  });
});

describe('answerYesNo, read whole: the other half of a failed condition', () => {
  it('names only a component of the same role as what serves instead', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const architectures = catalogueWith(
      buildQuillApiInput(),
      // Listed first, of another role, with the condition the situation meets: not an alternative to a cache.
      buildComponentInput({
        id: 'single-runner',
        name: 'Single runner',
        role: 'job-worker',
        purpose: 'Runs jobs in one process.',
        necessity: { level: 'conditional', condition: 'only for a single API instance', source: cite },
      }),
      ...buildCacheSiblings(cite),
    );
    const draft = draftFor(architectures, 'Do I need the Quillstack session cache with a single API instance?');
    expect(draft.text).toMatch(/ Instead: Embedded cache: Conditional: only for a single API instance\.$/);
    expect(citedIn(draft).at(-1)).toBe('necessity/embedded-cache: Conditional: only for a single API instance');
  });

  it('names as the alternative only a component whose condition the situation meets, and none when the asked one’s holds', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const architectures = catalogueWith(
      buildQuillApiInput(),
      buildSessionCacheInput({
        purpose: 'Keeps sign-in sessions outside the API.',
        necessity: { level: 'conditional', condition: 'when several API instances run', source: cite },
      }),
      // Listed before the embedded cache, of the same role, with the condition a single instance fails.
      buildComponentInput({
        id: 'shared-cache',
        name: 'Shared cache',
        role: 'cache',
        purpose: 'A cache the API instances share.',
        necessity: { level: 'conditional', condition: 'when several API instances run', source: cite },
      }),
      // The same embedded cache as the siblings' second.
      buildCacheSiblings(cite)[1]!,
    );
    expect(draftFor(architectures, 'Do I need the Quillstack session cache with a single API instance?').text).toMatch(
      / Instead: Embedded cache: Conditional: only for a single API instance\.$/,
    );
    const met = draftFor(architectures, 'Do I need the Quillstack session cache with several API instances?');
    expect(met.text).toMatch(/^Yes, in that case: it is needed when several API instances run\./);
    expect(met.text).not.toContain('Instead:');
  });
});

describe('answerYesNo, read whole: what an incompatibility rules out, and what it does not', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const queueStore = () =>
    catalogueWith(
      buildQueueStoreInput({
        incompatible: [
          { with: 'Redis Sentinel', text: 'Redis Sentinel is not supported.', source: cite },
          { with: 'Redis Cluster', text: 'Redis Cluster mode is not supported.', source: cite },
        ],
        settings: [
          // Required too, but shares only a function word ("is") with what is not supported.
          { name: 'queue.password', value: 'set', status: 'required', text: 'The password is kept in a secret.', source: cite },
          { name: 'queue mode', value: 'standalone', status: 'required', source: cite },
        ],
      }),
    );

  it('opens with only the rule that names what is asked, citing the other rule after it', () => {
    const draft = draftFor(queueStore(), 'Can the Quillstack queue store run on Redis Sentinel?');
    expect(draft.text).toBe(
      'No. Quillstack (Standard): Queue store: Not supported: Redis Sentinel. Redis Sentinel is not supported. Queue store: Holds the job queues. Queue store: queue mode = standalone (required).',
    );
    expect(citedIn(draft).slice(0, 2)).toEqual([
      'incompatibility/queue-store: Not supported: Redis Sentinel. Redis Sentinel is not supported',
      'incompatibility/queue-store: Not supported: Redis Cluster. Redis Cluster mode is not supported',
    ]);
    expect(draft.guessed).toBe(false);
  });

  it('adds the purpose and the required setting to a "yes" that agrees something is ruled out ("can\'t …, right?")', () => {
    const draft = draftFor(queueStore(), "The Quillstack queue store can't use Redis Sentinel or Redis Cluster, right?");
    expect(draft.text).toMatch(/^Yes\. /);
    expect(draft.text).toContain('Queue store: Holds the job queues.');
    expect(draft.text).toContain('Queue store: queue mode = standalone (required).');
  });

  it('adds the required setting whose word only another incompatibility of the component holds', () => {
    // "mode" is in the sharding rule only, which a question about Sentinel does not cite; the required mode still answers.
    const architectures = catalogueWith(
      buildQueueStoreInput({
        incompatible: [
          { with: 'Sentinel', text: 'Sentinel failover is not available.', source: cite },
          { with: 'Sharded mode', text: 'Sharded mode cannot be used.', source: cite },
        ],
        settings: [{ name: 'queue mode', value: 'standalone', status: 'required', source: cite }],
      }),
    );
    const draft = draftFor(architectures, 'We run Sentinel. Can the Quillstack queue store use it?');
    expect(draft.text).toBe(
      'No. Quillstack (Standard): Queue store: Not supported: Sentinel. Sentinel failover is not available. Queue store: Holds the job queues. Queue store: queue mode = standalone (required).',
    );
    expect(citedIn(draft)).toEqual([
      'incompatibility/queue-store: Not supported: Sentinel. Sentinel failover is not available',
      'purpose/queue-store: Holds the job queues.',
      'setting/queue-store: queue mode = standalone (required)',
    ]);
  });

  it('adds the purpose and the required setting to a yes that confirms the rule, as to a no that applies it', () => {
    const draft = draftFor(queueStore(), 'Is it true that the Quillstack queue store does not support Redis Cluster?');
    expect(draft.text).toMatch(/^Yes\. Quillstack \(Standard\): Queue store: Not supported: Redis Cluster\./);
    expect(draft.text).toContain('Queue store: Holds the job queues.');
    expect(draft.text).toContain('Queue store: queue mode = standalone (required).');
  });

  it('adds no required setting to a "yes" whose deciding fact is no incompatibility, though its part has one', () => {
    // The mode setting shares "mode" with the Cluster rule: only a ruled-out answer brings it in.
    const draft = draftFor(queueStore(), 'Does the Quillstack queue store need a password?');
    expect(draft.text).toBe(
      'Yes. Quillstack (Standard): Queue store: queue.password = set (required): The password is kept in a secret. Queue store: Holds the job queues.',
    );
    expect(citedIn(draft)).toEqual([
      'setting/queue-store: queue.password = set (required): The password is kept in a secret',
      'purpose/queue-store: Holds the job queues.',
    ]);
  });

  it('ignores function words in what is ruled out: "the arm64 build" is ruled out by a question that names an arm64 build', () => {
    const architectures = catalogueWith(
      buildQuillApiInput({ purpose: 'Serves sign-ins from any self-hosted machine you run it on.' }),
      buildQuillWorkerInput({ incompatible: [{ with: 'the arm64 build', text: 'The images are built for x86 only.', source: cite }] }),
    );
    const draft = draftFor(architectures, 'Can I self-host Quillstack on an arm64 build?');
    expect(draft.text).toMatch(
      /^No\. Quillstack \(Standard\): Quill worker: Not supported: the arm64 build\. The images are built for x86 only\./,
    );
    expect(draft.guessed).toBe(false);
  });

  it('answers a version the rule against another one speaks of by that clause: "V1 is not supported; v2 is"', () => {
    const architectures = catalogueWith(
      buildQuillApiInput({
        incompatible: [{ with: 'Quill CLI V1', text: 'The Quill CLI V1 is not supported; Quill CLI v2 is.', source: cite }],
      }),
    );
    const supported = draftFor(architectures, 'Does Quillstack support the Quill CLI v2?');
    expect(supported.text).toMatch(/^Yes\. /);
    expect(supported.guessed).toBe(false);
    expect(draftFor(architectures, 'Is Quill CLI v2 not supported by Quillstack?').text).toMatch(/^No\. /);
    expect(draftFor(architectures, 'Does Quillstack support the Quill CLI v1?').text).toMatch(/^No\. /);
  });

  it('reads a rule against another version than the one asked as no rule at all: the version asked is unstated', () => {
    const draft = draftFor(catalogue, 'Does Quillstack support PostgreSQL 13?');
    expect(draft.text).toBeNull();
    expect(draft.declined).toBe(
      'The vendor documents archkb holds for Quillstack state nothing of PostgreSQL 13; they rule out only PostgreSQL 12.',
    );
  });
});

describe('answerYesNo, read whole: a note on the whole variant decides for its parts', () => {
  it('answers from the variant summary with a clear rule when a component’s own fact leads with none', () => {
    const architectures = [
      buildAskArchitectureWith([buildQuillApiInput({ purpose: 'Serves the sign-in API and writes debug logs.' })], {
        variants: [
          {
            id: 'standard',
            name: 'Standard',
            summary: 'One API; debug logs are off by default.',
            source: 'authgear-self-managed#introduction',
          },
        ],
      }),
    ];
    const draft = draftFor(architectures, 'Does the Quillstack API write debug logs, enabled by default?');
    expect(draft.text).toBe(
      'No. Quillstack: Quill API: Serves the sign-in API and writes debug logs. One API; debug logs are off by default.',
    );
    expect(citedIn(draft)).toEqual([
      'summary/null: One API; debug logs are off by default.',
      'purpose/quill-api: Serves the sign-in API and writes debug logs.',
    ]);
    expect(draft.guessed).toBe(false);
  });

  it('answers from a variant note with a clear rule when a component’s own fact leads with none', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const architectures = [
      buildAskArchitectureWith([buildQuillApiInput({ purpose: 'Serves the sign-in API and writes debug logs.' })], {
        variants: [
          {
            id: 'standard',
            name: 'Standard',
            summary: 'One API.',
            source: 'authgear-self-managed#introduction',
            notes: [{ kind: 'option', text: 'Debug logs are off by default.', source: cite }],
          },
        ],
      }),
    ];
    const draft = draftFor(architectures, 'Does the Quillstack API write debug logs, enabled by default?');
    expect(draft.text).toBe(
      'No. Quillstack: Quill API: Serves the sign-in API and writes debug logs. Option: Debug logs are off by default.',
    );
    expect(citedIn(draft)).toEqual([
      'note/null: Option: Debug logs are off by default',
      'purpose/quill-api: Serves the sign-in API and writes debug logs.',
    ]);
    expect(draft.guessed).toBe(false);
  });
});

describe('answerYesNo, read whole: which other component does what is asked', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const backend = (id: string, name: string, purpose: string, overrides: Parameters<typeof buildComponentInput>[0] = {}) =>
    buildComponentInput({ id, name, role: 'application-service', technology: 'Quill', purpose, source: cite, ...overrides });
  const backends = () =>
    catalogueWith(
      backend('alpha-backend', 'Alpha backend', 'Links the queries to the widgets that show them.'),
      // Listed before Beta: a purpose with fewer of the asked words, and a note with as many as Beta's purpose.
      backend('gamma-backend', 'Gamma backend', 'Caches the queries.', {
        notes: [{ kind: 'option', text: 'Runs the queries against databases and APIs and files.', source: cite }],
      }),
      backend('beta-backend', 'Beta backend', 'Runs the queries against databases and APIs.'),
      // Says more of what is asked than Beta, but only in the other variant.
      backend('delta-backend', 'Delta backend', 'Runs the queries against databases, APIs and files.', { variants: ['clustered'] }),
    );
  /** The answer handing the question to Beta. */
  const byBeta =
    'No. Quillstack (Standard): Beta backend: Runs the queries against databases and APIs. Alpha backend: Links the queries to the widgets that show them.';

  it('names the purpose, in the variant asked about, that holds the most asked words, whatever its place in the list', () => {
    const draft = draftFor(backends(), 'Does the Alpha backend run the queries against our databases and APIs in Quillstack?');
    expect(draft.text).toBe(byBeta);
    expect(citedIn(draft)).toEqual([
      'purpose/beta-backend: Runs the queries against databases and APIs.',
      'purpose/alpha-backend: Links the queries to the widgets that show them.',
    ]);
  });

  it('hands the question over when the other purpose holds exactly two asked words more', () => {
    // Asked: run, queries, databases; Alpha's purpose holds "queries", Beta's all three.
    expect(draftFor(backends(), 'Does the Alpha backend run the queries against databases?').text).toBe(byBeta);
  });

  it('reads the component as the subject past the product’s name, possessive or not', () => {
    expect(draftFor(backends(), "Does Quillstack's Alpha backend run the queries against databases?").text).toBe(byBeta);
    expect(draftFor(backends(), 'Does the Quillstack Alpha backend run the queries against databases?').text).toBe(byBeta);
  });

  it('keeps the question when the other purpose lacks an asked word the named component’s purpose has', () => {
    // Alpha's purpose holds "link" and "queries"; Beta's holds four asked words but not "link".
    expect(draftFor(backends(), 'Does the Alpha backend link and run the queries against databases and APIs?').text).not.toBe(byBeta);
  });

  it('keeps the question when the component is not its subject, or when it asks whether the component is needed', () => {
    expect(
      draftFor(backends(), 'Can I run the queries against our databases and APIs with the Alpha backend in Quillstack?').text,
    ).not.toMatch(/^No\b/);
    expect(
      draftFor(backends(), 'Do I need the Alpha backend to run the queries against our databases and APIs in Quillstack?').text,
    ).not.toMatch(/^No\b/);
  });

  it('reads the subject in the question after the asker’s situation, not in the situation', () => {
    // The situation's subject is the asker's own backend; "can we run …" names no component as its subject.
    expect(
      draftFor(backends(), 'Our Alpha backend is slow, can we run the queries against databases and APIs in Quillstack?').text,
    ).not.toMatch(/^No\b/);
    expect(draftFor(backends(), 'Our databases are slow, does the Alpha backend run the queries against databases?').text).toBe(byBeta);
  });
});

describe('answerYesNo, read whole: "zero downtime" against what the facts say of downtime', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const withNote = (text: string) => catalogueWith(buildAlphaBackendInput({ notes: [{ kind: 'limitation', text, source: cite }] }));

  it('says no where downtime remains possible, and yes where the facts say none is needed', () => {
    const question = 'Across three zones, does the Quillstack alpha backend get us zero downtime upgrades?';
    expect(answerQuestion(question, withNote('Downtime remains possible while upgrades of the backend roll out.')).answer).toMatch(/^No\b/);
    expect(answerQuestion(question, withNote('Upgrades of the backend need no downtime.')).answer).toMatch(/^Yes\b/);
  });
});

describe('answerYesNo, read whole: nothing to answer from', () => {
  it('writes no verdict when no fact bears on the question', () => {
    const draft = draftFor(catalogue, 'Is Quillstack open source?');
    expect(draft).toMatchObject({ kind: 'yes-no', text: null, facts: [] });
  });

  it('writes no verdict over facts that hold no figure when the question also asks for one', () => {
    const draft = draftFor(catalogue, 'Does the Quillstack session cache keep sessions, and how many does it keep?');
    expect(draft.kind).toBe('yes-no');
    expect(draft.text).toBeNull();
    expect(draft.facts.length).toBeGreaterThan(0);
  });
});

describe('answerYesNo, read whole: outages and variants, further cases', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const relay = () =>
    catalogueWith(
      buildQuillApiInput(),
      buildComponentInput({
        id: 'mail-relay',
        name: 'Mail relay',
        role: 'email-sms-gateway',
        technology: 'SMTP',
        purpose: 'Sends mail.',
        runtime: { needed: 'startup-only', source: cite },
      }),
      buildSessionCacheInput({ purpose: 'Keeps sign-in sessions.' }),
    );

  it('ends the outage verdict at its own sentence when the vendor adds no words on when the part is needed', () => {
    expect(draftFor(relay(), 'If the Quillstack mail relay goes down, does Quillstack keep running?').text).toBe(
      'Yes. Quillstack (Standard) continues to run through an outage of Mail relay; it needs Mail relay only when containers or services start or restart.',
    );
  });

  it('answers an outage of a part that states no runtime need from the facts', () => {
    const draft = draftFor(relay(), 'If the Quillstack session cache goes down, does Quillstack keep running?');
    expect(draft.kind).toBe('yes-no');
    expect(draft.text).not.toContain('outage of');
  });

  it('lists every variant that holds a part the asked variant lacks', () => {
    const intro = 'authgear-self-managed#introduction';
    const architectures = [
      buildAskArchitecture({
        hosts: [],
        variants: [
          { id: 'standard', name: 'Standard', summary: 'One API.', source: intro },
          { id: 'clustered', name: 'Clustered', summary: 'Several APIs.', source: intro },
          { id: 'edge', name: 'Edge', summary: 'APIs at the edge.', source: intro },
        ],
        components: [
          buildQuillApiInput(),
          buildComponentInput({
            id: 'failover-proxy',
            name: 'Failover proxy',
            role: 'load-balancer',
            purpose: 'Spreads traffic.',
            variants: ['clustered', 'edge'],
          }),
        ],
      }),
    ];
    expect(draftFor(architectures, 'Is the Quillstack failover proxy required?').text).toBe(
      'No, not in Quillstack (Standard): Failover proxy is part of Clustered, Edge only.',
    );
  });

  it('does not call a technology missing that only a note mentions, when the question asks what it depends on', () => {
    const peer = buildArchitecture({
      id: 'tidewell',
      product: 'Tidewell',
      components: [
        buildComponentInput(),
        buildComponentInput({ id: 'broker', name: 'Event broker', role: 'message-broker', technology: 'Kafka' }),
      ],
    });
    const noted = buildAskArchitectureWith([
      buildQuillApiInput({
        purpose: 'Serves the sign-in API and queues its own jobs.',
        notes: [{ kind: 'option', text: 'Kafka topics can receive its audit events.', source: cite }],
      }),
    ]);
    expect(draftFor([noted, peer], 'Does Quillstack depend on Kafka?', ['quillstack']).text).not.toMatch(/list no Kafka component/);
  });
});

describe('answerYesNo, read whole: what a no from a rule adds', () => {
  it('does not add the purpose again when the lookup already cites it', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const architectures = catalogueWith(
      buildQueueStoreInput({
        incompatible: [{ with: 'Redis Sentinel', text: 'Redis Sentinel is not supported.', source: cite }],
      }),
    );
    const draft = draftFor(architectures, 'Can the Quillstack queue store, which holds the job queues, run on Redis Sentinel?');
    expect(draft.text).toBe('No. Quillstack (Standard): Queue store: Not supported: Redis Sentinel. Redis Sentinel is not supported.');
    expect(citedIn(draft)).toEqual([
      'incompatibility/queue-store: Not supported: Redis Sentinel. Redis Sentinel is not supported',
      'purpose/queue-store: Holds the job queues.',
    ]);
  });

  it('leaves a question about another one of a component ("a different session cache") to the facts, not its necessity', () => {
    expect(draftFor(catalogue, 'Is a different session cache required for Quillstack?').text).toMatch(
      /^No\. Quillstack \(Standard\): Session cache: Optional\./,
    );
  });
});

describe('answerYesNo: a question that asks for the conditional level by name', () => {
  const catalogue = [buildAskArchitecture()];

  it('answers "is X conditional?" by the level, not by whether X is needed', () => {
    expect(answerQuestion('Is the Quillstack worker conditional?', catalogue).answer).toMatch(
      /^Yes: it is needed when several API instances run\. In Quillstack \(Standard\), Quill worker is conditional\./,
    );
    expect(answerQuestion('Is the Quillstack ledger database conditional?', catalogue).answer).toMatch(
      /^No: it is required\. In Quillstack \(Standard\), Ledger database is required\./,
    );
    // Asked whether it is needed, the conditional worker is still "only conditionally".
    expect(answerQuestion('Is the Quillstack worker required?', catalogue).answer).toMatch(/^No, only conditionally: /);
  });
});

describe('answerYesNo: a question of several sentences', () => {
  it('answers by what the asking sentence asks of the scene before it, not by the fact that best matches the scene', () => {
    const cite = 'authgear-self-managed#introduction';
    const boxstack = buildArchitecture({
      id: 'boxstack',
      product: 'Boxstack',
      vendor: 'Box Co.',
      category: 'internal-tools',
      variants: [
        {
          id: 'single-box',
          name: 'Single box',
          summary:
            'The whole product in one container that keeps its data on one volume. The vendor recommends the cluster layout, not this, for production.',
          source: cite,
        },
      ],
      components: [
        buildComponentInput({
          id: 'box',
          name: 'Box container',
          role: 'application-service',
          purpose: 'Runs the whole product as one container with one volume for its data.',
        }),
      ],
    });
    const answer = answerQuestion('Boxstack runs as one container with a volume. Is that what the vendor recommends for production?', [
      boxstack,
    ]);
    expect(answer.answer).toMatch(/^No\. /);
    expect(answer.answer).toContain('The vendor recommends the cluster layout, not this, for production.');
  });
});

describe('answerYesNo: a fact of another subject ranked level with the lead', () => {
  const cite = 'authgear-self-managed#introduction';
  const question = 'Can Quillstack be updated to a newer version without taking it down?';
  const architectures = [
    buildAskArchitectureWith([
      // The ledger's note speaks of taking it down, so it can judge the question's "without taking it down".
      buildLedgerInput({ notes: [{ kind: 'info', text: 'Needs a newer version; its updates take it down.', source: cite }] }),
      buildQuillApiInput({
        notes: [{ kind: 'high-availability', text: 'Updates need no downtime: the new version runs beside the old.', source: cite }],
      }),
    ]),
  ];
  /** The draft when the ledger's note leads and the API's note scores `ratio` of it. */
  const draftAt = (ratio: number) => {
    const context = buildAnswerContext(architectures, question);
    const ranked = context.ranked();
    const ledger = ranked.find((entry) => entry.fact.component === 'ledger-db');
    const api = ranked.find((entry) => entry.fact.component === 'quill-api' && entry.fact.attribute === 'note');
    if (!ledger || !api) throw new Error('The fixture lost its two notes.');
    const rest = ranked.filter((entry) => entry !== ledger && entry !== api);
    return answerYesNo({ ...context, ranked: () => [{ ...ledger, score: 5 }, { ...api, score: 5 * ratio }, ...rest] });
  };

  it('lets it decide by the question’s words when no clear rule does and it ranks within 5 % of the lead', () => {
    expect(draftAt(0.97).text).toMatch(/^Yes\. /);
  });

  it('leaves the lead to decide when the other fact ranks further below', () => {
    expect(draftAt(0.9).text).toMatch(/^No\. /);
  });
});

describe('answerYesNo: the rule behind the verdict', () => {
  it('adds a requirement of the deciding part that gives the same verdict, which the lookup alone leaves out', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const withNote = (text: string) =>
      catalogueWith(
        buildComponentInput({
          id: 'tally-store',
          name: 'Tally store',
          role: 'relational-database',
          technology: 'Quill',
          purpose: 'Holds two schemas that must have different names: one for accounts and one for reports.',
          notes: [{ kind: 'requirement', text, source: cite }],
          source: cite,
        }),
      );
    const question = 'Can the two Quillstack tally store schemas share the same name?';
    const agreeing = answerQuestion(question, withNote('Names of the two schemas must be different, else the start fails.'));
    expect(agreeing.answer).toMatch(/^No\b/);
    expect(agreeing.answer).toContain('Names of the two schemas must be different, else the start fails.');
  });
});

describe('answerYesNo: a figure offered to be confirmed, and a word shared with a part elsewhere', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({
        purpose: 'Serves the sign-in API.',
        limits: [{ resource: 'vcpu', times: 2.5, text: 'CPU limit: the request plus 150% head-room, for load spikes.', source: cite }],
      }),
      buildComponentInput({
        id: 'edge-lb',
        name: 'Edge load balancer',
        role: 'load-balancer',
        technology: 'HAProxy',
        purpose: 'Spreads traffic over the API nodes.',
        variants: ['clustered'],
      }),
    ]),
  ];

  it('says no to a remembered figure the facts state otherwise, and answers from the fact, not from a part only "load" names', () => {
    expect(
      answerQuestion('I remember the Quillstack guide saying to keep 100% extra CPU headroom for load spikes. Is that right?', catalogue)
        .answer,
    ).toBe('No. Quillstack (Standard): Quill API: CPU limit: the request plus 150% head-room, for load spikes.');
    expect(
      answerQuestion('I remember the Quillstack guide saying to keep 150% extra CPU headroom. Is that right?', catalogue).answer,
    ).toMatch(/^Yes\. .*150% head-room/);
  });

  it('still says a part the question names is in another variant only', () => {
    expect(answerQuestion('Does standard Quillstack have an edge load balancer?', catalogue).answer).toBe(
      'No, not in Quillstack (Standard): Edge load balancer is part of Clustered (high availability) only.',
    );
  });
});

describe('answerYesNo: a remembered maximum put as a statement and a lone "Correct?"', () => {
  it('says no when the figure offered is the default and the maximum is another, giving both', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const catalogue = [
      buildAskArchitectureWith([
        buildLedgerInput({
          purpose: 'Keeps accounts.',
          settings: [
            { name: 'ledger size', value: '2 GB', status: 'default', source: cite },
            {
              name: 'ledger size (recommended maximum)',
              value: '8 GB',
              status: 'recommended',
              text: 'Going past it slows the ledger.',
              source: cite,
            },
          ],
        }),
      ]),
    ];
    const answer = answerQuestion('Someone told me the ledger size tops out at 2 GB on Quillstack. Correct?', catalogue).answer ?? '';
    expect(answer).toMatch(/^No\. /);
    expect(answer).toContain('ledger size (recommended maximum) = 8 GB');
  });
});

describe('answerYesNo: asking whether something is ruled out', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = () => [
    buildAskArchitectureWith([
      buildQueueStoreInput({
        incompatible: [{ with: 'Redis Cluster', text: 'Redis Cluster mode is not supported.', source: cite }],
        settings: [{ name: 'queue mode', value: 'standalone', status: 'required', source: cite }],
      }),
    ]),
  ];

  it('says yes when the question asks whether the rule holds ("ruled out", "incompatible"), no when it asks whether it may be used', () => {
    for (const question of [
      'Is Redis Cluster ruled out for the Quillstack queue store?',
      'Is the Quillstack queue store incompatible with Redis Cluster?',
    ])
      expect(answerQuestion(question, catalogue()).answer).toMatch(
        /^Yes\. Quillstack \(Standard\): Queue store: Not supported: Redis Cluster\./,
      );
    expect(answerQuestion('Can the Quillstack queue store run on Redis Cluster?', catalogue()).answer).toMatch(
      /^No\. Quillstack \(Standard\): Queue store: Not supported: Redis Cluster\./,
    );
  });
});

describe('answerYesNo: a part named by one word of its name, and a rule asked to be confirmed', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
      buildComponentInput({
        id: 'edge-pool',
        name: 'Quillstack edge pool',
        role: 'load-balancer',
        technology: 'HAProxy',
        purpose: 'Spreads traffic.',
        variants: ['clustered'],
      }),
      buildLedgerInput({ incompatible: [{ with: 'PostgreSQL 12', text: 'PostgreSQL 12 is not supported.', source: cite }] }),
    ]),
  ];

  it('says a part is in another variant only when the question names more than half of its own words', () => {
    const absent = /Quillstack edge pool is part of Clustered \(high availability\) only/;
    expect(answerQuestion('Does standard Quillstack have an edge pool?', catalogue).answer).toMatch(absent);
    // "Quillstack" is the product's name, not a word of the part's own: "edge" alone is half of "edge pool".
    expect(answerQuestion('Does standard Quillstack have an edge?', catalogue).answer).not.toMatch(absent);
  });

  it('answers a rule asked to be confirmed ("ruled out, right?") from the rule, with no figure to judge', () => {
    expect(answerQuestion('Is PostgreSQL 12 ruled out for the Quillstack ledger, right?', catalogue).answer).toMatch(
      /^Yes\. Quillstack \(Standard\): Ledger database: Not supported: PostgreSQL 12\./,
    );
  });
});

describe('answerYesNo: a remembered figure judged by the fact nearest the question, each word counted once', () => {
  it("confirms a right maximum though the default fact repeats the question's words", () => {
    const cite = 'authgear-self-managed#resources-reference';
    const catalogue = [
      buildAskArchitectureWith([
        buildLedgerInput({
          purpose: 'Keeps accounts.',
          settings: [
            {
              name: 'ledger size',
              value: '2 GB',
              status: 'default',
              text: 'The ledger size starts at 2 GB; ledger size grows with use.',
              source: cite,
            },
            { name: 'ledger size (recommended maximum)', value: '8 GB', status: 'recommended', source: cite },
          ],
        }),
      ]),
    ];
    expect(answerQuestion('I remember the Quillstack ledger size maximum is 8 GB, correct?', catalogue).answer).toMatch(
      /^Yes\. Quillstack \(Standard\): Ledger database: ledger size \(recommended maximum\) = 8 GB/,
    );
  });
});

describe('answerYesNo: "can we use X" of what a required part rules out', () => {
  it('answers from the rule, not from whether the part is needed', () => {
    for (const question of ['Quillstack can use PostgreSQL 12 for the ledger, right?', 'Can Quillstack use PostgreSQL 12?'])
      expect(answerQuestion(question, [buildAskArchitecture()]).answer).toMatch(
        /^No\. Quillstack \(Standard\): Ledger database: Not supported: PostgreSQL 12\. PostgreSQL 12 is not supported\./,
      );
    // A question that names nothing ruled out still asks whether the part is needed.
    expect(answerQuestion('Does Quillstack need the ledger?', [buildAskArchitecture()]).answer).toMatch(/^Yes: it is required\./);
  });
});

describe('answerYesNo: claims of "always", "only" and "several", and a part named by its group', () => {
  it('denies that a part needed under a condition is needed always, and gives no plain yes when the situation meets it', () => {
    expect(ask('Must Quillstack always run the Quill worker?').answer).toMatch(/^No: it is needed only when several API instances run\./);
    expect(ask('With several API instances running, must Quillstack always have the Quill worker?').answer).toMatch(
      /^Only in that case: it is needed when several API instances run\./,
    );
    expect(ask('With several API instances running, must Quillstack have the Quill worker?').answer).toMatch(/^Yes, in that case/);
  });

  it('denies that a part does one thing only when its fact names that thing beside another the question leaves out', () => {
    expect(ask('Does the Quillstack ledger database keep only tenants?').answer).toMatch(/^No\./);
    expect(ask('Does the Quillstack ledger database keep tenants?').answer).toMatch(/^Yes\./);
    expect(ask('True or false: the Quillstack ledger database keeps only tenants.').answer).toMatch(/^No\./);
  });

  it('judges "a required part of the <group>" by the part\'s own necessity, the group\'s words explaining where it sits', () => {
    expect(ask("Is the Quill worker a required part of Quillstack's sign-in core?").answer).toMatch(/^No, only conditionally/);
    expect(ask("Is the Quill API a required part of Quillstack's sign-in core?").answer).toMatch(/^Yes: it is required/);
  });
});

describe('answerYesNo: a claim of several against a fact naming one only', () => {
  const runner = catalogueWith(
    buildQuillApiInput(),
    buildComponentInput({
      id: 'quill-runner',
      name: 'Quill runner',
      role: 'job-worker',
      purpose: 'Applies changes to infrastructure; at the moment Frobform is its only provider. The API runs several runners by default.',
      source: 'authgear-self-managed#deployment-options',
    }),
  );
  const askRunner = (question: string) => answerQuestion(question, runner).answer;

  it('says no when the clause naming what is counted says there is one only, and yes where a clause states several', () => {
    expect(askRunner('Can the Quillstack runner drive several providers?')).toMatch(/^No\./);
    expect(askRunner('Can the Quill runner use multiple providers such as Frobform and Blobform?')).toMatch(/^No\./);
    expect(askRunner('Does the Quillstack API run several runners?')).toMatch(/^Yes\./);
  });
});

describe('answerYesNo: a yes from a layout not presented for production', () => {
  const layouts = (production: boolean) => buildOneBoxCatalogue({ production });

  it('says which layout the vendor presents for production', () => {
    const answer = answerQuestion('is it possible to run Quillstack as just one all-in-one box', layouts(true)).answer ?? '';
    expect(answer).toMatch(/^Yes\b/);
    expect(answer).toContain('For production, the vendor presents the Frobshift cluster layout.');
  });

  it('says nothing of production when no layout is presented for it', () => {
    const answer = answerQuestion('is it possible to run Quillstack as just one all-in-one box', layouts(false)).answer ?? '';
    expect(answer).toMatch(/^Yes\b/);
    expect(answer).not.toContain('For production');
  });
});

describe('answerYesNo: when a yes names the production layout (mutation session 35)', () => {
  const layouts = (purpose: string, paired = false, shipper?: { variants?: string[] }) =>
    buildOneBoxCatalogue({ purpose, paired, ...(shipper ? { shipper } : {}) });
  const asked = 'is it possible to run Quillstack as just one all-in-one box';

  it('says nothing of production after a no', () => {
    const answer = answerQuestion(
      'is it possible for us to run Quillstack without the all-in-one box',
      layouts('Runs the whole product as one box; it cannot run without it.'),
    ).answer;
    expect(answer).toBe('No. Quillstack (Standard): All-in-one box: Runs the whole product as one box; it cannot run without it.');
  });

  it('says nothing more when the answer already names the production layout', () => {
    const answer = answerQuestion(
      asked,
      layouts('Runs the whole product as one box; for production, run the Frobshift cluster instead.'),
    ).answer;
    expect(answer).toBe(
      'Yes. Quillstack (Standard): All-in-one box: Runs the whole product as one box; for production, run the Frobshift cluster instead.',
    );
  });

  it('still names the layout when the answer holds only one word of its name', () => {
    const answer = answerQuestion(asked, layouts('Runs the whole product as one box beside a cluster of disks.')).answer ?? '';
    expect(answer).toMatch(/ For production, the vendor presents the Frobshift cluster layout\.$/);
  });

  it('says nothing of production when one of the facts is of the production layout too', () => {
    // The log shipper belongs to every layout, the production one included.
    const withShipper = layouts('Runs the whole product as one box.', false, {});
    const answer =
      answerQuestion('is it possible to run Quillstack as just one all-in-one box that ships its logs', withShipper).answer ?? '';
    expect(answer).toMatch(/^Yes\. .*Log shipper: Ships the logs of each box\./);
    expect(answer).not.toContain('For production');
  });

  it('says nothing of production when a fact is of one of two production layouts', () => {
    // The log shipper belongs to the standard layout and the Frobshift cluster, not to the Glimmer pair.
    const withShipper = layouts('Runs the whole product as one box.', true, { variants: ['standard', 'clustered'] });
    const answer =
      answerQuestion('is it possible to run Quillstack as just one all-in-one box that ships its logs', withShipper).answer ?? '';
    expect(answer).toMatch(/^Yes\. .*Log shipper: Ships the logs of each box\./);
    expect(answer).not.toContain('For production');
  });

  it('names every production layout, joined by "or"', () => {
    const answer = answerQuestion(asked, layouts('Runs the whole product as one box with one volume.', true)).answer ?? '';
    expect(answer).toMatch(/ For production, the vendor presents the Frobshift cluster layout or the Glimmer pair layout\.$/);
  });
});

describe('answerYesNo: which question words name what a rule rules out', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const own = catalogueWith(
    buildQuillApiInput({ purpose: 'Serves the API.' }),
    buildLedgerInput({
      incompatible: [
        {
          with: "Ledger images other than Quillstack's own",
          text: 'Quillstack runs its own ledger image and supports no other.',
          source: cite,
        },
      ],
    }),
  );
  const ruled = /^No\. Quillstack \(Standard\): Ledger database: Not supported: Ledger images other than Quillstack's own\./;

  it('reads the word right before the kind, not the last word of the question', () => {
    // "upstream" is another kind of ledger image; "Quillstack", the question's last word, is the product's own.
    expect(answerQuestion('Can I put the upstream ledger image in Quillstack?', own).answer ?? '').toMatch(ruled);
  });

  it('skips function words before the kind, so a product name before "the" leaves the exception alone', () => {
    expect(answerQuestion('Can I use Quillstack with the ledger image?', own).answer ?? '').toMatch(/^Yes\. /);
  });

  it('reads no other kind when nothing stands before the kind', () => {
    expect(answerQuestion('Ledger images: does Quillstack support them?', own).answer ?? '').toMatch(/^Yes\. /);
  });

  // Found by the thirty-fourth session's mutation run: the last content word before the kind, a verb here, was read as
  // another kind of image.
  it('reads "Can Quillstack run with a ledger image?" as "Can I use a ledger image with Quillstack?" is read (Yes)', () => {
    expect(answerQuestion('Can Quillstack run with a ledger image?', own).answer ?? '').toMatch(/^Yes\. /);
    expect(answerQuestion('Can I use a ledger image with Quillstack?', own).answer ?? '').toMatch(/^Yes\. /);
  });
});

describe('answerYesNo: a rule of the lead part that the question does not name', () => {
  const arm = buildArmCatalogue();

  it('does not answer no from a rule against something the question does not name', () => {
    const draft = draftFor(arm, 'Does the Quill worker run jobs?');
    expect(draft.text).toBe('Yes. Quillstack (Standard): Quill worker: Runs jobs.');
    expect(citedIn(draft)).toEqual(['purpose/quill-worker: Runs jobs.']);
  });

  it('keeps the lookup’s strength when it is above the rule’s, and sets no combined coverage of its own', () => {
    const question = 'Does the Quill worker run jobs on arm64?';
    const lookup = answerLookup(buildAnswerContext(arm, question));
    const draft = draftFor(arm, question);
    expect(draft.text).toMatch(/^No\. Quillstack \(Standard\): Quill worker: Not supported: arm64\./);
    // The lookup is sure here (both the part and the rule hold every word asked); the rule's 0.7 only ever raises it.
    expect(lookup.strength).toBe(1);
    expect(draft.strength).toBe(1);
    expect(draft.coverage).toBe(1);
    // Only answerQuestion sets a coverage of several answered parts; a single draft has none.
    expect(draft.answeredCoverage).toBeUndefined();
  });

  it('raises a weak lookup’s strength to the rule’s 0.7 when the rule answers', () => {
    const question = 'Can I self-host Quillstack on arm64 machines?';
    expect(answerLookup(buildAnswerContext(arm, question)).strength).toBeLessThan(0.7);
    const draft = draftFor(arm, question);
    expect(draft.strength).toBe(0.7);
    expect(draft.answeredCoverage).toBeUndefined();
  });

  it('raises a low lookup coverage to the rule’s 0.7 too (mutation session 35)', () => {
    // Most of the question's words ("hardware", "vendor", "lab") are in no fact: the lookup covers little of it.
    const question = 'Will Quillstack work on arm64 hardware from our favourite vendor in the lab?';
    expect(answerLookup(buildAnswerContext(arm, question)).coverage).toBeLessThan(0.7);
    expect(draftFor(arm, question).coverage).toBe(0.7);
  });
});

describe('answerYesNo: how a technology no part is is written', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const peer = buildArchitecture({
    id: 'tidewell',
    product: 'Tidewell',
    components: [
      buildComponentInput(),
      buildComponentInput({ id: 'runtime', name: 'App runtime', role: 'application-service', technology: 'Node.js' }),
      buildComponentInput({ id: 'broker', name: 'Event broker', role: 'message-broker', technology: 'Kafka' }),
    ],
  });
  const catalogue = [
    ...catalogueWith(
      buildQuillApiInput({
        purpose: 'Serves the sign-in API and queues its own jobs.',
        incompatible: [{ with: 'Kafka alongside the built-in queue', text: 'Quill runs one queue at a time.', source: cite }],
      }),
    ),
    peer,
  ];

  it('drops every full stop after the name, and keeps one inside it', () => {
    expect(answerQuestion('Does Quillstack need Kafka...?', catalogue).answer ?? '').toMatch(
      /^No: the sources archkb holds for Quillstack \(Standard\) list no Kafka component\. /,
    );
    expect(answerQuestion('Does Quillstack need Node.js?', catalogue).answer ?? '').toMatch(
      /^No: the sources archkb holds for Quillstack \(Standard\) list no Node\.js component\. /,
    );
  });
});

describe('answerYesNo: a rule of the lead part that the lookup left out', () => {
  it('writes and cites the rule, found among the lead part’s facts, ahead of the notes the lookup found', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const architectures = catalogueWith(
      buildQuillApiInput({ purpose: 'Serves the API.' }),
      buildLedgerInput({
        purpose: 'Staging teams swap the upstream chart every quarter.',
        notes: [
          { kind: 'info', text: 'Staging teams swap the upstream chart every quarter on a schedule.', source: cite },
          { kind: 'option', text: 'The upstream chart is swapped by staging teams each quarter.', source: cite },
          { kind: 'info', text: 'Quarter by quarter, staging teams swap upstream charts.', source: cite },
        ],
        incompatible: [{ with: "Ledger images other than Quillstack's own", text: 'Only its own.', source: cite }],
      }),
    );
    const question = 'Can staging teams swap in an upstream ledger image chart every quarter on a schedule?';
    // The notes share more of the question's words than the rule does: the lookup cites only them.
    expect(answerLookup(buildAnswerContext(architectures, question)).facts.map((fact) => fact.attribute)).toEqual(['note', 'note', 'note']);
    const draft = draftFor(architectures, question);
    expect(draft.text).toBe(
      "No. Quillstack (Standard): Ledger database: Not supported: Ledger images other than Quillstack's own. Only its own. Ledger database: Staging teams swap the upstream chart every quarter.",
    );
    expect(draft.facts[0]?.attribute).toBe('incompatibility');
    expect(draft.facts.at(-1)?.attribute).toBe('purpose');
  });
});

describe('answerYesNo: a rule whose ruled-out thing has no content word', () => {
  it('takes a rule against "any of these", which has no content word, as ruling out nothing the question names', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const architectures = catalogueWith(
      buildQuillApiInput({ purpose: 'Serves the API.' }),
      buildQuillWorkerInput({ incompatible: [{ with: 'Any of these', text: 'Only the bundled worker is supported.', source: cite }] }),
    );
    const draft = draftFor(architectures, 'Does the Quill worker run jobs?');
    expect(draft.text).toMatch(/^Yes\. Quillstack \(Standard\): Quill worker: Runs jobs\./);
  });
});

describe('answerYesNo: only an incompatibility is a rule', () => {
  // A purpose written like a rule ("Not supported: arm64.") is a purpose: it answers by its words, not as a rule.
  const architectures = catalogueWith(
    buildQuillApiInput({ purpose: 'Serves the API.' }),
    buildComponentInput({
      id: 'quill-worker',
      name: 'Quill worker',
      role: 'job-worker',
      technology: 'Quill',
      purpose: 'Not supported: arm64. It runs jobs on x86.',
    }),
  );

  it('answers whether a part is needed from its necessity, though its purpose reads like a rule against what is named', () => {
    const draft = draftFor(architectures, 'Does Quillstack need the Quill worker on arm64?');
    expect(draft.text).toMatch(/^Yes: it is required\. In Quillstack \(Standard\), Quill worker is required\./);
  });

  it('gives a no from such a purpose no rule’s strength', () => {
    const draft = draftFor(architectures, 'Can the Quill worker run on arm64?');
    expect(draft.text).toBe('No. Quillstack (Standard): Quill worker: Not supported: arm64. It runs jobs on x86.');
    expect(draft.strength).toBeLessThan(0.7);
  });
});

describe('answerYesNo: a claim that a product uses a technology it never mentions', () => {
  const catalogue = () => [buildAskArchitecture(), buildLanternpad()];

  it('answers no, with the facts nearest the claim, when the claim puts to a check a technology another product uses', () => {
    const answer = answerQuestion('Sales told us Quillstack passes its messages through Kafka. True?', catalogue()).answer ?? '';
    expect(answer).toMatch(/^No: the sources archkb holds for Quillstack \(Standard\) list no Kafka component\. /);
    // The claim's nearest facts follow, in place of the list of components a plain "does it need" question gets.
    expect(answer).not.toMatch(/Components of/);
  });

  it('answers no for a name nothing in archkb places, put to a check in a claim or by a short question about "that"', () => {
    expect(answerQuestion('Sales says Quillstack stores its sessions in Zapwell. True?', catalogue()).answer).toMatch(
      /^No: the sources archkb holds for Quillstack \(Standard\) list no Zapwell component\. /,
    );
    expect(
      answerQuestion('Our draft lists Zapwell as the Quillstack session store. Is that the stated service?', catalogue()).answer,
    ).toMatch(/^No: the sources archkb holds for Quillstack \(Standard\) list no Zapwell component\. /);
  });

  it('leaves a claim about a technology the product uses to the other yes/no rules', () => {
    expect(answerQuestion('Sales told us Quillstack keeps its sessions in Redis. True?', catalogue()).answer).toMatch(/^Yes\. /);
  });

  it('keeps declining a plain question about a technology the product never mentions', () => {
    expect(answerQuestion('Does Quillstack pass its messages through Kafka?', catalogue()).kind).toBe('declined');
  });
});

const countedCite = 'authgear-self-managed#deployment-options';

/** Quillstack whose API runs one replica by default and keeps idle sessions 30 days, then the settings given. */
function buildCountedCatalogue(purpose?: string, more: NonNullable<Parameters<typeof buildQuillApiInput>[0]>['settings'] = []) {
  return [
    buildAskArchitectureWith([
      buildQuillApiInput({
        ...(purpose ? { purpose } : {}),
        settings: [
          {
            name: 'api.replicaCount',
            value: '1',
            status: 'default',
            text: 'How many API replicas run; set 3 for a highly available API.',
            source: countedCite,
          },
          { name: 'api.retainSeconds', value: '2592000', status: 'default', text: 'Keeps idle sessions for 30 days.', source: countedCite },
          ...(more ?? []),
        ],
      }),
    ]),
  ];
}

describe("answerYesNo: a count asked of a part's default when another of its facts leads", () => {
  const ask = (question: string) =>
    answerQuestion(
      question,
      buildCountedCatalogue('The API every client calls, run in the cluster by default.', [
        { name: 'api.logLevel', value: 'info', status: 'default', text: 'How much the API logs.', source: countedCite },
      ]),
    ).answer ?? '';
  const occurrences = (text: string, part: string) => text.split(part).length - 1;

  it('judges the count by the setting counting the same thing, and writes that setting once', () => {
    const answer = ask('Does the Quillstack API run in the cluster as three replicas by default?');
    expect(answer).toMatch(/^No\. Quillstack \(Standard\): Quill API: The API every client calls/);
    expect(occurrences(answer, 'api.replicaCount = 1 (default)')).toBe(1);
    expect(ask('Does the Quillstack API run in the cluster as one replica by default?')).toMatch(/^Yes\. /);
  });

  it('reads "copies" and "pods" of a part, in words or digits, as its replicas', () => {
    for (const question of [
      'Does the Quillstack API run as three copies by default?',
      'Does the Quillstack API run in the cluster as 3 copies by default?',
      'Does the Quillstack API run in the cluster as 3 pods by default?',
    ])
      expect(ask(question)).toMatch(/^No\. .*api\.replicaCount = 1 \(default\)/);
  });

  it('takes the setting that counts what the question counts, not any setting with a number', () => {
    const answer = ask('Does the Quillstack API keep idle sessions for three days by default?');
    expect(answer).toMatch(/^No\. /);
    expect(answer).toContain('api.retainSeconds = 2592000 (default)');
    expect(answer).not.toContain('api.replicaCount');
  });
});

describe('answerYesNo: a rule against one major version of a tool, over the real content', () => {
  const real = loadContentArchitectures();
  const ask = (question: string) => answerQuestion(question, real).answer ?? '';

  it('answers no for a release of the ruled-out major version ("V1" against 1.29.2), and not for a release of another', () => {
    // ZITADEL's guide: the Compose V1 docker-compose command is not supported; Compose v2 is.
    expect(ask('Can I run ZITADEL with docker-compose 1.29.2?')).toMatch(/^No\. .*Not supported: Docker Compose V1/);
    expect(ask('Can I run ZITADEL with docker compose v2.24?')).toMatch(/^Yes\. /);
  });
});

describe('answerYesNo: a count asked of a setting by default', () => {
  const ask = (question: string) => answerQuestion(question, buildCountedCatalogue()).answer ?? '';

  it("answers no to a count other than the default's value, though the setting's note names it for another case", () => {
    expect(ask('True or false: by default Quillstack runs a three-replica Quill API.')).toMatch(/^No\. /);
    expect(ask('By default, does Quillstack run 3 Quill API replicas?')).toMatch(/^No\b/);
    expect(ask('True or false: by default Quillstack runs a one-replica Quill API.')).toMatch(/^Yes\. /);
  });

  it('needs both a count and the word "default": without either the other rules decide', () => {
    expect(ask('True or false: by default Quillstack runs the Quill API.')).toMatch(/^Yes\. /);
    expect(ask('True or false: Quillstack runs a three-replica Quill API.')).toMatch(/^Yes\. /);
  });

  it('leaves the verdict alone when the note states the count of the same thing, in another unit than the value (real catalogue)', () => {
    const answer =
      answerQuestion(
        "Confirm that by default Che's pruner marks a workspace not started for over 30 days for deletion",
        loadContentArchitectures(),
      ).answer ?? '';
    expect(answer).toMatch(/^Yes\. /);
  });
});

describe('answerYesNo: a count asked of the default, stated for another scope (real catalogue)', () => {
  it("answers no when a high-availability figure states the count: the default's value decides", () => {
    // Budibase's chart: couchdb.clusterSize is 1 by default; 3 replicas is the high-availability setting.
    const answer = answerQuestion(
      'I believe the Budibase chart starts a highly available 3-replica CouchDB by default. Correct?',
      loadContentArchitectures(),
    ).answer;
    expect(answer).toMatch(/^No\. .*couchdb\.clusterSize = 1 \(default\)/);
  });
});

describe('answerYesNo: a word of need shared with the question', () => {
  it('lets "needs no backup job" decide "do we need a backup job?" over facts sharing as many other words', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const architecture = buildAskArchitectureWith([
      buildAlphaBackendInput({
        purpose: 'The Alpha server: one stateless binary that runs background jobs.',
        notes: [{ kind: 'info', text: 'The Alpha binary is stateless, so it needs no backup job of its own.', source: cite }],
        settings: [
          {
            name: 'command',
            value: 'alpha start',
            status: 'recommended',
            text: 'Run migrations as separate jobs so the containers only start.',
            source: cite,
          },
        ],
      }),
    ]);
    const answer = answerQuestion('Do we need a separate backup job for the Quillstack Alpha servers?', [architecture]).answer;
    expect(answer).toMatch(/^No\. Quillstack \(Standard\): Alpha backend: /);
    expect(answer).toContain('it needs no backup job of its own');
  });
});
