import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  buildFactIndex,
  dropRepeatedSentences,
  findAskingText,
  readQuestion,
  splitQuestion,
} from '../../../src/lib/ask/index.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLedgerInput,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const CITE = 'authgear-self-managed#deployment-options';

/** A second product with a document store, no resource figures, and a component only its hosted variant has. */
const lanternpad = buildArchitecture({
  id: 'lanternpad',
  product: 'Lanternpad',
  vendor: 'Lantern Co.',
  category: 'identity',
  aliases: ['LP'],
  variants: [
    { id: 'default', name: 'Default', summary: 'The plain layout.', source: CITE },
    { id: 'hosted', name: 'Hosted Orbit', summary: 'On the Orbit service.', source: CITE },
  ],
  components: [
    buildComponentInput({
      id: 'doc-store',
      name: 'Document store',
      role: 'document-database',
      technology: 'CouchDB',
      purpose: 'Keeps the pads and their revisions.',
    }),
    buildComponentInput({
      id: 'orbit-service',
      name: 'Orbit service',
      role: 'application-service',
      technology: 'Orbit',
      purpose: 'Runs the pads on the hosted service.',
      variants: ['hosted'],
    }),
  ],
});
const catalogue = [buildAskArchitecture(), lanternpad];
const index = buildFactIndex(catalogue);
const read = (question: string) => readQuestion(question, index);
const ask = (question: string) => answerQuestion(question, catalogue);

