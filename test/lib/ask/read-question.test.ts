import { describe, expect, it } from 'vitest';
import { buildFactIndex, findAskedAttribute, readQuestion } from '../../../src/lib/ask/index.ts';
import { readLoads } from '../../../src/lib/ask/compute/read-loads.ts';
import { buildAskArchitecture } from '../../fixtures/build-ask-architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const quillstack = buildAskArchitecture();
const peer = buildArchitecture({
  id: 'lanternpad',
  product: 'Lanternpad',
  vendor: 'Lantern Co.',
  category: 'internal-tools',
  variants: [
    { id: 'default', name: 'Default', summary: 'The only layout.', source: 'authgear-self-managed#introduction' },
    { id: 'azure', name: 'Azure reference', summary: 'On Azure.', cloud: 'azure', source: 'authgear-azure#cloud-resources-requirements' },
  ],
});
const index = buildFactIndex([quillstack, peer]);
const read = (question: string) => readQuestion(question, index);

describe('readQuestion: products', () => {
  it('links a product by its name, in any case and with a typo', () => {
    expect(read('Does Quillstack need a ledger database?').products.map((p) => p.id)).toEqual(['quillstack']);
    expect(read('does QUILLSTACK need it').products.map((p) => p.id)).toEqual(['quillstack']);
    expect(read('does quilstack need it').products.map((p) => p.id)).toEqual(['quillstack']);
  });

  it('links the one product whose component the question names, less surely, when it names no product', () => {
    const reading = read('What does the ledger database keep?');
    expect(reading.products).toEqual([{ id: 'quillstack', certainty: 0.7 }]);
  });

  it('names well-known products archkb lacks with their nearest category, and capitalised names nothing places', () => {
    expect(read('What does Okta need to self-host?').otherProducts).toEqual([{ name: 'okta', category: 'identity' }]);
    expect(read('Does Quillstack need Frobnicator?').unknownNames).toEqual(['Frobnicator']);
    expect(read('Does Quillstack need PostgreSQL?').unknownNames).toEqual([]);
  });

  it('reads the category a question names', () => {
    expect(read('which identity servers need a cache').category).toBe('identity');
  });

  it('reads "difficult" as the sources\' "hard", and no content in "according", "particularly" or "especially"', () => {
    const { content } = read('Why, according to the guide, is the Quillstack ledger particularly difficult to scale, especially now?');
    expect(content).toContain('hard');
    for (const word of ['according', 'particularly', 'especially', 'difficult']) expect(content).not.toContain(word);
  });

  it('leaves out a product that products are asked to use, or that an exclusion cue names, and asks across the rest', () => {
    expect(read('Which products use Lanternpad?')).toMatchObject({ products: [], leftOut: ['lanternpad'], filter: true });
    expect(read('Which products in the catalogue integrate with Lanternpad?')).toMatchObject({ products: [], leftOut: ['lanternpad'] });
    const besides = read('Which products other than Lanternpad need a cache?');
    expect(besides).toMatchObject({ products: [], leftOut: ['lanternpad'], filter: true });
    expect(besides.excluded).not.toContain('cache');
    expect(read('Which products except Lanternpad need a cache?').leftOut).toEqual(['lanternpad']);
  });

  it('keeps a product a word for products only asks about ("which tools does X use?", "on which platform is X run?")', () => {
    expect(read('Which tools does Lanternpad use?')).toMatchObject({ leftOut: [] });
    expect(read('Which tools does Lanternpad use?').products.map((p) => p.id)).toEqual(['lanternpad']);
    expect(read('On which platform Lanternpad is recommended to run?').products.map((p) => p.id)).toEqual(['lanternpad']);
  });

  it('reads a category from another of its names put before a word for products, and only there', () => {
    expect(read('Of the three low-code builders, which one needs a cache?').category).toBe('internal-tools');
    expect(read('which IAM solutions need a cache').category).toBe('identity');
    expect(read('For the two CDE products, what cache does each use?').category).toBe('cloud-development-environments');
    expect(read('which identity provider signs users in').category).toBeNull();
    expect(read('is low-code fast to build with').category).toBeNull();
  });
});

