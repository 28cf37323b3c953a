import { describe, expect, it } from 'vitest';
import { abbreviateName } from '../../../src/lib/ask/build-fact-index.ts';
import { buildFactIndex, tokenizeText } from '../../../src/lib/ask/index.ts';
import type { FactIndex, IndexedFact } from '../../../src/lib/ask/types.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildLanternpad } from '../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';
const [version] = tokenizeText('version');

describe('buildFactIndex', () => {
  it('gives a fact stating a version without the word ("13+", "16.x") the word, and a size no such word', () => {
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          requirements: [
            { scope: 'production', versions: [{ product: 'PostgreSQL', min: '13' }], source: cite },
            { scope: 'minimum', vcpu: 1.5, memory: '4 GB', source: cite },
          ],
        }),
      ],
    });
    const requirements = buildFactIndex([architecture]).facts.filter((fact) => fact.attribute === 'requirement');
    const versioned = requirements.find((fact) => fact.text.includes('PostgreSQL 13+'));
    const sized = requirements.find((fact) => fact.text.includes('4 GB'));
    expect(versioned?.tokens).toContain(version);
    expect(sized?.tokens).not.toContain(version);
  });

  it("shows a group's members with the versions they state, but finds the listing by its own words", () => {
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          group: 'data',
          requirements: [{ scope: 'minimum', versions: [{ product: 'PostgreSQL', min: '13', note: 'as tested' }], source: cite }],
        }),
        buildComponentInput({ id: 'cache', name: 'Session cache', role: 'cache', group: 'data' }),
      ],
    });
    const [listing] = buildFactIndex([architecture]).facts.filter((fact) => fact.attribute === 'group');
    expect(listing?.text).toBe('Ledger and caches: Ledger database (PostgreSQL 13+) and Session cache');
    expect(listing?.tokens).not.toContain('13');
  });

  it('names a part by the initials of its name when the product’s own facts write them in capitals', () => {
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({
          id: 'edge-cache',
          name: 'Edge Cache Service',
          role: 'load-balancer',
          purpose: 'The Edge Cache Service (ECS) answers repeated reads.',
        }),
        buildComponentInput({ id: 'job-runner', name: 'Job runner pool', role: 'job-worker', purpose: 'Runs the jobs.' }),
      ],
    });
    const index = buildFactIndex([architecture]);
    const components = index.byId.get('quillstack')?.components;
    expect(components?.get('edge-cache')?.tokens.has('ecs')).toBe(true);
    // Initials no fact writes ("JRP") name nothing.
    expect(components?.get('job-runner')?.tokens.has('jrp')).toBe(false);
    // Facts about the part carry the initials as a subject word, so a question with them finds its facts.
    const purpose = index.facts.find((fact) => fact.component === 'edge-cache' && fact.attribute === 'purpose');
    expect(purpose?.subjectTokens.has('ecs')).toBe(true);
  });

  it('abbreviates only names of three to five words, leaving out bracketed words and function words', () => {
    expect(abbreviateName('Application Load Balancer', 'an ALB in front')).toEqual(['alb']);
    expect(abbreviateName('Virtual private cloud (one per region)', 'the VPC')).toEqual(['vpc']);
    expect(abbreviateName('Database for PostgreSQL flexible', 'DPF')).toEqual(['dpf']);
    expect(abbreviateName('Load balancer', 'LB')).toEqual([]);
    expect(abbreviateName('Application Load Balancer', 'an alb in lower case')).toEqual([]);
  });

  it('gives a word joined in capitals ("DevBoard") one initial per part', () => {
    expect(abbreviateName('FrobBoard Operator', 'the FBO reconciles')).toEqual(['fbo']);
    expect(abbreviateName('Frobboard Operator', 'the FBO reconciles')).toEqual([]);
    expect(abbreviateName('FrobSQL Board Operator', 'the FBO reconciles')).toEqual(['fbo']);
  });

  it('names a lower-case daemon ("schedulerd") by its stem and "daemon" too, but not a capitalised word ending in d', () => {
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({ id: 'schedulerd', name: 'schedulerd', role: 'job-worker' }),
        buildComponentInput({ id: 'dashboard', name: 'Dashboard', role: 'frontend' }),
      ],
    });
    const components = buildFactIndex([architecture]).byId.get('quillstack')?.components;
    expect([...(components?.get('schedulerd')?.tokens ?? [])]).toEqual(expect.arrayContaining([...tokenizeText('scheduler daemon')]));
    expect([...(components?.get('dashboard')?.tokens ?? [])]).not.toContain(tokenizeText('daemon')[0]);
  });
});