describe('reading the forms users write', () => {
  it('links a product by an alias its content gives, even a two-letter one', () => {
    expect(read('LP document store?').products).toEqual([{ id: 'lanternpad', certainty: 1 }]);
    // Without the alias only the component links it, less surely.
    expect(read('XY document store?').products).toEqual([{ id: 'lanternpad', certainty: 0.7 }]);
  });

  it('reads yes/no from the main clause after a leading condition or topic label', () => {
    expect(read('If the ledger database goes down, can Quillstack keep serving sign-ins?').yesNo).toBe(true);
    expect(read('Quillstack HA - is the worker required?').yesNo).toBe(true);
    expect(read('If the ledger database fills up, what does Quillstack do?').yesNo).toBe(false);
    expect(read('Quillstack HA - which database does it use?').yesNo).toBe(false);
  });

  it('reads the question after a dash that follows a scene naming a failure, and its outcome from that question alone', () => {
    expect(read('quillstack: ledger outage mid-day — does Quillstack keep serving?')).toMatchObject({ yesNo: true, outcome: 'survive' });
    expect(read('ledger outage mid-day — does Quillstack go down too?')).toMatchObject({ yesNo: true, outcome: 'fail' });
    // A lone "safe?" or "fine?" after the dash asks whether the deployment survives the scene.
    expect(read('ledger goes down while the API is running — safe?')).toMatchObject({ yesNo: true, outcome: 'survive' });
    // A dash before a question that asks no outcome leaves the reading to the other rules.
    expect(read('quillstack: ledger outage mid-day — what does Quillstack do?').yesNo).toBe(false);
  });

  it('reads a short "HA by default?" or "HA out of the box?" as yes/no, and a value asked the same way as no yes/no', () => {
    expect(read('quillstack ledger: HA out of the box?').yesNo).toBe(true);
    expect(read('quillstack ledger: HA by default?').yesNo).toBe(true);
    expect(read('quillstack ledger: replicas out of the box?').yesNo).toBe(false);
  });

  it('reads a short plan opened by its verb ("run two of X in one cluster?") as yes/no, and not one left unclosed', () => {
    expect(read('quillstack: run two API nodes in one zone for redundancy?').yesNo).toBe(true);
    expect(read('share one ledger between two Quillstack installs?').yesNo).toBe(true);
    expect(read('run two API nodes in one zone for redundancy').yesNo).toBe(false);
  });

  it('reads a conclusion drawn from a claim and asked ("X does A, so it needs B?") as checking the claim', () => {
    expect(read('quillstack: the worker writes to the ledger directly, so it needs ledger credentials too?').yesNo).toBe(true);
    expect(read("the ledger holds the sign-ins, so that's the store to back up?").yesNo).toBe(true);
    // One asking "what" is not.
    expect(read('the ledger holds the sign-ins, so what else does it keep?').yesNo).toBe(false);
  });

  it("keeps a bare topic before a comma and a yes/no question as that question's scene, not a part of its own", () => {
    expect(splitQuestion('ledger database outage, does Quillstack keep serving?')).toEqual([
      'ledger database outage, does Quillstack keep serving?',
    ]);
    expect(read('ledger database outage, does Quillstack keep serving?')).toMatchObject({ yesNo: true, outcome: 'survive' });
    // A question after the topic still splits from a question before it.
    expect(splitQuestion('What does the ledger keep? ledger database outage, does Quillstack keep serving?')).toHaveLength(2);
  });

  it('reads an "even with …" or "even if …" opening as a condition: one yes/no question, not a statement and a question', () => {
    expect(read('Even with three API nodes, can Quillstack lose sign-ins during an upgrade?').yesNo).toBe(true);
    expect(read('Even if the worker is off, does Quillstack keep serving sign-ins?').yesNo).toBe(true);
    expect(splitQuestion('Even with three API nodes, can Quillstack lose sign-ins during an upgrade?')).toHaveLength(1);
  });

  it('keeps an opening scope ("During …,", "On …,") out of the parts, and splits off a question led by "at what …"', () => {
    expect(splitQuestion('During a Quillstack upgrade, how does the new API report readiness, and what should we do first?')).toEqual([
      'how does the new API report readiness',
      'what should we do first?',
    ]);
    expect(splitQuestion('On two servers, which cache does Quillstack use, and is the worker required?')).toEqual([
      'which cache does Quillstack use',
      'is the worker required?',
    ]);
    // A condition without a comma that a question mark closes is a question, and the terse one after it another.
    expect(splitQuestion('if the Quillstack cache restarts are users logged out? any way around that')).toEqual([
      'if the Quillstack cache restarts are users logged out',
      'Is there any way around that',
    ]);
    // An adverb between the preposition and the question word still opens a part ("and at roughly what count …").
    expect(splitQuestion('Can one Quillstack API serve two zones, and at roughly what user count does it need a second?')).toEqual([
      'Can one Quillstack API serve two zones',
      'at roughly what user count does it need a second?',
    ]);
    // "What changed about A and about B?" asks the same of two things; a single "about" asks of one.
    expect(splitQuestion('Upgrading Quillstack to 3.0: what changed about the ledger and about the worker?')).toEqual([
      'Upgrading Quillstack to 3.0: what changed about the ledger?',
      'Upgrading Quillstack to 3.0: what changed about the worker?',
    ]);
    expect(splitQuestion('What changed about the Quillstack ledger and the worker?')).toHaveLength(1);
    // ", and if …" opens a second question with its own condition too.
    expect(splitQuestion('How long is a Quillstack release supported, and if we run an old build is there a required upgrade?')).toEqual([
      'How long is a Quillstack release supported',
      'if we run an old build is there a required upgrade?',
    ]);
    // "? And if …, does …?" opens a second question with its own condition; the condition is not left to the first part.
    expect(splitQuestion('Is the Quillstack worker needed? And if the ledger goes down, does Quillstack keep serving?')).toEqual([
      'Is the Quillstack worker needed',
      'if the ledger goes down, does Quillstack keep serving?',
    ]);
    expect(splitQuestion('Can Quillstack skip the cache? But when we add it, which mode does it need?')).toEqual([
      'Can Quillstack skip the cache',
      'when we add it, which mode does it need?',
    ]);
    // A scope before the condition ("For Quillstack, if …,") leaves the condition to each part (a helper found this split
    // into one part before).
    expect(splitQuestion('For Quillstack, if we keep two zones, what latency do we get, and what database do we need?')).toEqual([
      'if we keep two zones, what latency do we get',
      'if we keep two zones, what database do we need?',
    ]);
    // A condition listing several parts ends at the comma before the question, not at the list's first comma.
    expect(splitQuestion('If we run the API, the worker and the cache, what does Quillstack need, and is the ledger required?')).toEqual([
      'If we run the API, the worker and the cache, what does Quillstack need',
      'If we run the API, the worker and the cache, is the ledger required?',
    ]);
    expect(splitQuestion('How many sign-ins can one Quillstack API serve, and at what load should we add nodes?')).toEqual([
      'How many sign-ins can one Quillstack API serve',
      'at what load should we add nodes?',
    ]);
    expect(splitQuestion('At what load does Quillstack need the session cache, and what does it keep?')).toEqual([
      'At what load does Quillstack need the session cache',
      'what does it keep?',
    ]);
  });

  it('answers "is X recommended at <load>?" as a question of necessity, not a sizing at that load', () => {
    expect(read('Is the Quillstack session cache recommended?').positiveNecessity).toBe(true);
    for (const question of [
      'Is the Quillstack session cache recommended at 5,000 sign-ins per second?',
      'Is the Quillstack session cache required at 5,000 sign-ins per second?',
    ]) {
      const answer = ask(question);
      expect(answer.kind).toBe('yes-no');
      expect(answer.answer).toMatch(/^No: it is optional\b/);
    }
  });

  it('answers a short "what\'s the benefit?" after a question about the thing the first part is about, not as unstated', () => {
    for (const tail of ["what's the benefit?", 'what is the catch?']) {
      const answer = ask(`Is persistence optional for the Quillstack session cache, and ${tail}`);
      expect(answer.answer).toMatch(/sessions survive a restart only with it/);
      expect(answer.answer).not.toMatch(/Not stated/);
    }
  });

  it('answers "how often" with a stated frequency, though it holds no number, and reads no load into "backed up"', () => {
    const backedUp = buildAskArchitecture({
      components: [
        buildLedgerInput({
          notes: [{ kind: 'recommendation', text: 'Use a managed database service with daily backups.', source: CITE }],
        }),
      ],
      hosts: [],
      loadDrivers: [],
    });
    const reading = readQuestion('How often should the Quillstack ledger database be backed up?', buildFactIndex([backedUp]));
    expect(reading.expectsNumber).toBe(false);
    expect(reading.attributes.has('rated-load')).toBe(false);
    expect(answerQuestion('How often should the Quillstack ledger database be backed up?', [backedUp]).answer).toMatch(/daily backups/);
  });

  it('answers "what does X offer?" with an overview of the part named', () => {
    const offering = buildAskArchitectureWith([
      buildQuillApiInput({ purpose: 'Offers the sign-in pages and offers an admin console.' }),
      buildLedgerInput({
        purpose: 'Keeps accounts, tenants and audit records.',
        notes: [{ kind: 'info', text: 'Holds its data on one volume.', source: CITE }],
      }),
    ]);
    const answer = answerQuestion('What does the Quillstack ledger database offer?', [offering]).answer ?? '';
    expect(answer).toContain('Keeps accounts, tenants and audit records.');
    expect(answer).toContain('Holds its data on one volume.');
    // "Offer" asks about the part named, not about another part whose facts use the word.
    expect(answer).not.toContain('admin console');
  });

  it('answers the part the sources state and says the other is not stated, rather than declining the whole question', () => {
    const answer = ask('How many sign-ins per second does one Quillstack API node handle, and which TLS cipher does it use?');
    expect(answer.answer).toMatch(/1 vCPU per 10 sign-ins per second/);
    // The part asking for a thing the product's sources never name says so by name.
    expect(answer.answer).toMatch(/The vendor documents archkb holds for Quillstack do not mention TLS\./);
  });

  it('reads yes/no from the asking sentence of a question that opens with a scene', () => {
    expect(read('We run Quillstack on two servers. Does it need the session cache?').yesNo).toBe(true);
    expect(read('We run Quillstack on two servers. Which cache does it use?').yesNo).toBe(false);
  });

  it('reads a short question with a necessity word as yes/no, without an opening verb', () => {
    expect(read('quillstack session cache required?').yesNo).toBe(true);
    expect(read('ledger needed for quillstack?').yesNo).toBe(true);
    expect(read('which quillstack parts are required?').yesNo).toBe(false);
    expect(read('quillstack session cache required for a long list of reasons we have not yet written down?').yesNo).toBe(false);
  });

  it('reads a statement word order ending in "?" as yes/no when its auxiliary follows a short topic', () => {
    expect(read('quillstack ledger database can run across three zones?').yesNo).toBe(true);
    expect(read('quillstack worker must have the ledger?').yesNo).toBe(true);
    // Four words before the auxiliary make a statement of it, not a topic.
    expect(read('quillstack ledger database sizing rules can run across three zones?').yesNo).toBe(false);
    expect(read('quillstack ledger database can run across three zones.').yesNo).toBe(false);
  });

  it('reads a sentence told after a short question as its situation, not as more to answer', () => {
    expect(read('Do we need the ledger for Quillstack? It is only a few hundred people.').scene).toEqual(
      expect.arrayContaining(['hundred', 'people']),
    );
    // Told before it, a short question may point back at it, so its words still count.
    expect(read('It is only a few hundred people. Do we need the ledger for Quillstack?').scene).toEqual([]);
  });

  it('corrects a mistyped function word of up to eight letters', () => {
    expect(read('do we actualy need the quillstack session cache?').content).not.toContain('actualy');
  });

  it('reads a short outcome asked with no auxiliary as yes/no', () => {
    expect(read('if the ledger database go down, quillstack stop working?').yesNo).toBe(true);
    expect(read('ledger down, quillstack keeps serving sign-ins?').yesNo).toBe(true);
    expect(read('if the ledger database go down, quillstack sign-ins?').yesNo).toBe(false);
  });

  it('takes a variant named by a component only that variant has', () => {
    expect(read('Lanternpad on Orbit: how much memory altogether?').variants.get('lanternpad')).toBe('hosted');
    expect(read('Lanternpad document store: how much memory?').variants.get('lanternpad')).toBeUndefined();
  });
});

