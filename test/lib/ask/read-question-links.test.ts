import { describe, expect, it } from 'vitest';
import { buildFactIndex, joinSplitWords, readQuestion } from '../../../src/lib/ask/index.ts';
import { dropLeadingLabel, namesHeldSetting } from '../../../src/lib/ask/read-question.ts';
import type { Architecture } from '../../../src/schemas/architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildCanvasInput,
  buildLanternpad,
  buildLedgerInput,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#introduction';

/** Reads a question over a fresh index of the catalogue, so no cache of another test's index is read. */
const readOver = (architectures: Architecture[], question: string) => readQuestion(question, buildFactIndex(architectures));
const productsOf = (architectures: Architecture[], question: string) =>
  readOver(architectures, question).products.map((product) => product.id);

/** Lanternpad with only its canvas service; override any field. */
const lanternpad = (overrides: Parameters<typeof buildLanternpad>[0] = {}) =>
  buildLanternpad({
    components: [buildComponentInput({ id: 'canvas', name: 'Canvas service', role: 'application-service', technology: 'Node.js' })],
    ...overrides,
  });

describe('readQuestion: a product named inside another', () => {
  it('reads a product named as a part of another named product as that part, not as a product of its own', () => {
    const hosting = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'board', name: 'Lanternpad board', role: 'application-service', technology: 'Lanternpad' }),
    ]);
    expect(readOver([hosting, lanternpad()], 'How is Lanternpad set up in Quillstack?').products).toEqual([
      { id: 'quillstack', certainty: 1 },
    ]);
  });

  it('keeps a product named before "vs" though the product after it has a part of that name', () => {
    const hosting = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'board', name: 'Lanternpad board', role: 'application-service', technology: 'Lanternpad' }),
    ]);
    expect(productsOf([hosting, lanternpad()], 'Node count: Lanternpad vs Quillstack?').sort()).toEqual(['lanternpad', 'quillstack']);
    expect(productsOf([hosting, lanternpad()], 'Node count: Quillstack vs Lanternpad?').sort()).toEqual(['lanternpad', 'quillstack']);
    expect(productsOf([hosting, lanternpad()], 'Node count of Lanternpad in Quillstack?')).toEqual(['quillstack']);
  });

  it('keeps both products when only some of the words naming one are a part of the other', () => {
    const hosting = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'board', name: 'Lanternpad board', role: 'application-service', technology: 'Lanternpad' }),
    ]);
    const lanternStudio = lanternpad({ product: 'Lanternpad Studio' });
    expect(productsOf([hosting, lanternStudio], 'Does Lanternpad Studio run beside Quillstack?').sort()).toEqual([
      'lanternpad',
      'quillstack',
    ]);
  });
});

describe('readQuestion: a product named only by a component', () => {
  const certwell = () =>
    buildArchitecture({
      id: 'certwell',
      product: 'Certwell',
      components: [buildComponentInput({ id: 'cert-store', name: 'Certificate store', role: 'secrets-manager', source: cite })],
    });

  it('links the one product owning a component word, however weakly the word weighs', () => {
    expect(readOver([buildAskArchitecture(), certwell()], 'What does the ledger keep?').products).toEqual([
      { id: 'quillstack', certainty: 0.7 },
    ]);
  });

  it('does not link a product by a component word of three letters', () => {
    expect(productsOf([buildAskArchitecture(), certwell()], 'What does the API do?')).toEqual([]);
  });

  it('links a product by a component word of four letters', () => {
    const relay = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'mail-relay', name: 'Mail relay', role: 'email-sms-gateway', technology: 'Postfix' }),
    ]);
    expect(productsOf([relay, certwell()], 'Where does mail go?')).toEqual(['quillstack']);
  });

  it('links the product whose component words weigh far more, whichever product the question names first', () => {
    const both = () => [buildAskArchitecture(), certwell()];
    expect(productsOf(both(), 'Where do certificates go, and which ledger setting keeps the worker session rows?')).toEqual(['quillstack']);
    expect(productsOf(both(), 'Which ledger setting keeps the worker session rows, and where do certificates go?')).toEqual(['quillstack']);
  });

  it('links the product whose named component only it has words for, over one named in words both products use', () => {
    const daemon = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'frobcored', name: 'frobcored', role: 'application-service', purpose: 'Serves boards to users.' }),
      buildComponentInput({ id: 'boards', name: 'Boards', role: 'application-service', purpose: 'Holds the boards.' }),
    ]);
    const boards = lanternpad({
      components: [buildComponentInput({ id: 'user-boards', name: 'User boards', role: 'application-service', purpose: 'One per user.' })],
    });
    expect(productsOf([daemon, boards], 'What does frobcored expose to users and boards?')).toEqual(['quillstack']);
  });

  it('links no product when each of two products has a component the question names in full', () => {
    expect(productsOf([buildAskArchitecture(), certwell()], 'Which ledger database and certificate store settings matter?')).toEqual([]);
  });
});