/**
 * Quillstack with an edge cache ("Edge Cache Service", written "ECS" in its purpose) in both layouts and a ledger in the
 * second layout only ("Frob layout", id harbor-hx), a connection between them in that layout, an alias, and notes and a
 * limit whose texts state versions and figures.
 */
const buildFrobstack = () =>
  buildAskArchitectureWith(
    [
      buildComponentInput({
        id: 'edge-cache',
        name: 'Edge Cache Service',
        role: 'load-balancer',
        technology: 'Frobcore',
        examples: ['Quillbox'],
        purpose: 'The Edge Cache Service (ECS) answers repeated reads.',
        notes: [
          { kind: 'option', text: 'Runs on Frob 16.x.', source: cite },
          { kind: 'option', text: 'Upgrades from v12.3 only.', source: cite },
          { kind: 'option', text: 'Runs on D2s v3 machines.', source: cite },
        ],
        limits: [{ resource: 'vcpu', times: 2, text: '2 × the request.', source: cite }],
      }),
      buildComponentInput({
        id: 'ledger-db',
        name: 'Ledger database',
        role: 'relational-database',
        technology: 'PostgreSQL',
        purpose: 'Keeps several ledgers.',
        variants: ['harbor-hx'],
      }),
    ],
    {
      aliases: ['Quill Suite'],
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One box.', source: cite },
        { id: 'harbor-hx', name: 'Frob layout', summary: 'Containers.', source: cite },
      ],
      connections: [{ from: 'edge-cache', to: 'ledger-db', basis: 'stated', source: cite, variants: ['harbor-hx'] }],
    },
  );