describe('readQuestion: variants', () => {
  it('picks a variant by the words of its name, or by the cloud it was written for', () => {
    expect(read('Quillstack clustered ledger figures').variants.get('quillstack')).toBe('clustered');
    expect(read('Lanternpad on Azure').variants.get('lanternpad')).toBe('azure');
  });

  it('does not pick a variant or a cloud the question rules out with a negation', () => {
    expect(read('We run Quillstack on one node, not clustered. Which ledger figures?').variants.has('quillstack')).toBe(false);
    expect(read('Lanternpad not Azure').variants.has('lanternpad')).toBe(false);
  });

  it('does not pick a variant by a generic word alone', () => {
    const other = buildArchitecture({
      id: 'tidewell',
      product: 'Tidewell',
      variants: [
        { id: 'one', name: 'Kubernetes', summary: 'One.', source: 'authgear-self-managed#introduction' },
        { id: 'many', name: 'Multi-cluster', summary: 'Many.', source: 'authgear-self-managed#introduction' },
      ],
    });
    const reading = readQuestion('tidewell cluster memory', buildFactIndex([other]));
    expect(reading.variants.get('tidewell')).toBeUndefined();
    expect(readQuestion('tidewell multi-cluster memory', buildFactIndex([other])).variants.get('tidewell')).toBe('many');
  });
});