describe('readQuestion: the category a question names', () => {
  it('needs a word only that category uses, not only words categories share ("servers", "management")', () => {
    const catalogue = () => [buildAskArchitecture(), lanternpad()];
    expect(readOver(catalogue(), 'Which identity servers need a cache?').category).toBe('identity');
    expect(readOver(catalogue(), 'Which access management servers need a cache?').category).toBeNull();
  });
});

describe('readQuestion: the layout a question means', () => {
  it('takes the layout written for a cloud the question names, whatever the layout is called', () => {
    const onClouds = lanternpad({
      variants: [
        { id: 'default', name: 'Default', summary: 'The only layout.', source: cite },
        { id: 'large', name: 'Large reference', summary: 'Many nodes.', cloud: 'aws', source: cite },
      ],
    });
    expect(readOver([onClouds], 'How much memory does Lanternpad need on AWS?').variants.get('lanternpad')).toBe('large');
    expect(readOver([onClouds], 'How much memory does Lanternpad need?').variants.has('lanternpad')).toBe(false);
  });

  it('takes the layout the question names by its one-word id, though a part elsewhere is named after it, unless set aside', () => {
    const platforms = lanternpad({
      variants: [
        { id: 'plain', name: 'Plain cluster', summary: 'On any cluster.', source: cite },
        { id: 'frobshift', name: 'Frobshift Container Platform', summary: 'On the Frobshift platform.', source: cite },
      ],
      components: [
        // "Plain" is a common word of the facts, so only setting the rarer "Frobshift" aside lets it name a layout.
        buildCanvasInput({ purpose: 'Draws plain canvases from plain text in plain colours.' }),
        buildComponentInput({
          id: 'cluster-api',
          name: 'Cluster API',
          role: 'container-orchestration',
          purpose: 'Runs plain pods on plain nodes.',
          notes: [{ kind: 'option', text: 'Plain pods suit plain apps.', source: cite }],
          overrides: { frobshift: { name: 'Frobshift API' } },
          source: cite,
        }),
      ],
    });
    const variantOf = (question: string) => readOver([platforms], question).variants.get('lanternpad');
    expect(variantOf('Lanternpad on Frobshift: how much memory?')).toBe('frobshift');
    expect(variantOf('Lanternpad on plain rather than Frobshift: how much memory?')).toBe('plain');
    expect(variantOf('Lanternpad, plain instead of Frobshift: how much memory?')).toBe('plain');
  });

  it('names, of layouts whose names the question uses alike, the one whose summary opens with two words it writes together', () => {
    const named = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Single ledger / site', summary: 'A ledger beside a standby API.', source: cite },
        {
          id: 'many-sites',
          name: 'Multi ledger / site',
          summary: 'To grow across sites, at least three ledgers, each independent. Not stated: lag.',
          source: cite,
        },
      ],
    });
    const variantOf = (question: string) => readOver([named], question).variants.get('quillstack');
    expect(variantOf('How many ledgers does Quillstack suggest when we grow across sites?')).toBe('many-sites');
    // Words apart, or a count the summary shares ("at least three"), name neither; the first layout stays.
    expect(variantOf('How many ledgers does Quillstack suggest across our growing sites?')).toBe('standard');
    expect(variantOf('At least three of what does Quillstack run per site?')).toBe('standard');
    // Function words between the two do not part them; a pair from a later sentence of the summary names nothing.
    expect(variantOf('How many ledgers does Quillstack suggest to grow our ledger across the sites?')).toBe('many-sites');
    expect(variantOf('Which ledger per site has the stated lag in Quillstack?')).toBe('standard');
  });

  it('names no layout by the words every entry is called ("reference architecture")', () => {
    const named = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API and a ledger database.', source: cite },
        { id: 'hosted', name: 'Hosted reference architecture', summary: 'The API on a hosted platform.', source: cite },
      ],
    });
    const variantOf = (question: string) => readOver([named], question).variants.get('quillstack');
    expect(variantOf('list the optional parts in the Quillstack reference architecture')).toBeUndefined();
    expect(variantOf('list the optional parts in the hosted Quillstack architecture')).toBe('hosted');
  });

  it("names no layout by those words when only one layout's facts use them either (mutation session 35)", () => {
    const named = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API and a ledger database.', source: cite },
        { id: 'hosted', name: 'Hosted', summary: 'The reference architecture on a hosted platform.', source: cite },
      ],
    });
    // Written capitalised, as a name, the words are read as names only one layout's facts use; these name no layout.
    expect(
      readOver([named], 'list the optional parts in the Quillstack Reference Architecture').variants.get('quillstack'),
    ).toBeUndefined();
  });

  it("names no layout by a generic word written as a name, though only one layout's facts use it (mutation session 35)", () => {
    const named = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API and a ledger database.', source: cite },
        { id: 'hosted', name: 'Hosted', summary: 'The API on a rented edge layer.', source: cite },
      ],
    });
    // "Layer" is a generic word ("service", "server", "layer"): it names no layout even capitalised.
    expect(readOver([named], 'How much memory does the Quillstack Layer need?').variants.get('quillstack')).toBeUndefined();
  });

  it('takes the layout whose own words the question uses most, whichever it names first', () => {
    const gated = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API behind a Moatgate relay.', source: cite },
        { id: 'clustered', name: 'Clustered', summary: 'API nodes behind a Gatekeeper proxy with a Drawbridge cache.', source: cite },
      ],
    });
    expect(
      readOver([gated], 'Is the Moatgate relay or the Gatekeeper proxy with the Drawbridge cache in front of Quillstack?').variants.get(
        'quillstack',
      ),
    ).toBe('clustered');
  });

  it('reads no layout from words that only the product name or generic words give', () => {
    const named = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API for Quillstack.', source: cite },
        { id: 'clustered', name: 'Clustered', summary: 'Several API nodes behind a proxy server.', source: cite },
      ],
    });
    expect(readOver([named], 'Which Quillstack Server parts are there?').variants.has('quillstack')).toBe(false);
  });
});