describe('answers those forms need', () => {
  it('carries "which one" in a second part over to the noun the first part asked for', () => {
    const answer = ask('Which database does Quillstack use, and which one does Lanternpad use?');
    expect(answer.answer).toMatch(/Ledger database/);
    expect(answer.answer).toMatch(/Document store/);
    expect(answer.sources.some((s) => s.url.startsWith('/architectures/lanternpad/'))).toBe(true);
  });

  it('says no when what is asked is kept by another component than the technology named', () => {
    const answer = ask('Does Quillstack keep accounts and tenants in Redis?');
    expect(answer.answer).toMatch(/^No\. /);
    expect(answer.answer).toContain('Ledger database: Keeps accounts, tenants and audit records.');
    expect(answer.answer).toContain('Session cache: Keeps sign-in sessions.');
    expect(ask('Does Quillstack keep sign-in sessions in Redis?').answer).toMatch(/^Yes\b/);
  });

  it('declines CPU and memory figures a product never states, but answers a product that states them', () => {
    const answer = ask('What are the CPU and memory requirements of Lanternpad?');
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Lanternpad state no vCPU or memory figures.');
    expect(ask('What are the CPU and memory requirements of Quillstack?').answer).toMatch(/CPU/);
  });

  it('does not decline for a name given only as an example', () => {
    expect(ask('Can Quillstack keep sessions in a cache like Memcachier?').answer).not.toBeNull();
    expect(ask('Can Quillstack keep sessions in Memcachier?').declined).toMatch(/do not mention Memcachier/);
  });

  it('declines a name archkb knows from another product when the product asked about never mentions it', () => {
    expect(ask('Does Lanternpad support Redis?').declined).toBe('The vendor documents archkb holds for Lanternpad do not mention Redis.');
    // Asked whether it is needed, the answer is a plain no: the product lists no such component.
    expect(ask('Does Lanternpad need Redis?').answer).toMatch(/^No: the sources archkb holds for Lanternpad .* list no Redis component/);
    // The product that mentions it is answered.
    expect(ask('Does Quillstack support Redis?').answer).not.toBeNull();
  });

  it('does not answer "lists no X component" for a name only a condition gives ("if we cannot use X")', () => {
    expect(ask("If we can't use Redis, would a CouchDB document store do for Lanternpad?").answer ?? '').not.toMatch(
      /list no Redis component/,
    );
    // Asked outright, the name is what the question is about.
    expect(ask('Would Redis do for Lanternpad?').answer ?? ask('Would Redis do for Lanternpad?').declined).toMatch(/Redis/);
  });

  it('answers a yes/no whose best fact is a disagreement between sources with the disagreement, not a yes or no', () => {
    const disputed = buildAskArchitecture({
      conflicts: [
        {
          topic: 'sign-in setup on plain hosts',
          statements: [
            { text: 'The install page says plain hosts need their own sign-in provider set up', source: CITE },
            { text: 'The overview says the built-in sign-in works on plain hosts with no extra setup', source: CITE },
          ],
        },
      ],
    });
    const answer = answerQuestion('On plain hosts must I set up a sign-in provider for Quillstack?', [disputed]).answer ?? '';
    expect(answer).toMatch(/^Quillstack[^.]*: The sources disagree on sign-in setup on plain hosts/);
  });

  it('opens with the yes or no both sides of a disagreement give the question, and still shows the disagreement', () => {
    const disputed = buildAskArchitecture({
      conflicts: [
        {
          topic: 'the ledger for production',
          statements: [
            { text: 'Running the bundled ledger inside the API process is fine for production', source: CITE },
            { text: 'The vendor recommends a separate ledger host for production', source: CITE },
          ],
        },
      ],
    });
    const answer = answerQuestion('Is running the Quillstack ledger bundled fine for production?', [disputed]).answer ?? '';
    expect(answer).toMatch(/^Yes\. Quillstack[^.]*: The sources disagree on the ledger for production/);
  });

  it('does not decline a long question for a name it mentions only in passing', () => {
    const long =
      'We are moving away from a Redis setup we ran for years and want to understand what the Lanternpad document store keeps and why it matters to us';
    expect(ask(long).declined ?? '').not.toMatch(/do not mention Redis/);
  });

  it('declines how much load a product handles when its sources rate it for none and size it by none', () => {
    expect(ask('How many sign-ins per second can Lanternpad handle at most?').declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no load it was rated or tested for, and no measure of load it is sized by.',
    );
    // A load word asked as a kind of thing ("which sign-in methods"), with no amount asked, is not a load question.
    expect(ask('Which sign-in methods does the Lanternpad document store handle?').declined ?? '').not.toMatch(/state no load/);
    // A product that sizes by a load is answered from its rules instead.
    expect(ask('How many sign-ins per second can Quillstack handle at most?').declined ?? '').not.toMatch(/state no load/);
  });

  it('declines a version asked of a product whose sources state none, but not of one that states one', () => {
    expect(ask('What CouchDB version does Lanternpad need?').declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no versions.',
    );
    const versioned = buildArchitecture({
      id: 'lanternpad',
      product: 'Lanternpad',
      components: [
        buildComponentInput({ requirements: [{ scope: 'minimum', versions: [{ product: 'PostgreSQL', min: '14' }], source: CITE }] }),
      ],
    });
    expect(answerQuestion('What PostgreSQL version does Lanternpad need?', [versioned]).answer).toMatch(/PostgreSQL 14\+/);
  });
});