describe('readQuestion: what is asked', () => {
  it('reads the scopes most specific first, so "minimal HA" is the HA figures', () => {
    expect(read('Quillstack minimal HA cluster').scopes).toEqual(['high-availability', 'minimum']);
    expect(read('Quillstack chart defaults').scopes).toEqual(['default']);
    // The load a setup "scaled to" is the one it was tested at.
    expect(read('the load Quillstack scaled to: total CPU?').scopes).toEqual(['tested']);
  });

  it('reads the request or limit side, and both when both are named', () => {
    expect(read('Quillstack CPU limit').side).toBe('limit');
    expect(read('Quillstack CPU request').side).toBe('request');
    expect(read('Quillstack CPU requested, and what limit').side).toBeNull();
  });

  it('reads the resources named, and CPU and memory for "total resource requirements"', () => {
    expect(read('Quillstack RAM and cores').resources).toEqual(['memoryGiB', 'vcpu']);
    expect(read('total resource requirements of Quillstack').resources).toEqual(['vcpu', 'memoryGiB']);
  });

  it('reads the kind a "what" or "which" asks for from the word after it, over the function words other cues count', () => {
    const asked = (question: string) => findAskedAttribute(read(question).attributes);
    expect(asked('What cache settings does Quillstack insist on for the worker?')).toBe('setting');
    expect(asked('Which ports does the Quillstack API use?')).toBe('port');
    expect(asked('What does the Quillstack worker do?')).toBe('purpose');
    // The whole name of a setting after "what" asks for that setting, though "size" alone cues requirements.
    expect(asked('What token cache size should we watch on Quillstack?')).toBe('setting');
    expect(asked('What cache size does Quillstack need?')).not.toBe('setting');
    // "Under what condition" asks for the part's necessity, which says when it is needed.
    expect(asked('Under what condition does the Quillstack layout call for a worker?')).toBe('necessity');
  });

  it('reads a bare "Why?" after what happened as asking what the parts involved are for', () => {
    const asked = (question: string) => findAskedAttribute(read(question).attributes);
    expect(asked('The Quillstack worker fails after I set the ledger name to the API name. Why?')).toBe('purpose');
    // Within a sentence, "why" is one cue among the others.
    expect(asked('Why does the Quillstack worker fail after I set the ledger setting?')).not.toBe('purpose');
  });

  it('reads "which service" as asking for a managed service only beside another cue of one ("managed", a cloud)', () => {
    const asked = (question: string) => findAskedAttribute(read(question).attributes);
    expect(asked('Which Quillstack service talks to the ledger?')).not.toBe('managed-service');
    expect(asked('Which managed service holds the Quillstack ledger?')).toBe('managed-service');
    expect(asked('Which AWS service holds the Quillstack ledger?')).toBe('managed-service');
  });

  it('reads "suggest" and "advise" as asking for the vendor\'s advice, as "recommend" is', () => {
    for (const verb of ['suggest', 'advise', 'recommend']) {
      expect(read(`What does Quillstack ${verb} for the session cache?`).attributes.has('note')).toBe(true);
    }
    expect(read('What does Quillstack keep in the session cache?').attributes.has('note')).toBe(false);
  });

  it('reads "how does the vendor expect us to handle X" as asking for its advice on X', () => {
    expect(read('How does Quillstack expect us to handle the session cache?').attributes.has('note')).toBe(true);
    expect(read('How does Quillstack handle the session cache?').attributes.has('note')).toBe(false);
    // Expecting a load is no advice asked for.
    expect(read('We expect 50 sign-ins per second. How does Quillstack handle the session cache?').attributes.has('note')).toBe(false);
  });

  it('reads "a connection to" as asking about connections, as "connects to" is', () => {
    expect(read('Which Quillstack part has a connection to the ledger?').attributes.has('connection')).toBe(true);
    expect(read('Which Quillstack part is connected to the ledger?').attributes.has('connection')).toBe(true);
  });

  it('reads "what do I need for X" as asking for the requirements of X', () => {
    expect(read('What do I need for Quillstack autoscaling?').content).toContain('requirement');
    expect(read('Do I need the Quillstack worker?').content).not.toContain('requirement');
  });

  it('reads no figure from "in memory" or "on disk" as a place, unless the question asks an amount', () => {
    expect(read('Does the Quillstack session cache keep sessions in memory?').resources).toEqual([]);
    expect(read('Does the Quillstack ledger keep its files on disk?').resources).toEqual([]);
    expect(read('What does the Quillstack minimum setup add up to in vCPUs and memory?').resources).toEqual(['vcpu', 'memoryGiB']);
    expect(read('How much data does the Quillstack cache hold in memory?').resources).toEqual(['memoryGiB']);
  });

  it('reads no figure from a resource word that asks which kind ("instance type")', () => {
    expect(read('How many instances does Quillstack run?').resources).toEqual(['nodes']);
    expect(read('Which instance type does Quillstack run on?').resources).toEqual([]);
    expect(read('Quillstack node class and memory').resources).toEqual(['memoryGiB']);
  });

  it('tells yes/no questions, number questions and the whole-deployment cue apart', () => {
    expect(read('Is the session cache required for Quillstack?').yesNo).toBe(true);
    expect(read('What does Quillstack keep?').yesNo).toBe(false);
    // The asker's situation first, then the question after its comma.
    expect(read("We're running Quillstack for 8k users, do we need the cache?").yesNo).toBe(true);
    expect(read('We need the cache for Quillstack, as far as I know.').yesNo).toBe(false);
    // An auxiliary first with "how many" inside asks the count, as the usual word order does.
    // A condition no comma marks off ends before the auxiliary that opens the question; "when should …" asks when.
    expect(read('if our ledger has an outage does Quillstack go down?').yesNo).toBe(true);
    expect(read('If the session cache is down does Quillstack stop signing users in?').yesNo).toBe(true);
    expect(read('When should we expect Quillstack downtime?').yesNo).toBe(false);
    // An adverb between the question word and its auxiliary still asks when.
    expect(read('When exactly does Quillstack need the session cache?').yesNo).toBe(false);
    expect(read('When precisely is the Quillstack worker needed?').yesNo).toBe(false);
    expect(read('If the ledger is down what does Quillstack keep?').yesNo).toBe(false);
    expect(read('Should the Quillstack ledger database run on how many nodes?').yesNo).toBe(false);
    expect(read('Does Quillstack need how much memory per API node?').yesNo).toBe(false);
    expect(read('Should the Quillstack ledger database run on several nodes?').yesNo).toBe(true);
    expect(read('Does Quillstack use a cache, and how much memory does it need?').yesNo).toBe(true);
    // After a comma or semicolon alone, too, "how many" opens a part of its own.
    expect(read('Does Quillstack need a worker, how many nodes?').yesNo).toBe(true);
    expect(read('Does Quillstack need a worker; how many nodes?').yesNo).toBe(true);
    expect(read('How many workers does Quillstack run?').expectsNumber).toBe(true);
    expect(read('Exactly how many workers does Quillstack run?').expectsNumber).toBe(true);
    // A frequency is answered by "daily" as well as by a number.
    expect(read('How often is the Quillstack ledger backed up?').expectsNumber).toBe(false);
    expect(read('Quillstack CPU for 50 sign-ins per second plus the control plane').whole).toBe(true);
    // Two conditions in a row still leave the question after them to say what it asks.
    expect(read('For Quillstack on AWS, if we keep the fewest zones, how many subnets do we need?').expectsNumber).toBe(true);
    // A preposition before "how many" still asks for a count, and "past" cues a threshold.
    const past = read('past how many sign-ins does Quillstack say to add a worker?');
    expect(past.expectsNumber).toBe(true);
    expect(past.attributes.has('threshold')).toBe(true);
    expect(read('Past the sign-in page, what does Quillstack show?').expectsNumber).toBe(false);
  });

  it('reads the polarity of necessity questions', () => {
    expect(read('Can I skip the session cache in Quillstack?')).toMatchObject({ negativeNecessity: true });
    expect(read('Is the session cache required for Quillstack?')).toMatchObject({ positiveNecessity: true, negativeNecessity: false });
  });
});