describe('readQuestion: typos towards the products named', () => {
  it('corrects a typo towards the named product’s own word over another product’s nearer word', () => {
    const restful = lanternpad({
      components: [buildComponentInput({ id: 'rest', name: 'REST layer', role: 'application-service', technology: 'PostgREST' })],
    });
    const reading = readOver(
      [buildAskArchitectureWith([buildQuillApiInput(), buildLedgerInput()]), restful],
      'Does Quillstack need postgress?',
    );
    expect(reading.tokens).toContain('postgresql');
    expect(reading.tokens).not.toContain('postgrest');
  });
});

describe('readQuestion: a word for products before a named component', () => {
  const catalogue = () => [buildAskArchitecture(), lanternpad()];

  it('asks about the one product whose component the question names when the product word comes before its subject', () => {
    expect(productsOf(catalogue(), 'What tool does the Canvas service run under the hood?')).toEqual(['lanternpad']);
  });

  it('still asks across products when the product word is the subject ("which tools use …")', () => {
    expect(productsOf(catalogue(), 'Which tools use a Canvas service?')).toEqual([]);
  });

  it('still asks across products when the component is named by words other products use too', () => {
    const shared = buildAskArchitectureWith([
      buildComponentInput({ id: 'canvas', name: 'Canvas service', role: 'application-service', technology: 'Node.js' }),
    ]);
    expect(productsOf([shared, lanternpad()], 'What tool does the Canvas service run?')).toEqual([]);
  });
});

describe('readQuestion: a product known by the words only its facts use', () => {
  const boards = () =>
    lanternpad({
      components: [
        buildComponentInput({
          id: 'canvas',
          name: 'Canvas service',
          role: 'application-service',
          technology: 'Node.js',
          purpose: 'Renders the frobnotes and the glimmer boards.',
        }),
      ],
    });

  it('asks about the one product whose facts alone use two of the question’s words', () => {
    expect(productsOf([buildAskArchitecture(), boards()], 'How much memory do frobnotes on glimmer boards take?')).toEqual(['lanternpad']);
  });

  it('needs two such words, and none that only another product uses', () => {
    expect(productsOf([buildAskArchitecture(), boards()], 'How much memory do frobnotes take?')).toEqual([]);
    expect(productsOf([buildAskArchitecture(), boards()], 'Do frobnotes on glimmer boards hold the tenants and audit records?')).toEqual(
      [],
    );
  });
});