/** Quillstack with only a key vault, which it reads only while containers start, to ask about outages. */
const withVault = [
  buildAskArchitecture({
    hosts: [],
    components: [
      buildComponentInput({
        id: 'key-vault',
        name: 'Key vault',
        role: 'secrets-manager',
        technology: 'Vaultwell',
        purpose: 'Hands out the signing keys.',
        runtime: { needed: 'startup-only', source: CITE },
      }),
    ],
  }),
];

describe('questions in several pieces or sentences', () => {
  it('keeps a verb-less question word with the auxiliary after its comma, but splits two whole questions', () => {
    expect(splitQuestion('How many ledger replicas, and of which size, does Quillstack recommend?')).toEqual([
      'How many ledger replicas, and of which size, does Quillstack recommend?',
    ]);
    expect(splitQuestion('How much memory does Quillstack need, and is the worker required?')).toEqual([
      'How much memory does Quillstack need',
      'is the worker required?',
    ]);
  });

  it('carries the noun asked into "and which are optional" after a topic label', () => {
    const answer = ask('quillstack — which parts are required and which are optional?').answer ?? '';
    expect(answer).toContain('Required (2): Quill API; Ledger database.');
    expect(answer).toContain('Optional (1): Session cache.');
  });

  it('asks the question after ", and if not," as a second part', () => {
    expect(splitQuestion('Is the Quillstack session cache enough, and if not how much memory should it get?')).toEqual([
      'Is the Quillstack session cache enough',
      'how much memory should it get?',
    ]);
  });

  it('reads a terse "…? Any X?" after a question as a second question', () => {
    expect(splitQuestion('Does the Quillstack worker need the ledger? Any latency limit between them?')).toEqual([
      'Does the Quillstack worker need the ledger',
      'Is there Any latency limit between them?',
    ]);
    expect(splitQuestion('Does Quillstack need any cache?')).toEqual(['Does Quillstack need any cache?']);
  });

  it('asks the question after a second condition under it, not as a question of its own', () => {
    const question = 'For Quillstack on AWS, if we keep the fewest zones, how many subnets do we end up with in total?';
    expect(splitQuestion(question)).toEqual([question]);
    expect(splitQuestion('If we keep the fewest zones, how many subnets does Quillstack need?')).toHaveLength(1);
    expect(splitQuestion('In Quillstack, besides the Quill API, does the Quill worker reach the ledger?')).toHaveLength(1);
  });

  it('splits two questions after a leading condition, whose product and variant the parts take from the whole', () => {
    expect(splitQuestion('In the clustered layout, what is the worker for, and what does the session cache keep?')).toEqual([
      'what is the worker for',
      'what does the session cache keep?',
    ]);
    expect(splitQuestion('If the ledger database goes down, what does Quillstack do?')).toEqual([
      'If the ledger database goes down, what does Quillstack do?',
    ]);
    // A condition (unlike a scope) is asked with every part, so each part reads it.
    expect(splitQuestion('If we span two zones, what latency does Quillstack need, and what kind of ledger do we need?')).toEqual([
      'If we span two zones, what latency does Quillstack need',
      'If we span two zones, what kind of ledger do we need?',
    ]);
    const answer = ask("In Quillstack's clustered layout, what is the worker for, and what does the session cache keep?").answer ?? '';
    expect(answer).toContain('Runs background jobs such as token clean-up.');
    expect(answer).toContain('Keeps sign-in sessions.');
    expect(answer).toMatch(/^Quillstack \(Clustered \(high availability\)\)/);
  });

  it('reads "Between A and B," as the scene of one question, not as a question of its own', () => {
    expect(splitQuestion('Between Quillstack and Lanternpad, which one keeps sessions in a cache?')).toEqual([
      'Between Quillstack and Lanternpad, which one keeps sessions in a cache?',
    ]);
  });

  it('asks the first question again of what "and for X?" or "what about X?" names', () => {
    expect(splitQuestion('Quillstack default storage for the ledger? and for the cache?')).toEqual([
      'Quillstack default storage for the ledger?',
      'Quillstack default storage for the cache?',
    ]);
    expect(splitQuestion('Quillstack minimum memory? what about the worker?')).toEqual(['Quillstack minimum memory?', 'the worker?']);
  });

  it('answers a yes/no followed by its own flip side ("…, or does it break without it?") by the first alternative', () => {
    expect(ask('Can I skip the Quillstack session cache, or does something break without it?').answer).toMatch(/^Yes\b/);
    expect(read('Can I skip the Quillstack session cache, or does something break without it?').text).toBe(
      'Can I skip the Quillstack session cache?',
    );
    // "Which …, or …" is no yes/no and stays whole.
    expect(read('Which cache does Quillstack use, or does it use none?').text).toBe(
      'Which cache does Quillstack use, or does it use none?',
    );
  });

  it('reads yes/no after a leading "Besides X,"', () => {
    expect(read('Besides the API, does the Quillstack worker talk to the ledger?').yesNo).toBe(true);
  });

  it('reads a volume or PVC as storage', () => {
    expect(read('Quillstack ledger volume size?').resources).toEqual(['storageGiB']);
    expect(read('Quillstack ledger PVC size?').resources).toEqual(['storageGiB']);
  });

  it('declines unstated figures only when the question asks for figures, not when it mentions a resource in passing', () => {
    const long =
      'We want to know whether we can just run Lanternpad in one container with a volume attached - what does the vendor say about its document store?';
    expect(ask(long).declined ?? '').not.toMatch(/state no storage figures/);
    expect(ask('How much storage does the Lanternpad document store need?').declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no storage figures.',
    );
  });

  it('leaves a resource only a sentence before the question names to the scene: it asks for no figure of it', () => {
    const scene = 'Lanternpad can run as one container with a volume. Is that what the vendor wants us to use for production?';
    expect(ask(scene).declined ?? '').not.toMatch(/state no storage figures/);
    // Named in the asking sentence, the same resource is still asked for.
    expect(ask('Lanternpad runs in one container. How much volume storage does the document store need?').declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no storage figures.',
    );
  });

  it('reads "at all" as emphasis, not as a request to add everything up', () => {
    expect(read('Why does Quillstack include a ledger database at all?').compute).toBe(false);
    expect(read('What does Quillstack need across all nodes?').compute).toBe(true);
  });

  it('expands RTT to round-trip latency', () => {
    expect(read('max RTT between Quillstack nodes?').content).toEqual(expect.arrayContaining(['round', 'trip', 'latency']));
  });

  it('takes the asking sentences of a long question, or its last sentence when none ends in a question mark', () => {
    expect(findAskingText('We run it in Asia. Which cache does it use?')).toBe('Which cache does it use?');
    expect(findAskingText('We run it in Asia. Which cache? And why?')).toBe('Which cache? And why?');
    expect(findAskingText('We run it in Asia. Tell me the cache.')).toBe('Tell me the cache.');
    expect(findAskingText('Does it need v1.2 of the cache?')).toBe('Does it need v1.2 of the cache?');
    // A request asks as a question does, however it closes.
    expect(findAskingText('We run it in Asia. Is the worker optional? Also please tell which cache it uses.')).toBe(
      'Is the worker optional? Also please tell which cache it uses.',
    );
    // An abbreviation's dot ends no sentence.
    expect(findAskingText('Can it run on arm64, e.g. the Pi boards? Or i.e. ARM only?')).toBe(
      'Can it run on arm64, e.g. the Pi boards? Or i.e. ARM only?',
    );
    expect(findAskingText('We run it on boards, e.g. the Pi. Which cache does it use?')).toBe('Which cache does it use?');
    // A label before a colon sets the scene of a question asked under a condition too.
    expect(findAskingText('Risk review for Quillstack: if the ledger goes down, will the API keep working?')).toBe(
      'if the ledger goes down, will the API keep working?',
    );
  });

  it('declines a name only when the asking sentence uses it, not when a scene-setting sentence does', () => {
    expect(ask('Our team runs Frobnicator. Which database does Quillstack use?').declined ?? '').not.toMatch(/Frobnicator/);
    expect(ask('Which database does Quillstack use with Frobnicator?').declined).toMatch(/do not mention Frobnicator/);
  });
});