describe('readLoads', () => {
  const drivers = quillstack.loadDrivers;

  it('matches a number to the driver whose words sit next to it', () => {
    expect(readLoads(read('Quillstack CPU for 1.5k sign-ins per second'), drivers).loads).toEqual([
      { driver: 'sign-ins-per-second', value: 1500 },
    ]);
  });

  it('reads a count written as a word right before a load word, and no other word count', () => {
    const perWorkspace = [{ id: 'workspaces', label: 'concurrent workspaces', singular: 'concurrent workspace' }];
    const withDrivers = buildAskArchitecture({
      loadDrivers: [
        {
          id: 'sign-ins-per-second',
          label: 'sign-ins per second',
          singular: 'sign-in per second',
          source: 'authgear-self-managed#introduction',
        },
        ...perWorkspace.map((driver) => ({ ...driver, source: 'authgear-self-managed#introduction' })),
      ],
    });
    const readWith = (question: string) => readQuestion(question, buildFactIndex([withDrivers]));
    expect(readLoads(readWith('How much memory does one Quillstack workspace need?'), perWorkspace).loads).toEqual([
      { driver: 'workspaces', value: 1 },
    ]);
    expect(readLoads(readWith('memory for two workspaces in Quillstack'), perWorkspace).loads).toEqual([
      { driver: 'workspaces', value: 2 },
    ]);
    expect(readWith('Which one of the Quillstack parts keeps workspaces?').numbers).toEqual([]);
  });

  it('flags a negative load instead of reading "-1" as 1', () => {
    const { loads, negative } = readLoads(read('Quillstack CPU for -1 sign-ins per second'), drivers);
    expect(negative).toBe(true);
    expect(loads).toEqual([{ driver: 'sign-ins-per-second', value: -1 }]);
  });

  it("reads a rate from one of a long driver label's words, but only when the number is given per the same time unit", () => {
    const long = [
      { id: 'password-logins-per-second', label: 'password-based logins per second', singular: 'password-based login per second' },
    ];
    expect(readLoads(read('Quillstack CPU for 200 logins per second'), long).loads).toEqual([
      { driver: 'password-logins-per-second', value: 200 },
    ]);
    expect(readLoads(read('Quillstack CPU for 200 logins/s'), long).loads).toEqual([{ driver: 'password-logins-per-second', value: 200 }]);
    // A rate per another unit of time is converted; a count over a span is no rate.
    expect(readLoads(read('Quillstack with 86,400 logins a day'), long).loads).toEqual([
      { driver: 'password-logins-per-second', value: 1, given: { value: 86400, per: 'day', wanted: 'second' } },
    ]);
    expect(readLoads(read('Quillstack with 3000 logins in one day'), long).loads).toEqual([]);
    expect(readLoads(read('Quillstack with 3000 logins'), long).loads).toEqual([]);
  });

  it('leaves a number with a unit, or with no driver words near it, for other computations', () => {
    const { loads, rest } = readLoads(read('Quillstack API memory limit for a 1000 MB request'), drivers);
    expect(loads).toEqual([]);
    expect(rest.map((n) => n.value)).toEqual([1000]);
  });
});