describe('joinSplitWords: a name written in pieces', () => {
  const index = () => buildFactIndex([buildAskArchitecture(), lanternpad()]);

  it('joins two pieces one of which is no word of the index into the name the facts use', () => {
    expect(joinSplitWords('does quill stack need the ledger database', index())).toBe('does quillstack need the ledger database');
    expect(joinSplitWords('Lantern Pad: what does the canvas do?', index())).toBe('LanternPad: what does the canvas do?');
    // The second of three pieces pairs with the first only when they make the name; "deploying" and "quill" do not.
    expect(joinSplitWords('deploying quill stack today', index())).toBe('deploying quillstack today');
  });

  it('keeps two words the index knows apart, pieces a comma divides, and joins shorter than five letters', () => {
    // "ledger" and "database" are both words of the facts, so "ledger database" stays two words.
    expect(joinSplitWords('ledger database', index())).toBe('ledger database');
    expect(joinSplitWords('quill, stack', index())).toBe('quill, stack');
    expect(joinSplitWords('quill stacks of paper', index())).toBe('quill stacks of paper');
  });

  it('joins single letters that spell a word of the index, and leaves other letters alone', () => {
    // The fixture's clustered variant is named "(high availability)"; its facts spell out "API".
    expect(joinSplitWords('is the a p i stateless', index())).toBe('is the api stateless');
    expect(joinSplitWords('plan b or plan c', index())).toBe('plan b or plan c');
  });

  it('spells only the letters that make a word, the rest one by one, across any run of spaces (mutation session 35)', () => {
    // "a p i b": "apib" is no word, "api" is; the "b" left over stays a letter of its own.
    expect(joinSplitWords('is the a p i b stateless', index())).toBe('is the api b stateless');
    expect(joinSplitWords('is the a  p  i stateless', index())).toBe('is the api stateless');
    // Two letters are enough: the clustered layout's "high availability" is the index's "ha".
    expect(joinSplitWords('is the h a layout ready', index())).toBe('is the ha layout ready');
  });

  it('joins pieces across spaces only, at five letters or more (mutation session 35)', () => {
    expect(joinSplitWords('does quill  stack need the ledger', index())).toBe('does quillstack need the ledger');
    expect(joinSplitWords('does quill -stack need the ledger', index())).toBe('does quill -stack need the ledger');
    // "cache" has five letters and "ca", "che" are no words of the index; "api" has three.
    expect(joinSplitWords('is the ca che optional', index())).toBe('is the cache optional');
    expect(joinSplitWords('is the a pi stateless', index())).toBe('is the a pi stateless');
  });

  it('links the product a split name names', () => {
    expect(readQuestion('does lantern pad need a canvas service', index()).products.map((p) => p.id)).toEqual(['lanternpad']);
  });

  it('joins two unknown whole words that make a slip of a product name, which then links the product', () => {
    expect(joinSplitWords('can i run the ledger with quil stack', index())).toBe('can i run the ledger with quilstack');
    expect(readQuestion('can i run the ledger with quil stack', index()).products.map((p) => p.id)).toEqual(['quillstack']);
  });

  it('joins no slip with a word the index knows or a piece of a word with digits', () => {
    expect(joinSplitWords('quillstac k8s ledger', index())).toBe('quillstac k8s ledger');
    // A slip of the first letter ("uillstack") or of a name of five letters or fewer is too loose to join.
    expect(joinSplitWords('the uill stack', index())).toBe('the uill stack');
    expect(joinSplitWords('does zor bi need the ledger', buildFactIndex([buildAskArchitecture({ id: 'zorbo', product: 'Zorbo' })]))).toBe(
      'does zor bi need the ledger',
    );
    // "quill" is a word of the fixture's facts, so "quill stac" stays two words though "quillstac" is one slip from the name.
    expect(joinSplitWords('the quill stac', index())).toBe('the quill stac');
  });
});

describe('readQuestion: a product linked by a setting name only its facts write', () => {
  const catalogue = [buildAskArchitecture(), buildLanternpad()];

  it('links the one product whose facts write a dotted setting name of three parts or more', () => {
    expect(readOver(catalogue, 'What does api.autoscaling.maxReplicas default to?').products).toEqual([
      { id: 'quillstack', certainty: 0.7 },
    ]);
    expect(productsOf(catalogue, 'We left `WORKER.AUTOSCALING.MAXREPLICAS` alone. Is that wise?')).toEqual(['quillstack']);
  });

  it('links by an environment variable joined by underscores, of three parts or more', () => {
    const settings = [{ name: 'ZORP_FLUX_TIMEOUT', value: '30s', status: 'example' as const, source: cite }];
    const withVariable = buildAskArchitectureWith([buildQuillApiInput({ settings })]);
    // Linked by the setting (0.7), not by the two words only its facts use (0.6).
    expect(readOver([withVariable, buildLanternpad()], 'What should ZORP_FLUX_TIMEOUT be?').products).toEqual([
      { id: 'quillstack', certainty: 0.7 },
    ]);
  });

  it('links nothing for a name of two parts, a name no product writes, or one two products write', () => {
    expect(productsOf(catalogue, 'What does api.replicaCount default to?')).toEqual([]);
    expect(productsOf(catalogue, 'What does api.autoscaling.minReplicas default to?')).toEqual([]);
    const twin = buildAskArchitecture({ id: 'inkwell', product: 'Inkwell' });
    expect(productsOf([...catalogue, twin], 'What does api.autoscaling.maxReplicas default to?')).toEqual([]);
  });
});