describe('products guessed from component names', () => {
  it('links the product whose component the question names in full when component words point at two products', () => {
    // "document" is a word of Lanternpad's document store; "session cache" names Quillstack's component in full.
    expect(read('What does the session cache keep in a document?').products).toEqual([{ id: 'quillstack', certainty: 0.7 }]);
    expect(read('What does the cache keep in a document?').products).toEqual([]);
  });

  it("keeps the whole question's product in a part that only guesses another product from a component word", () => {
    const answer = ask('What does the Quillstack session cache keep, and why run an orbit store?').answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Session cache: Keeps sign-in sessions\./);
    expect(answer).not.toContain('Lanternpad');
  });

  it('drops a sentence an earlier part of the answer already gave word for word', () => {
    expect(dropRepeatedSentences('A: one. B: two. A: one. C: three.')).toBe('A: one. B: two. C: three.');
  });
});

describe('acronyms and unknown names', () => {
  it("reads an unknown acronym as the named product's component whose name it abbreviates", () => {
    // "LDS" abbreviates the ledger database of Quillstack ("Ledger database" gives "LD", too short; "Quill API" gives "QA").
    const acronyms = [
      buildAskArchitecture({
        hosts: [],
        components: [
          buildComponentInput({
            id: 'ledger-sync',
            name: 'LedgerDatabase Sync',
            role: 'application-service',
            technology: 'Quill',
            purpose: 'Copies the ledger to the reporting store.',
          }),
        ],
      }),
    ];
    expect(answerQuestion('What does the Quillstack LDS do?', acronyms).answer).toContain('Copies the ledger to the reporting store.');
    expect(readQuestion('What does the Quillstack LDS do?', buildFactIndex(acronyms)).content).toEqual(
      expect.arrayContaining(['ledgerdatabase', 'sync']),
    );
  });

  it('declines on a name nothing places only in a short or yes/no question', () => {
    expect(ask('Does Quillstack need a DBA?').declined).toMatch(/do not mention DBA/);
    const long =
      'We are moving Quillstack to a managed database and our DBA wants to know which database it keeps accounts in and how many nodes it has';
    expect(ask(long).declined ?? '').not.toMatch(/do not mention DBA/);
  });
});