/** The one fact of an index with a component, an attribute and a start of text. */
const findFact = (index: FactIndex, component: string | null, attribute: string, start = ''): IndexedFact => {
  const found = index.facts.filter((fact) => fact.component === component && fact.attribute === attribute && fact.text.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} ${attribute} facts for ${String(component)} starting "${start}"`);
  return found[0] as IndexedFact;
};

describe('buildFactIndex, what names each product, layout and part', () => {
  it('names a product by its name, id, vendor and aliases, and a layout by its name and id', () => {
    const entry = buildFactIndex([buildFrobstack()]).byId.get('quillstack');
    expect([...(entry?.nameTokens ?? [])]).toEqual(['quillstack', 'quill', 'lab', 'suite']);
    expect([...(entry?.variantTokens.get('harbor-hx') ?? [])]).toEqual(['frob', 'layout', 'harbor', 'hx']);
    expect([...(entry?.variantTokens.get('standard') ?? [])]).toEqual(['standard']);
  });

  it('names a part by its name, id words, technology, examples and written initials; its technology words by technology and name', () => {
    const components = buildFactIndex([buildFrobstack()]).byId.get('quillstack')?.components;
    const edge = components?.get('edge-cache');
    expect(edge?.name).toBe('Edge Cache Service');
    expect([...(edge?.tokens ?? [])]).toEqual(['edge', 'cache', 'service', 'frobcore', 'quillbox', 'ecs']);
    expect([...(edge?.technologyTokens ?? [])]).toEqual(['frobcore', 'edge', 'cache', 'service']);
    // A part in one layout only is named all the same.
    expect([...(components?.get('ledger-db')?.tokens ?? [])]).toEqual(['ledger', 'database', 'postgresql']);
  });

  it('names a part without a technology by its name and id words alone', () => {
    const architecture = buildAskArchitectureWith([
      buildComponentInput({ id: 'frob-queue', name: 'Frob queue', role: 'message-broker', technology: undefined }),
    ]);
    const part = buildFactIndex([architecture]).byId.get('quillstack')?.components.get('frob-queue');
    expect([...(part?.tokens ?? [])]).toEqual(['frob', 'queue']);
    expect([...(part?.technologyTokens ?? [])]).toEqual(['frob', 'queue']);
  });

  it('names no daemon by a name that only contains the pattern', () => {
    const architecture = buildAskArchitectureWith([buildComponentInput({ id: 'lanterndale', name: 'lanterndale', role: 'job-worker' })]);
    expect([...(buildFactIndex([architecture]).byId.get('quillstack')?.components.get('lanterndale')?.tokens ?? [])]).toEqual([
      'lanterndale',
      'postgresql',
    ]);
  });
});

describe('buildFactIndex, each fact', () => {
  it('tokenises a fact’s subject and text without function words, and gives its part’s names and role as subject words', () => {
    const index = buildFactIndex([buildFrobstack()]);
    const purpose = findFact(index, 'edge-cache', 'purpose');
    // "The Edge Cache Service (ECS) answers repeated reads.", after the subject; "the" is a function word.
    expect(purpose.tokens).toEqual(['edge', 'cache', 'service', 'edge', 'cache', 'service', 'ecs', 'answer', 'repeated', 'read']);
    expect([...purpose.subjectTokens]).toEqual(['edge', 'cache', 'service', 'frobcore', 'quillbox', 'load', 'balancer', 'ecs']);
    expect([...findFact(index, 'ledger-db', 'role').subjectTokens]).toEqual(['ledger', 'database', 'postgresql', 'relational']);
  });

  it('gives a connection no subject words, not even written initials', () => {
    const connection = findFact(buildFactIndex([buildFrobstack()]), 'edge-cache', 'connection');
    expect(connection.text).toBe('Edge Cache Service to Ledger database');
    expect([...connection.subjectTokens]).toEqual([]);
  });

  it('gives a group, a host and a host’s requirement the name of the whole they speak of, and other whole-product facts none', () => {
    const index = buildFactIndex([buildAskArchitecture()]);
    expect([...findFact(index, null, 'group', 'Sign-in core').subjectTokens]).toEqual(['sign', 'essential']);
    expect([...findFact(index, null, 'host').subjectTokens]).toEqual(['application', 'box']);
    expect([...findFact(index, null, 'requirement', 'Application box: 1 node').subjectTokens]).toEqual(['application', 'box']);
    expect([...findFact(index, null, 'load-driver').subjectTokens]).toEqual([]);
  });

  it('adds the word "version" to a text stating one by number ("16.x", "v12.3"), not to a name with digits ("D2s v3")', () => {
    const index = buildFactIndex([buildFrobstack()]);
    // How "16.x" itself tokenises is the tokeniser's business; the version word is added once, at the end.
    const line = findFact(index, 'edge-cache', 'note', 'Option: Runs on Frob').tokens;
    expect(line.slice(0, 7)).toEqual(['edge', 'cache', 'service', 'option', 'run', 'frob', '16']);
    expect(line.filter((token) => token === version)).toHaveLength(1);
    expect(line.at(-1)).toBe(version);
    expect(findFact(index, 'edge-cache', 'note', 'Option: Upgrades').tokens).toContain(version);
    expect(findFact(index, 'edge-cache', 'note', 'Option: Runs on D2s').tokens).not.toContain(version);
    expect(findFact(index, 'edge-cache', 'limit-rule').tokens).toEqual(['edge', 'cache', 'service', '2', 'request']);
  });

  it('marks a fact stating a figure: a number standing alone, even first, or a quantity word, not a digit inside a name', () => {
    const index = buildFactIndex([buildFrobstack()]);
    expect(findFact(index, 'edge-cache', 'limit-rule').statesQuantity).toBe(true);
    expect(findFact(index, 'edge-cache', 'note', 'Option: Runs on Frob').statesQuantity).toBe(true);
    expect(findFact(index, 'edge-cache', 'note', 'Option: Runs on D2s').statesQuantity).toBe(false);
    expect(findFact(index, 'ledger-db', 'purpose').statesQuantity).toBe(true);
    expect(findFact(index, 'ledger-db', 'role').statesQuantity).toBe(false);
  });

  it('keeps one fact per part, kind and text, listing every layout that states it', () => {
    const index = buildFactIndex([buildFrobstack()]);
    expect(findFact(index, 'edge-cache', 'purpose').variants).toEqual(['standard', 'harbor-hx']);
    expect(findFact(index, 'ledger-db', 'purpose').variants).toEqual(['harbor-hx']);
    // Two parts with the same purpose keep a fact each.
    const lantern = buildFactIndex([buildLanternpad()]);
    expect(lantern.facts.filter((fact) => fact.attribute === 'purpose').map((fact) => fact.component)).toEqual(['canvas', 'events']);
  });

  it('links a part’s fact to its row on the first page stating it, and a whole-product fact to its first source', () => {
    const index = buildFactIndex([buildFrobstack()]);
    expect(findFact(index, 'edge-cache', 'purpose')).toMatchObject({
      url: '/architectures/quillstack/#component-edge-cache',
      title: 'Quillstack (Standard): Edge Cache Service',
    });
    expect(findFact(index, 'ledger-db', 'purpose')).toMatchObject({
      url: '/architectures/quillstack/harbor-hx/#component-ledger-db',
      title: 'Quillstack (Frob layout): Ledger database',
    });
    expect(findFact(index, 'edge-cache', 'connection')).toMatchObject({
      url: '/architectures/quillstack/harbor-hx/#src-authgear-self-managed-resources-reference',
      title: 'Authgear: Architecture Guides, section “Resources Reference”',
    });
    const lantern = buildFactIndex([buildLanternpad()]);
    expect(findFact(lantern, 'canvas', 'purpose').title).toBe('Lanternpad: Canvas service');
  });
});

describe('buildFactIndex, the statistics over the catalogue', () => {
  it('lists each product’s facts, and posts each fact under every word of its text and subject', () => {
    const index = buildFactIndex([buildFrobstack(), buildLanternpad()]);
    const lanternFacts = index.factsByArchitecture.get('lanternpad') ?? [];
    expect(lanternFacts.map((fact) => `${fact.component ?? '-'}/${fact.attribute}`)).toEqual([
      '-/variants',
      '-/summary',
      '-/components',
      'canvas/purpose',
      'canvas/role',
      'canvas/technology',
      'canvas/necessity',
      'events/purpose',
      'events/role',
      'events/technology',
      'events/necessity',
    ]);
    expect(index.facts).toHaveLength((index.factsByArchitecture.get('quillstack')?.length ?? 0) + 11);
    // "Kafka" is the event stream's technology: a subject word of its four facts, and in the text of one.
    expect(index.postings.get('kafka')?.map((fact) => `${fact.component ?? '-'}/${fact.attribute}`)).toEqual([
      'events/purpose',
      'events/role',
      'events/technology',
      'events/necessity',
    ]);
    expect(index.documentFrequency.get('kafka')).toBe(1);
    // "Required" is in seven facts: three necessities and four lists of components, one of which writes it twice.
    expect(index.documentFrequency.get('required')).toBe(7);
  });

  it('records which products each name word and part word belongs to', () => {
    const frobcore = buildAskArchitectureWith([buildComponentInput({ id: 'ledger-db', name: 'Ledger database' })], {
      id: 'frobcore',
      product: 'Frobcore',
      vendor: 'Quill Labs',
    });
    const index = buildFactIndex([buildFrobstack(), frobcore, buildLanternpad()]);
    expect(index.nameOwners.get('quill')?.map((entry) => entry.architecture.id)).toEqual(['quillstack', 'frobcore']);
    expect(index.nameOwners.get('lantern')?.map((entry) => entry.architecture.id)).toEqual(['lanternpad']);
    expect(index.componentOwners.get('ledger')).toEqual(['quillstack', 'frobcore']);
    expect(index.componentOwners.get('kafka')).toEqual(['lanternpad']);
  });

  it('knows the words of facts, product and layout names and category names, and groups each product’s by length without numbers', () => {
    const index = buildFactIndex([buildFrobstack(), buildLanternpad()]);
    // "suite" (an alias), "hx" (a layout id) and "tool" (a category) are in no fact.
    for (const word of ['kafka', 'suite', 'hx', 'tool', 'builder']) expect(index.vocabulary.has(word), word).toBe(true);
    expect(index.documentFrequency.has('suite')).toBe(false);
    expect(index.vocabulary.has('16')).toBe(true);
    for (const [length, words] of index.vocabularyByLength) for (const word of words) expect(word).toHaveLength(length);
    expect(index.vocabularyByLength.get(2)).not.toContain('16');
    expect(index.vocabularyByLength.get(5)).toContain('kafka');
    const lantern = index.vocabularyByArchitecture.get('lanternpad');
    expect(lantern?.get(5)).toEqual(['canva', 'event', 'store', 'state', 'nodej', 'kafka']);
    expect(lantern?.get(2)).toEqual(['co']);
    expect(lantern?.get(6)).toEqual(['stream', 'broker']);
  });

  it('reads each category’s label, plural and id words, each product’s first layout, and the mean fact length', () => {
    const index = buildFactIndex([buildFrobstack(), buildLanternpad()]);
    expect([...(index.categoryTokens.get('internal-tools') ?? [])]).toEqual(['internal', 'tool', 'builder']);
    expect([...index.defaultVariants]).toEqual([
      ['quillstack', 'standard'],
      ['lanternpad', 'default'],
    ]);
    const lengths = index.facts.map((fact) => fact.tokens.length);
    expect(index.averageLength).toBeGreaterThan(Math.min(...lengths));
    expect(index.averageLength).toBeLessThan(Math.max(...lengths));
    expect(buildFactIndex([]).averageLength).toBe(0);
  });
});

describe('buildFactIndex, more edges of names and figures', () => {
  it('reads a product id’s words apart, and a daemon’s name with stray spaces', () => {
    const architecture = buildAskArchitectureWith([buildComponentInput({ id: 'syncerd', name: ' lanternd ', role: 'job-worker' })], {
      id: 'quill-ledger',
    });
    const entry = buildFactIndex([architecture]).byId.get('quill-ledger');
    expect([...(entry?.nameTokens ?? [])]).toEqual(['quillstack', 'quill', 'ledger', 'lab']);
    expect([...(entry?.components.get('syncerd')?.tokens ?? [])]).toEqual(expect.arrayContaining(['lantern', 'daemon']));
  });

  it('gives a host’s facts that host’s name only, and a summary naming a host in brackets none', () => {
    const architecture = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API (Application box) and a ledger.', source: cite },
        { id: 'clustered', name: 'Clustered', summary: 'Several API nodes.', source: cite },
      ],
      hosts: [
        {
          id: 'app-box',
          name: 'Application box',
          kind: 'server',
          components: ['quill-api', 'quill-worker'],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', source: cite }],
          variants: ['standard'],
          source: cite,
        },
        {
          id: 'frob-rack',
          name: 'Frob rack',
          kind: 'server',
          components: ['ledger-db', 'session-cache'],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 4, memory: '8 GB', source: cite }],
          variants: ['standard'],
          source: cite,
        },
      ],
    });
    const index = buildFactIndex([architecture]);
    const hostFacts = index.facts.filter((fact) => fact.attribute === 'host');
    expect(hostFacts.map((fact) => [...fact.subjectTokens])).toEqual([
      ['application', 'box'],
      ['frob', 'rack'],
    ]);
    expect([...findFact(index, null, 'requirement', 'Application box').subjectTokens]).toEqual(['application', 'box']);
    expect([...findFact(index, null, 'requirement', 'Frob rack').subjectTokens]).toEqual(['frob', 'rack']);
    expect([...findFact(index, null, 'summary', 'One API').subjectTokens]).toEqual([]);
  });

  it('looks for written initials within one fact, not across the end of one and the start of the next', () => {
    const architecture = buildAskArchitectureWith([
      buildComponentInput({
        id: 'edge-cache',
        name: 'Edge Cache Store',
        limits: [
          { resource: 'memory', times: 2, text: 'Memory limit at tier E.', source: cite },
          { resource: 'vcpu', times: 2, text: 'CS rules apply to the CPU limit.', source: cite },
        ],
      }),
    ]);
    const tokens = buildFactIndex([architecture]).byId.get('quillstack')?.components.get('edge-cache')?.tokens;
    expect(tokens?.has('ecs')).toBe(false);
  });

  it('reads a single digit after a space as a figure, and no version in dotted words ("1.beta.x", "1.beta+")', () => {
    const architecture = buildAskArchitectureWith([
      buildComponentInput({
        id: 'edge-cache',
        name: 'Edge cache',
        notes: [
          { kind: 'option', text: 'Keeps 4 copies.', source: cite },
          { kind: 'option', text: 'Builds 1.beta.x and 1.beta+ exist.', source: cite },
        ],
      }),
    ]);
    const index = buildFactIndex([architecture]);
    expect(findFact(index, 'edge-cache', 'note', 'Option: Keeps').statesQuantity).toBe(true);
    expect(findFact(index, 'edge-cache', 'note', 'Option: Builds').tokens).not.toContain(version);
  });
});

describe('abbreviateName, the edges', () => {
  it('reads a bracket as a gap between words and takes five words but not six', () => {
    expect(abbreviateName('Edge(main)Cache Store', 'the ECS')).toEqual(['ecs']);
    expect(abbreviateName('Edge Cache Store Unit Box', 'ECSUB')).toEqual(['ecsub']);
    expect(abbreviateName('Edge Cache Store Unit Box!', 'ECSUB')).toEqual(['ecsub']);
    expect(abbreviateName('Edge Cache Store Unit Box Frob', 'ECSUBF')).toEqual([]);
  });

  it('leaves out a word any of whose parts is a function word ("theFrob" reads as "the frob")', () => {
    expect(abbreviateName('theFrob Cache Store', 'the TCS')).toEqual([]);
    expect(abbreviateName('tinyFrob Cache Store', 'the TCS')).toEqual(['tcs']);
  });

  it('needs the initials as a word of their own in the text', () => {
    expect(abbreviateName('Application Load Balancer', 'the ALBX')).toEqual([]);
  });
});