describe('readQuestion: a setting named whole links the one product whose facts write it', () => {
  const question = 'What is the default of api.autoscaling.maxReplicas?';

  it('links Quillstack, whose Quill API writes the setting, as a guess (certainty 0.7)', () => {
    expect(readOver([buildAskArchitecture(), buildLanternpad()], question).products).toEqual([{ id: 'quillstack', certainty: 0.7 }]);
  });

  it('links it when one of several setting names asked is one it writes', () => {
    const twoNames = 'Are api.autoscaling.minReplicas and api.autoscaling.maxReplicas set by default?';
    expect(readOver([buildAskArchitecture(), buildLanternpad()], twoNames).products).toEqual([{ id: 'quillstack', certainty: 0.7 }]);
  });

  it('links no product when two products write the same setting', () => {
    const copy = buildAskArchitecture({ id: 'quillcopy', product: 'Quillcopy' });
    expect(productsOf([buildAskArchitecture(), copy], question)).toEqual([]);
  });
});

describe('namesHeldSetting', () => {
  const index = buildFactIndex([buildAskArchitecture(), buildLanternpad()]);

  it('finds a setting of three parts the architecture writes, whatever its case', () => {
    expect(namesHeldSetting(index, 'quillstack', 'What is api.autoscaling.maxReplicas?')).toBe(true);
    expect(namesHeldSetting(index, 'quillstack', 'What is API.AUTOSCALING.ENABLED?')).toBe(true);
  });

  it('looks at every setting name the text gives', () => {
    expect(namesHeldSetting(index, 'quillstack', 'Is api.autoscaling.minReplicas or api.autoscaling.maxReplicas set?')).toBe(true);
  });

  it('is false for a setting the architecture does not write, for another architecture and for one the index lacks', () => {
    expect(namesHeldSetting(index, 'quillstack', 'What is api.autoscaling.minReplicas?')).toBe(false);
    expect(namesHeldSetting(index, 'lanternpad', 'What is api.autoscaling.maxReplicas?')).toBe(false);
    expect(namesHeldSetting(index, 'no-such-product', 'What is api.autoscaling.maxReplicas?')).toBe(false);
  });

  it('finds a camel-case key that is a whole part of a setting name the architecture writes', () => {
    expect(namesHeldSetting(index, 'quillstack', 'In the sample config, what is maxReplicas set to?')).toBe(true);
    expect(namesHeldSetting(index, 'quillstack', 'What is MaxReplicas at most?')).toBe(true);
    expect(namesHeldSetting(index, 'quillstack', 'What is minReplicas set to?')).toBe(false);
    expect(namesHeldSetting(index, 'quillstack', 'What is maxReplica set to?')).toBe(false);
    expect(namesHeldSetting(index, 'lanternpad', 'What is maxReplicas set to?')).toBe(false);
  });

  it('takes no camel-case word for a key when it names a part, though a setting name holds it', () => {
    const ledger = buildLedgerInput({
      settings: [{ name: 'postgreSQL.enabled', value: 'true', status: 'default', source: 'authgear-self-managed#introduction' }],
    });
    const own = buildFactIndex([buildAskArchitectureWith([ledger])]);
    expect(namesHeldSetting(own, 'quillstack', 'How many users can one PostgreSQL serve?')).toBe(false);
    expect(namesHeldSetting(own, 'quillstack', 'Is postgreSQL.enabled.flag set?')).toBe(false);
  });
});

describe('dropLeadingLabel', () => {
  it('drops a label before a colon that a question follows', () => {
    expect(dropLeadingLabel('Quill pods: what disk size do they need?')).toBe('what disk size do they need?');
    expect(dropLeadingLabel('Audit sheet: if we scale out, does it hold?')).toBe('if we scale out, does it hold?');
  });

  it('keeps a colon a statement follows, and text with no label', () => {
    expect(dropLeadingLabel('Quill pods: two of them.')).toBe('Quill pods: two of them.');
    expect(dropLeadingLabel('What disk size do Quill pods need?')).toBe('What disk size do Quill pods need?');
  });
});