describe('figures, names and counts', () => {
  const cite = 'authgear-self-managed#resources-reference';
  /** Bucketry: its object storage (MinIO, two nodes of an Azure size) and any further components given. */
  const buildBucketry = (extra: ReturnType<typeof buildComponentInput>[] = []) =>
    buildArchitecture({
      id: 'bucketry',
      product: 'Bucketry',
      vendor: 'Bucket Co.',
      components: [
        buildComponentInput({
          id: 'object-storage',
          name: 'Object storage',
          role: 'object-storage',
          technology: 'MinIO',
          purpose: 'Keeps the uploaded files.',
          managed: [{ cloud: 'azure', service: 'azure-database-postgresql', sku: 'D2s v3', source: cite }],
          requirements: [{ scope: 'reference', nodes: 2, instances: { azure: 'D2s v3' }, source: cite }],
        }),
        ...extra,
      ],
    });
  const bucketed = buildBucketry();

  it('answers a component whose name holds a resource word, rather than declining the resource', () => {
    expect(answerQuestion('bucketry object storage', [bucketed]).answer).toContain('Keeps the uploaded files.');
    expect(answerQuestion('How much storage does Bucketry need?', [bucketed]).declined).toBe(
      'The vendor documents archkb holds for Bucketry state no storage figures.',
    );
  });

  it('answers a bare "how many?" after a question about the same thing, with a figure, not a size name', () => {
    expect(splitQuestion('bucketry object storage: which sku, how many?')).toEqual(['bucketry object storage: which sku', 'how many?']);
    // "D2s v3" holds digits but states no figure; the two nodes do.
    expect(answerQuestion('bucketry object storage: which sku, how many?', [bucketed]).answer).toMatch(/2 nodes/);
  });

  it('asks "what does each one do?" of every part the first answer listed', () => {
    const answer = ask('Which parts are in the Quillstack ledger and caches group, and what does each one do?').answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Ledger and caches: Ledger database and Session cache\./);
    expect(answer).toContain('Ledger database: Keeps accounts, tenants and audit records.');
    expect(answer).toContain('Session cache: Keeps sign-in sessions.');
    expect(answer).not.toContain('Not stated');
  });

  it('asks a short "why would I bother?" of what the first part asked about', () => {
    const answer = ask('Is the Quillstack session cache optional, and why would I bother?');
    expect(answer.answer ?? '').toMatch(/^Yes: it is optional\..*Session cache: Keeps sign-in sessions\./);
    expect(answer.answer ?? '').not.toContain('Not stated');
  });

  it('asks a short "how many nodes?" of the component the first part asked about, not of another one with more', () => {
    const twoParts = buildBucketry([
      buildComponentInput({
        id: 'web',
        name: 'Web frontend',
        role: 'application-service',
        requirements: [{ scope: 'reference', nodes: 5, source: cite }],
      }),
    ]);
    const answer = answerQuestion('Which Azure service does Bucketry use for object storage, and how many nodes?', [twoParts]).answer;
    expect(answer).toMatch(/Object storage: 2 nodes/);
    expect(answer).not.toMatch(/5 nodes/);
  });
});