describe('readQuestion: variants named by the head of their name', () => {
  const cite = 'authgear-self-managed#introduction';
  const twoLayouts = buildAskArchitecture({
    variants: [
      { id: 'standard', name: 'Single cluster (optionally across availability zones)', summary: 'One cluster.', source: cite },
      { id: 'clustered', name: 'Multi-cluster (two sites)', summary: 'Two clusters.', source: cite },
    ],
  });
  const readLayouts = (question: string) => readQuestion(question, buildFactIndex([twoLayouts]));

  it('takes the variant whose name before its parenthesis the question writes out, over one whose aside it shares', () => {
    // "across … availability zones" are words of the single cluster's aside; "multi-cluster" is the other's name.
    expect(
      readLayouts("Can Quillstack's multi-cluster deployment stretch across three availability zones?").variants.get('quillstack'),
    ).toBe('clustered');
    expect(readLayouts('Can the Quillstack single cluster run across availability zones?').variants.get('quillstack')).toBe('standard');
  });
});

describe('readQuestion: what a question leaves out', () => {
  it('reads the words after "exclude(s)", "excluding", "not counting", "except for" and inside "leave … out"', () => {
    expect(read('total memory, excluding the ledger database?').excluded).toEqual(['ledger', 'database']);
    expect(read('If we exclude the session cache, what total memory?').excluded).toEqual(['session', 'cache']);
    expect(read('total memory if one excludes the worker?').excluded).toEqual(['worker']);
    expect(read('total memory (workspaces only, leave the operator out)?').excluded).toEqual(['operator']);
    expect(read('total CPU not counting the worker, at 50 sign-ins per second').excluded).toEqual(['worker']);
    expect(read('total RAM except for the session cache').excluded).toEqual(['session', 'cache']);
    expect(read('total RAM with the session cache left out').excluded).toEqual(['session', 'cache']);
    expect(read('total RAM with the session cache stripped out').excluded).toEqual(['session', 'cache']);
    expect(read('total RAM with the session cache removed?').excluded).toEqual(['session', 'cache']);
    expect(read('total memory for 40 sign-ins (API only, no worker)?').excluded).toEqual(['worker']);
    expect(read('Total memory for 40 sign-ins? API only, not the workers.').excluded).toEqual(['worker']);
    // "Without" alone asks whether it can go, not what to leave out of a sum; nor does "no" without "only" before it.
    expect(read('Can Quillstack run without the session cache?').excluded).toEqual([]);
    expect(read('Quillstack memory with no worker?').excluded).toEqual([]);
  });

  it('reads every item of a list left out, up to an item that opens a clause or a negation', () => {
    expect(read('total memory excluding the ledger, the session cache and the worker').excluded).toEqual([
      'ledger',
      'session',
      'cache',
      'worker',
    ]);
    expect(read('total memory excluding the ledger and what is the worker for?').excluded).toEqual(['ledger']);
    expect(read('total memory excluding the ledger and not the worker?').excluded).toEqual(['ledger']);
    expect(read('total memory excluding the ledger, at 50 sign-ins per second').excluded).toEqual(['ledger']);
  });
});