describe('the sentences that set the scene', () => {
  it('lists the words only scene-setting sentences use, unless the asking sentence points back to them', () => {
    expect(read('Our team runs background jobs at night. Which Quillstack part keeps the records?').scene).toEqual([
      'run',
      'background',
      'job',
      'night',
    ]);
    expect(read('We run background jobs at night. Which Quillstack component is that?').scene).toEqual([]);
    expect(read('Which Quillstack part keeps the records?').scene).toEqual([]);
  });

  it('reads "those" or "these" before a noun of a wh-question as naming its own thing, not pointing back', () => {
    expect(read('Our uploads broke at night. Which Quillstack part keeps those records?').scene).toEqual(['upload', 'broke', 'night']);
    // A yes/no weighs the thing pointed at against the scene, so its scene stays empty.
    expect(read('We run background jobs at night. Is the Quillstack part for those jobs required?').scene).toEqual([]);
  });

  it('still reads "those" before a short word as pointing back (mutation session 45)', () => {
    expect(read('Our uploads broke at night. Which Quillstack part keeps records of those at night?').scene).toEqual([]);
  });

  it('keeps the scene of a yes/no whose asking sentence names its own part, though it points back ("fine for that")', () => {
    // The session cache is the subject; "that" is only the situation, whose words rank facts but need no answer.
    expect(read('We run background jobs at night. The Quillstack session cache is fine for that, right?').scene).toEqual([
      'run',
      'background',
      'job',
      'night',
    ]);
    // A "what" question about the situation ("in that case") still needs its words answered.
    expect(read('We run background jobs at night. What does the Quillstack session cache need in that case?').scene).toEqual([]);
  });

  it('reads a question embedded in the scene ("trying to figure out which …") as asked when the asking sentence points back', () => {
    const scene = read(
      'We are planning a Quillstack rollout and trying to figure out which bits sit in the sign-in core rather than with the ledger. What are they?',
    ).scene;
    // The ledger, set aside by "rather than", is scene too.
    expect(scene).toEqual(['planning', 'quillstack', 'rollout', 'trying', 'ledger']);
  });

  it('ranks by the asking sentence first, so a word of the scene does not pick the answer', () => {
    // The worker "runs background jobs"; the records are the ledger database's.
    expect(ask('Our team runs background jobs at night. Which Quillstack part keeps the records?').answer).toMatch(
      /^Quillstack \(Standard\): Ledger database: Keeps accounts, tenants and audit records\./,
    );
  });
});

describe('outages of a component needed only at start-up', () => {
  const askVault = (question: string) => answerQuestion(question, withVault).answer ?? '';

  it('reads whether the main clause asks that the deployment goes down or keeps running', () => {
    expect(read('If the key vault has an outage, will the running Quillstack services go down?').outcome).toBe('fail');
    expect(read('Does Quillstack keep running when the key vault is down?').outcome).toBe('survive');
    expect(read('Will Quillstack stop working if the key vault fails?').outcome).toBe('fail');
    expect(read('Can Quillstack stay up without the key vault?').outcome).toBe('survive');
    expect(read('Which database does Quillstack use?').outcome).toBeNull();
    // Asked whether it needs the vault up, the question is about the vault's state.
    expect(read('Does Quillstack need the key vault to be up all the time?').outcome).toBeNull();
  });

  it('answers no to "will it go down" and yes to "does it keep running"', () => {
    expect(askVault('If the key vault has an outage, will the running Quillstack services go down?')).toMatch(/^No\./);
    expect(askVault('Will Quillstack stop working if the key vault fails?')).toMatch(/^No\./);
    expect(askVault('Does Quillstack keep running when the key vault is down?')).toMatch(/^Yes\./);
    expect(askVault('Can Quillstack stay up without the key vault?')).toMatch(/^Yes\./);
    expect(askVault('Does Quillstack need the key vault to be up all the time?')).toMatch(/^No\./);
  });

  it('reads a part asked to "be up" as a question about when it runs', () => {
    expect(read('When does Quillstack need the key vault to be up?').attributes.get('runtime')).toBeGreaterThan(0);
  });

  it('reads a scene where the product "kept" serving through the outage as survival, asked whether that is expected', () => {
    expect(askVault('The key vault was down for an hour and Quillstack kept serving traffic. Is that expected?')).toMatch(/^Yes\./);
  });
});

describe('other wordings of "how many"', () => {
  it('reads "what is the number of" and "what\'s the number of" as "how many", so a product stating no count declines with that reason', () => {
    const reason = 'The vendor documents archkb holds for Lanternpad state no number of nodes to run.';
    for (const question of [
      'How many nodes does Lanternpad need for 1000 users?',
      'What is the number of nodes Lanternpad needs for 1000 users?',
      'What’s the number of nodes Lanternpad needs for 1000 users?',
      'What number of nodes does Lanternpad need for 1000 users?',
    ]) {
      const answer = answerQuestion(question, [buildAskArchitecture(), lanternpad]);
      expect(answer.declined, question).toBe(reason);
      // The answer repeats the question as asked, not as reworded.
      expect(answer.question).toBe(question);
    }
  });
});

describe('a claim followed by a check of it ("Correct?", "Is that what the doc says?")', () => {
  const catalogue = [buildAskArchitecture()];
  const index = buildFactIndex(catalogue);
  const readYesNo = (question: string) => readQuestion(question, index).yesNo;

  it('asks whether the sentence before the check holds, without the label that says where the claim comes from', () => {
    expect(findAskingText('Claim: Quillstack needs 4 vCPU. Correct?')).toBe('Quillstack needs 4 vCPU. Correct?');
    // "Right" is a function word elsewhere ("right now"), and a check here.
    expect(findAskingText('Claim: Quillstack needs 4 vCPU. Right?')).toBe('Quillstack needs 4 vCPU. Right?');
    // Asked without the claim, the check stands alone, so a name only the claim uses is not what is asked.
    expect(findAskingText('Claim: Quillstack needs 4 vCPU. Right?', false)).toBe('Right?');
    // A short question about "that" with a check word checks the claim; pointing at a source alone does not.
    expect(findAskingText('Quillstack needs 4 vCPU. Is that what the doc says?')).toBe(
      'Quillstack needs 4 vCPU. Is that what the doc says?',
    );
    expect(findAskingText('Quillstack lists Frobcore as its queue. Is that the stated service?')).toBe(
      'Quillstack lists Frobcore as its queue. Is that the stated service?',
    );
    expect(findAskingText('Quillstack runs in one container. Is that what they recommend for production?')).toBe(
      'Is that what they recommend for production?',
    );
    expect(findAskingText('Quillstack needs 4 vCPU. Does that meet the minimum?')).toBe('Does that meet the minimum?');
    expect(findAskingText('Our draft ADR: the ledger is optional. Is that accurate, as the doc states?')).toBe(
      'the ledger is optional. Is that accurate, as the doc states?',
    );
    // A question of its own after the claim is what is asked.
    expect(findAskingText('Quillstack needs 4 vCPU. Which cache does it use?')).toBe('Which cache does it use?');
    // Words naming where to look ask no check.
    expect(findAskingText('Quillstack needs 4 vCPU. Vendor docs?')).toBe('Vendor docs?');
  });

  it('reads a claim checked by a tag sentence as a yes/no question, unless a wh-question comes before the tag', () => {
    expect(readYesNo('They claim Quillstack needs 4 vCPU. Correct?')).toBe(true);
    expect(readYesNo('Sales told us Quillstack keeps its ledger in Frobcore. Is that accurate?')).toBe(true);
    expect(readYesNo('They claim Quillstack needs 4 vCPU. Check?')).toBe(true);
    expect(readYesNo('They claim Quillstack needs 4 vCPU. What does the vendor say?')).toBe(false);
    expect(readYesNo('They claim Quillstack needs 4 vCPU. Vendor docs?')).toBe(false);
    expect(readYesNo('What does Quillstack need? 4 vCPU. Right?')).toBe(false);
  });

  it('opens a computation that checks a claimed figure with whether the figure holds', () => {
    // 1 vCPU per 10 sign-ins per second at 40 sign-ins per second is 4 vCPU.
    const computed = 'Quillstack (Standard) at 40 sign-ins per second: Quill API: 4 vCPU requested';
    expect(answerQuestion('They claim Quillstack at 40 sign-ins per second needs 4 vCPU. Correct?', catalogue).answer).toMatch(
      new RegExp(`^Yes\\. ${computed.replace(/[()]/g, '\\$&')}`),
    );
    expect(answerQuestion('Quillstack at 40 sign-ins per second needs 4 vCPU, correct?', catalogue).answer).toMatch(/^Yes\. /);
    expect(answerQuestion('They claim Quillstack at 40 sign-ins per second needs 6 vCPU. Correct?', catalogue).answer).toMatch(/^No\. /);
    // Without a claim to check, the computation answers as it is.
    expect(answerQuestion('How many vCPU does Quillstack need at 40 sign-ins per second?', catalogue).answer).toMatch(
      new RegExp(`^${computed.replace(/[()]/g, '\\$&')}`),
    );
  });
});

describe('terse yes/no questions after a topic and a dash', () => {
  it('reads "<topic> — <predicate> …?" as yes or no, counting the words after the dash only', () => {
    expect(read('Quillstack — ledger database mandatory for a basic install?').yesNo).toBe(true);
    expect(read('Quillstack — still serving if the session cache goes down?').yesNo).toBe(true);
    // Without a topic and dash the same words are a long statement, not a terse yes/no.
    expect(read('Quillstack says the ledger database is mandatory for a basic install?').yesNo).toBe(false);
  });

  it('answers whether a conditional part is needed for a basic install as for any setup: only conditionally', () => {
    expect(ask('Is the Quill worker mandatory for a basic Quillstack install?').answer).toMatch(
      /^No, only conditionally: it is needed when/,
    );
  });
});

describe('a short product name written with a letter missing', () => {
  const quire = buildAskArchitecture({ id: 'quire', product: 'Quire', summary: 'Quire signs users in.' });
  const shortIndex = buildFactIndex([quire, lanternpad]);
  const productsOf = (question: string) => readQuestion(question, shortIndex).products;

  it('reads a four-letter word one dropped letter from a five-letter product name as that product', () => {
    expect(productsOf('qire: what does it need?')).toEqual([{ id: 'quire', certainty: 1 }]);
    expect(productsOf('Does quie need a cache?')).toEqual([{ id: 'quire', certainty: 1 }]);
  });

  it("reads a four-letter word one dropped letter from a five-letter cloud's name as that cloud", () => {
    expect(readQuestion('Quire on azur: which managed cache?', shortIndex).clouds).toEqual(['azure']);
    expect(readQuestion('Quire on azre: which managed cache?', shortIndex).clouds).toEqual(['azure']);
    expect(readQuestion('Quire on zure: which managed cache?', shortIndex).clouds).toEqual([]);
  });

  it('changes no word that differs in its first letter or by more than one dropped letter', () => {
    expect(productsOf('uire: what does it need?')).toEqual([]);
    expect(productsOf('qre: what does it need?')).toEqual([]);
  });
});