describe('readQuestion: a number asked in a later part', () => {
  it('expects a number when a later part asks how many or how much, and not from a "how" elsewhere', () => {
    expect(read('Quillstack on two zones: minimum zones, and how many subnets does that add up to?').expectsNumber).toBe(true);
    expect(read('Quillstack ledger database? How much memory?').expectsNumber).toBe(true);
    expect(read('What does the Quillstack ledger keep and how is it backed up?').expectsNumber).toBe(false);
  });
});

describe('readQuestion: the kind noun after what/which', () => {
  it('leaves a generic noun right after what/which out of the words facts must hold, and keeps it elsewhere', () => {
    expect(read('What services does the Quillstack session cache provide?').content).not.toContain('service');
    expect(read('What services does the Quillstack session cache provide?').content).toContain('provide');
    expect(read('Does the Quillstack session cache provide services?').content).toContain('service');
    expect(read('What server-side parts does Quillstack run?').content).toContain('server');
    // A noun that is no generic name word is what is asked about and stays.
    expect(read('Which database does Quillstack use?').content).toContain('database');
  });
});

describe('readQuestion: mistyped function words', () => {
  it('corrects a function word of four to six letters towards function words, so it asks for nothing', () => {
    expect(read('how many workers shoud Quillstack run?').content).not.toContain('shoud');
    // A word one letter away from a function word is a word of its own unless a letter is missing, extra or swapped.
    expect(read('how many workers run at night in Quillstack?').content).toContain('night');
  });
});

describe('readQuestion: a variant named by words only its facts use', () => {
  const cite = 'authgear-self-managed#introduction';
  const gated = buildAskArchitecture({
    variants: [
      { id: 'standard', name: 'Standard', summary: 'One API on one server.', source: cite },
      { id: 'clustered', name: 'Clustered', summary: 'Several API nodes behind a Gatekeeper proxy.', source: cite },
    ],
  });
  const readGated = (question: string) => readQuestion(question, buildFactIndex([gated]));

  it('takes the variant whose facts alone use a word of the question', () => {
    expect(readGated('What sits behind the Gatekeeper proxy in Quillstack?').variants.get('quillstack')).toBe('clustered');
    // Words every variant's facts use name none, and a plain word that only one variant uses says nothing either.
    expect(readGated('What does the Quillstack API serve?').variants.has('quillstack')).toBe(false);
    expect(readGated('what sits behind the gatekeeper proxy in quillstack?').variants.has('quillstack')).toBe(false);
  });
});

describe('readQuestion: a product named only by its components’ words', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const certified = buildArchitecture({
    id: 'certwell',
    product: 'Certwell',
    components: [buildComponentInput({ id: 'cert-store', name: 'Certificate store', role: 'secrets-manager', source: cite })],
  });
  const both = buildFactIndex([buildAskArchitecture(), certified]);
  const products = (question: string) => readQuestion(question, both).products.map((product) => product.id);

  it('links the product whose component words weigh far more than another product’s', () => {
    expect(products('Which ledger setting keeps the worker session rows, and where do certificates go?')).toEqual(['quillstack']);
  });

  it('links no product when two products’ component words weigh about the same', () => {
    expect(products('Which ledger setting, and where do certificates go?')).toEqual([]);
  });
});

describe('readQuestion: the side of a figure asked', () => {
  it('asks for both sides when it asks what is needed beside the limit', () => {
    expect(read('How many vCPUs does the Quillstack API need, and what CPU limit should we set?').side).toBeNull();
  });

  it('asks for the limit alone when the limit is all it names', () => {
    expect(read('What CPU limit should the Quillstack API pods get?').side).toBe('limit');
  });
});
