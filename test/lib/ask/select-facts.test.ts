import { describe, expect, it } from 'vitest';
import {
  buildFactIndex,
  type FactIndex,
  compareScored,
  type IndexedFact,
  listQueryTokens,
  measureCoverage,
  rankFacts,
  readQuestion,
  type Reading,
  scoreFact,
  selectFacts,
  weighToken,
} from '../../../src/lib/ask/index.ts';
import { findAskedAttribute, readStatistics } from '../../../src/lib/ask/select-facts.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLedgerInput,
  buildQueueStoreInput,
} from '../../fixtures/build-ask-architecture.ts';

const quillstack = buildAskArchitecture();
const index = buildFactIndex([quillstack]);

/** The ranked facts of a question over the fixture. */
function rank(question: string) {
  return rankFacts(index, readQuestion(question, index), ['quillstack']);
}

describe('rankFacts', () => {
  it('puts the settings of the part a "what X settings" names before another part\'s settings that share more words', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const workers = buildAskArchitectureWith([
      buildComponentInput({
        id: 'quill-worker',
        name: 'Quill worker',
        role: 'job-worker',
        technology: 'Quill',
        purpose: 'Runs the queued jobs of separate worker containers.',
        settings: [{ name: 'worker.jobs', value: '5', status: 'default', text: 'Jobs one worker runs at once.', source: cite }],
      }),
      buildQueueStoreInput({ settings: [{ name: 'eviction', value: 'off', status: 'required', text: 'Keys must stay.', source: cite }] }),
    ]);
    const over = buildFactIndex([workers]);
    const ranked = rankFacts(
      over,
      readQuestion('What queue store settings are required for Quillstack queued jobs in separate worker containers?', over),
      ['quillstack'],
    );
    const [first] = ranked.filter((entry) => entry.fact.attribute === 'setting');
    expect(first?.fact.component).toBe('queue-store');
  });

  it('puts the asked fact of the named component first', () => {
    const [best] = rank('What does the Quillstack ledger database keep?');
    expect(best?.fact).toMatchObject({ component: 'ledger-db', attribute: 'purpose' });
    expect(rank('Quillstack ledger database minimum figures')[0]?.fact).toMatchObject({ component: 'ledger-db', attribute: 'requirement' });
  });

  it('prefers, among relevant facts, the one stating a number the question names', () => {
    const [best] = rank('Does Quillstack support PostgreSQL 12?');
    expect(best?.fact.text).toContain('12');
  });

  it('weighs, for "how many X", a fact counting X ("four shards") more, and one counting something else not', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const shards = buildAskArchitectureWith([
      buildLedgerInput({
        id: 'shard-servers',
        name: 'Shard servers',
        purpose: 'Serve the shard data.',
        requirements: [{ scope: 'minimum', nodes: 3, vcpu: 2, source: cite }],
        notes: [{ kind: 'info', text: 'Each tenant group gets four shards.', source: cite }],
      }),
    ]);
    const shardIndex = buildFactIndex([shards]);
    const counting = readQuestion('How many shards do the Quillstack shard servers run at minimum?', shardIndex);
    // The same reading with "how much": every other feature of the score stays the same.
    const notCounting = { ...counting, tokens: counting.tokens.map((token) => (token === 'many' ? 'much' : token)) };
    const query = listQueryTokens(shardIndex, counting);
    const ratio = (text: string) => {
      const fact = shardIndex.facts.find((candidate) => candidate.text.includes(text)) as IndexedFact;
      return scoreFact(shardIndex, counting, query, fact).score / scoreFact(shardIndex, notCounting, query, fact).score;
    };
    expect(ratio('four shards')).toBeCloseTo(1.3);
    expect(ratio('3 nodes')).toBeCloseTo(1);
  });

  it('drops facts that share no word with the question', () => {
    for (const scored of rank('Quillstack session cache persistence')) expect(scored.score).toBeGreaterThan(0);
    expect(rank('Quillstack zebra giraffe')).toEqual([]);
  });
});

describe('selectFacts', () => {
  it('brings facts of the same kind about the same subject together (each scope of its figures)', () => {
    const chosen = selectFacts(rank('Quillstack ledger database memory and storage'));
    const requirements = chosen.filter((scored) => scored.fact.component === 'ledger-db' && scored.fact.attribute === 'requirement');
    expect(requirements.length).toBe(2);
  });

  it('keeps facts of the kind the question asks for even when a better fact already covers their words', () => {
    // The session cache's purpose and the group "Ledger and caches" cover every word; its technology adds none.
    const ranked = rank('Quillstack ledger and caches group: ledger database and session cache purposes');
    expect(ranked[0]?.fact.attribute).toBe('purpose');
    expect(selectFacts(ranked).some((scored) => scored.fact.attribute === 'technology')).toBe(false);
    expect(selectFacts(ranked, 4, 0.4, 'technology').some((scored) => scored.fact.attribute === 'technology')).toBe(true);
    // The kind of the best fact itself is no reason to add more of it.
    expect(selectFacts(ranked, 4, 0.4, 'purpose')).toEqual(selectFacts(ranked));
  });

  it('keeps a fact about another part that scores nearly as high as the best, though it adds no word', () => {
    const facts = index.factsByArchitecture.get('quillstack') ?? [];
    const fact = (component: string, attribute: string) => {
      const found = facts.find((f) => f.component === component && f.attribute === attribute);
      if (!found) throw new Error(`fixture has no ${attribute} fact for ${component}`);
      return found;
    };
    const scored = (component: string, attribute: string, score: number) => ({
      fact: fact(component, attribute),
      score,
      covered: new Set(['ledger', 'cache']),
    });
    const best = scored('ledger-db', 'purpose', 10);
    const ids = (chosen: ReturnType<typeof selectFacts>) => chosen.map((c) => `${c.fact.component}/${c.fact.attribute}`);
    // 9 is within 15 % of 10: a second answer. 8 is not, and another fact of the best's own part is a repeat.
    expect(ids(selectFacts([best, scored('session-cache', 'purpose', 9)]))).toEqual(['ledger-db/purpose', 'session-cache/purpose']);
    expect(ids(selectFacts([best, scored('session-cache', 'purpose', 8)]))).toEqual(['ledger-db/purpose']);
    expect(ids(selectFacts([best, scored('ledger-db', 'necessity', 9.5)]))).toEqual(['ledger-db/purpose']);
  });

  it('keeps, down to its reach, only facts that explain a word no chosen fact explains', () => {
    const facts = index.factsByArchitecture.get('quillstack') ?? [];
    const [first, second, third] = facts;
    if (!first || !second || !third) throw new Error('the fixture has fewer than three facts');
    const best = { fact: first, score: 10, covered: new Set(['ledger', 'memory']) };
    const explains = { fact: second, score: 3, covered: new Set(['ledger', 'storage']) };
    const repeats = { fact: third, score: 3, covered: new Set(['memory']) };
    const facts3 = (chosen: ReturnType<typeof selectFacts>) => chosen.map((scored) => scored.fact);
    expect(facts3(selectFacts([best, repeats, explains], 4, 0.4, null, 0.25))).toEqual([first, second]);
    // Without a reach, the floor ends the search; below the reach, nothing is kept.
    expect(facts3(selectFacts([best, repeats, explains]))).toEqual([first]);
    expect(facts3(selectFacts([best, repeats, explains], 4, 0.4, null, 0.35))).toEqual([first]);
  });

  it('keeps at most the limit and nothing far below the best score', () => {
    const ranked = rank('Quillstack API worker ledger cache sessions');
    const chosen = selectFacts(ranked, 2);
    expect(chosen.length).toBeLessThanOrEqual(2);
    for (const scored of chosen) expect(scored.score).toBeGreaterThanOrEqual((ranked[0]?.score ?? 0) * 0.4);
  });
});

describe('listQueryTokens', () => {
  const query = (question: string) => listQueryTokens(index, readQuestion(question, index));

  it('drops a word that, ending a phrase after the product\'s name, means the whole product ("a Quillstack deployment")', () => {
    expect(query('Which records does a Quillstack deployment need?')).not.toContain('deployment');
    expect(query('Which records does our Quillstack install need?')).not.toContain('install');
    // Before another noun it names what the fact is about ("install methods"), and away from the name it is a word to match.
    expect(query('Quillstack install methods')).toContain('install');
    expect(query('Which deployment records does Quillstack need?')).toContain('deployment');
    // Counted ("one X deployment", "per X deployment"), it is what a limit per deployment is about.
    expect(query('Can one Quillstack deployment hold two ledgers?')).toContain('deployment');
    expect(query('How many ledgers per Quillstack deployment?')).toContain('deployment');
  });

  it('drops it after words naming one of the product\'s layouts too ("the Quillstack high availability setup")', () => {
    // The fixture's clustered layout is named "Clustered (high availability)".
    expect(query('Which records does the Quillstack high availability setup need?')).not.toContain('setup');
    expect(query('Which records does the Quillstack clustered setup need?')).not.toContain('setup');
    // A word naming no layout between them ("ledger") makes the phrase about that thing; a count still counts.
    expect(query('Which records does the Quillstack ledger setup need?')).toContain('setup');
    expect(query('Can one Quillstack clustered deployment hold two ledgers?')).toContain('deployment');
  });

  it('looks back past at most three layout words to the name (mutation session 35)', () => {
    // "high availability" reads as one word ("ha"): three layout words between name and noun still mean the product.
    expect(query('Which records does the Quillstack clustered high availability standard setup need?')).not.toContain('setup');
    // A fourth is too far: the noun is a word to match.
    expect(query('Which records does the Quillstack standard clustered high availability standard setup need?')).toContain('setup');
  });

  it('stops at a layout word that is also a word of the product name, which names the product (mutation session 35)', () => {
    const cite = 'authgear-self-managed#introduction';
    const named = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Quillstack standard', summary: 'One API and a ledger database.', source: cite },
        { id: 'clustered', name: 'Clustered', summary: 'Several API nodes.', production: true, source: cite },
      ],
    });
    const namedIndex = buildFactIndex([named]);
    expect(listQueryTokens(namedIndex, readQuestion('Which records does the Quillstack setup need?', namedIndex))).not.toContain('setup');
  });

  it('reads the name as the first word of the question too (mutation session 35)', () => {
    expect(query('Quillstack setup: which records does it need?')).not.toContain('setup');
  });

  it('counts only a whole number of digits before the name, not a version (mutation session 35)', () => {
    // "12 Quillstack deployments" counts deployments, as "one Quillstack deployment" does.
    expect(query('How many ledgers for 12 Quillstack deployments?')).toContain('deployment');
    // "1.5" and "v2" are versions: "the 1.5 Quillstack setup" is the product itself.
    expect(query('Which records does the 1.5 Quillstack setup need?')).not.toContain('setup');
    expect(query('Which records does the v2 Quillstack setup need?')).not.toContain('setup');
  });
});

describe('measureCoverage', () => {
  it('is the share of the question weight the chosen facts cover, from 0 to 1', () => {
    const reading = readQuestion('What does the Quillstack ledger database keep?', index);
    const query = listQueryTokens(index, reading);
    const chosen = selectFacts(rankFacts(index, reading, ['quillstack']));
    const coverage = measureCoverage(index, query, chosen, ['quillstack']);
    expect(coverage).toBeGreaterThan(0.5);
    expect(coverage).toBeLessThanOrEqual(1);
    expect(measureCoverage(index, query, [], ['quillstack'])).toBe(0);
  });
});

describe('weighToken', () => {
  it("weighs a word by the asked product's own facts, so another product in the catalogue changes nothing", () => {
    const withPeer = buildFactIndex([quillstack, buildAskArchitecture({ id: 'quillstack-two', product: 'Quillstack Two' })]);
    for (const token of ['ledger', 'database', 'session', 'unseenword']) {
      expect(weighToken(withPeer, token, ['quillstack'])).toBe(weighToken(index, token, ['quillstack']));
    }
  });

  it('weighs rare words above common ones, and an unseen word below the rarest', () => {
    expect(weighToken(index, 'tenant', ['quillstack'])).toBeGreaterThan(weighToken(index, 'quill', ['quillstack']));
    expect(weighToken(index, 'unseenword', ['quillstack'])).toBeLessThan(weighToken(index, 'tenant', ['quillstack']));
  });
});

describe('ranking over many products', () => {
  it('finds the same best fact for each product as ranking that product alone', () => {
    const products = ['one', 'two', 'three', 'four', 'five'].map((n) => buildAskArchitecture({ id: `quill-${n}`, product: `Quill ${n}` }));
    const many = buildFactIndex(products);
    const reading = readQuestion('which identity servers keep audit records in a ledger', many);
    const all = rankFacts(
      many,
      reading,
      products.map((p) => p.id),
    );
    for (const product of products) {
      const alone = rankFacts(many, reading, [product.id])[0];
      expect(all.find((scored) => scored.fact.architecture === product.id)?.fact.id).toBe(alone?.fact.id);
    }
  });
});

describe('compareScored', () => {
  const facts = index.factsByArchitecture.get('quillstack') ?? [];
  const role = facts.find((fact) => fact.attribute === 'role');
  const purpose = facts.find((fact) => fact.attribute === 'purpose');
  const scored = (fact: (typeof facts)[number] | undefined, score: number) => {
    if (!fact) throw new Error('the Quillstack fixture lost its role or purpose fact');
    return { fact, score, covered: new Set<string>() };
  };

  it('puts a fact that says something before a label when their scores are within a thousandth', () => {
    const ranked = [scored(role, 10.005), scored(purpose, 10)].sort(compareScored);
    expect(ranked.map((entry) => entry.fact.attribute)).toEqual(['purpose', 'role']);
  });

  it('puts the higher score first when they differ by more', () => {
    const ranked = [scored(purpose, 10), scored(role, 10.2)].sort(compareScored);
    expect(ranked.map((entry) => entry.fact.attribute)).toEqual(['role', 'purpose']);
  });
});

describe('rankFacts: the name of a product’s only variant', () => {
  const cite = 'authgear-self-managed#introduction';
  const onlyVariant = (availabilityZones?: { min: number; source: string }) =>
    buildAskArchitecture({
      variants: [
        {
          id: 'orbit-ha',
          name: 'High availability on Orbit',
          summary: 'Several API nodes on Orbit.',
          ...(availabilityZones ? { availabilityZones } : {}),
          source: cite,
        },
      ],
      hosts: [],
    });

  it('counts the variant’s name words as held by a fact about the whole variant', () => {
    const architecture = onlyVariant({ min: 3, source: cite });
    const index = buildFactIndex([architecture]);
    const reading = readQuestion('How many Orbit zones should a Quillstack deployment span?', index);
    const zones = rankFacts(index, reading, ['quillstack']).find((scored) => scored.fact.attribute === 'zones');
    expect(zones?.covered.has('orbit')).toBe(true);
  });

  it('does not count them in a fact about one component', () => {
    const index = buildFactIndex([onlyVariant()]);
    const reading = readQuestion('What does the Quillstack ledger database keep on Orbit?', index);
    const purpose = rankFacts(index, reading, ['quillstack']).find(
      (scored) => scored.fact.attribute === 'purpose' && scored.fact.component === 'ledger-db',
    );
    expect(purpose?.covered.has('orbit')).toBe(false);
  });
});

describe('findAskedAttribute', () => {
  it('names the attribute cued at least twice and more than any other', () => {
    expect(findAskedAttribute(new Map([['purpose', 2]]))).toBe('purpose');
    expect(
      findAskedAttribute(
        new Map([
          ['role', 2],
          ['purpose', 3],
        ]),
      ),
    ).toBe('purpose');
  });

  it('names none when the strongest cue is single, shared with another attribute, or missing', () => {
    expect(findAskedAttribute(new Map([['purpose', 1]]))).toBeNull();
    expect(
      findAskedAttribute(
        new Map([
          ['purpose', 2],
          ['role', 2],
        ]),
      ),
    ).toBeNull();
    expect(findAskedAttribute(new Map())).toBeNull();
  });
});

describe('readStatistics', () => {
  /** Two products with the same facts and a third with only its ledger, each under its own id. */
  const catalogue = () =>
    buildFactIndex([
      buildAskArchitecture({ id: 'quill-a', product: 'Quillalpha' }),
      buildAskArchitecture({ id: 'quill-b', product: 'Quillbeta' }),
      buildAskArchitectureWith([buildLedgerInput()], { id: 'quill-c', product: 'Quillgamma' }),
    ]);

  it('weighs a question across every product, or with no product named, by the whole index', () => {
    const many = catalogue();
    for (const scope of [[], ['quill-a', 'quill-b', 'quill-c']]) {
      const statistics = readStatistics(many, scope);
      expect(statistics.n).toBe(many.facts.length);
      expect(statistics.documentFrequency).toBe(many.documentFrequency);
      expect(statistics.averageLength).toBe(many.averageLength);
    }
  });

  it('counts only the facts of the products in scope', () => {
    const many = catalogue();
    const a = many.factsByArchitecture.get('quill-a') ?? [];
    const c = many.factsByArchitecture.get('quill-c') ?? [];
    expect(readStatistics(many, ['quill-a']).n).toBe(a.length);
    expect(readStatistics(many, ['quill-c']).n).toBe(c.length);
    expect(readStatistics(many, ['quill-a', 'quill-b']).n).toBe(2 * a.length);
    expect(readStatistics(many, ['quill-a', 'quill-c']).n).toBe(a.length + c.length);
  });

  it('gives two products with the same facts the mean length of one, and twice its document frequencies', () => {
    const many = catalogue();
    const one = readStatistics(many, ['quill-a']);
    const both = readStatistics(many, ['quill-a', 'quill-b']);
    expect(one.averageLength).toBeGreaterThan(1);
    expect(both.averageLength).toBeCloseTo(one.averageLength, 10);
    expect(one.documentFrequency.get('ledger')).toBeGreaterThan(0);
    expect(both.documentFrequency.get('ledger')).toBe(2 * (one.documentFrequency.get('ledger') ?? 0));
  });

  it('reads a scope once, in whatever order its products are named', () => {
    const many = catalogue();
    expect(readStatistics(many, ['quill-a'])).toBe(readStatistics(many, ['quill-a']));
    expect(readStatistics(many, ['quill-b', 'quill-a'])).toBe(readStatistics(many, ['quill-a', 'quill-b']));
  });
});

describe('weighToken: words no fact holds', () => {
  it('weighs a word no fact holds half as much as a word one fact holds', () => {
    const one = buildFactIndex([buildAskArchitecture()]);
    // "audit" is in the ledger's purpose only.
    expect(one.documentFrequency.get('audit')).toBe(1);
    expect(2 * weighToken(one, 'unseenword', ['quillstack'])).toBeCloseTo(weighToken(one, 'audit', ['quillstack']), 10);
  });
});

describe('compareScored: ties', () => {
  const facts = () => index.factsByArchitecture.get('quillstack') ?? [];
  const purposeOf = (component: string) => {
    const found = facts().find((fact) => fact.component === component && fact.attribute === 'purpose');
    if (!found) throw new Error(`no purpose for ${component}`);
    return found;
  };

  it('orders facts of the same kind and score by id, whichever comes first', () => {
    const api = { fact: purposeOf('quill-api'), score: 5, covered: new Set<string>() };
    const ledger = { fact: purposeOf('ledger-db'), score: 5, covered: new Set<string>() };
    const first = api.fact.id < ledger.fact.id ? 'quill-api' : 'ledger-db';
    expect([api, ledger].sort(compareScored)[0]?.fact.component).toBe(first);
    expect([ledger, api].sort(compareScored)[0]?.fact.component).toBe(first);
    expect(compareScored(api, api)).toBe(0);
  });

  it('counts a difference of exactly a thousandth of the higher score as a tie, and measures it against the higher', () => {
    const role = facts().find((fact) => fact.attribute === 'role');
    if (!role) throw new Error('no role fact');
    const purpose = purposeOf('quill-api');
    // 999 against 1000 differ by exactly a thousandth of 1000: a tie, so the purpose goes first.
    expect(
      [
        { fact: role, score: 1000, covered: new Set<string>() },
        { fact: purpose, score: 999, covered: new Set<string>() },
      ].sort(compareScored)[0]?.fact.attribute,
    ).toBe('purpose');
    // 1000 against 1001.0005 differ by more than a thousandth of 1000 but less than one of 1001.0005: still a tie.
    expect(
      [
        { fact: role, score: 1001.0005, covered: new Set<string>() },
        { fact: purpose, score: 1000, covered: new Set<string>() },
      ].sort(compareScored)[0]?.fact.attribute,
    ).toBe('purpose');
  });
});

describe('selectFacts: which of the ranked facts join the best', () => {
  const quill = () =>
    buildFactIndex([
      buildAskArchitecture({
        notes: [
          { kind: 'option', text: 'Backups run nightly.', source: 'authgear-self-managed#deployment-options' },
          { kind: 'option', text: 'Logs stay for a week.', source: 'authgear-self-managed#deployment-options' },
        ],
      }),
    ]);
  const pick = (facts: IndexedFact[], test: (fact: IndexedFact) => boolean, what: string) => {
    const found = facts.find(test);
    if (!found) throw new Error(`the fixture lost ${what}`);
    return found;
  };
  const scored = (fact: IndexedFact, score: number, covered: string[]) => ({ fact, score, covered: new Set(covered) });
  const facts = () => quill().factsByArchitecture.get('quillstack') ?? [];
  const label = (chosen: ReturnType<typeof selectFacts>) => chosen.map((c) => `${c.fact.component ?? '-'}/${c.fact.attribute}`);

  it('chooses nothing from nothing', () => {
    expect(selectFacts([])).toEqual([]);
  });

  it('stops at the limit, and keeps a fact at exactly the floor but not one below it', () => {
    const all = facts();
    const purpose = (component: string) =>
      pick(all, (f) => f.component === component && f.attribute === 'purpose', `${component}'s purpose`);
    const ranked = [
      scored(purpose('quill-api'), 10, ['api']),
      scored(purpose('quill-worker'), 6, ['worker']),
      scored(purpose('ledger-db'), 4, ['ledger']),
      scored(purpose('session-cache'), 3.9, ['session']),
    ];
    expect(label(selectFacts(ranked))).toEqual(['quill-api/purpose', 'quill-worker/purpose', 'ledger-db/purpose']);
    expect(label(selectFacts(ranked, 2))).toEqual(['quill-api/purpose', 'quill-worker/purpose']);
  });

  it('leaves out a fact far from the best that adds no word, and keeps one that adds a word', () => {
    const all = facts();
    const purpose = (component: string) =>
      pick(all, (f) => f.component === component && f.attribute === 'purpose', `${component}'s purpose`);
    const ranked = [
      scored(purpose('quill-api'), 10, ['api', 'ledger']),
      scored(purpose('ledger-db'), 6, ['ledger']),
      scored(purpose('session-cache'), 5, ['session']),
    ];
    expect(label(selectFacts(ranked))).toEqual(['quill-api/purpose', 'session-cache/purpose']);
  });

  it('keeps another figure of the same part with its first, even after another part’s fact', () => {
    const all = facts();
    const ledger = (scope: string) =>
      pick(
        all,
        (f) => f.component === 'ledger-db' && f.attribute === 'requirement' && f.text.toLowerCase().includes(scope),
        `ledger ${scope}`,
      );
    const ranked = [
      scored(
        pick(all, (f) => f.component === 'quill-api' && f.attribute === 'purpose', 'API purpose'),
        10,
        ['api'],
      ),
      scored(ledger('minimum'), 6, ['ledger']),
      scored(ledger('high availability'), 5, ['ledger']),
    ];
    expect(label(selectFacts(ranked))).toEqual(['quill-api/purpose', 'ledger-db/requirement', 'ledger-db/requirement']);
  });

  it('keeps another figure of the same host, which has no component', () => {
    const all = facts().filter((f) => f.variants.includes('standard'));
    const hostFigures = all.filter((f) => f.component === null && f.attribute === 'requirement');
    expect(hostFigures.length).toBe(2);
    const [first, second] = hostFigures as [IndexedFact, IndexedFact];
    expect(label(selectFacts([scored(first, 10, ['box']), scored(second, 5, ['box'])]))).toEqual(['-/requirement', '-/requirement']);
  });

  it('does not take two facts about the whole product for one subject, however alike their kind', () => {
    const all = facts();
    const groups = all.filter((f) => f.attribute === 'group');
    const notes = all.filter((f) => f.component === null && f.attribute === 'note');
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const [first, second] of [groups, notes] as [IndexedFact, IndexedFact][]) {
      expect(label(selectFacts([scored(first, 10, ['core']), scored(second, 5, ['core'])]))).toEqual([`-/${first.attribute}`]);
    }
  });

  it('counts a fact about another part scoring exactly 85 % of the best as a second answer', () => {
    const all = facts();
    const purpose = (component: string) =>
      pick(all, (f) => f.component === component && f.attribute === 'purpose', `${component}'s purpose`);
    const ranked = [scored(purpose('quill-api'), 20, ['keep']), scored(purpose('ledger-db'), 17, ['keep'])];
    expect(label(selectFacts(ranked))).toEqual(['quill-api/purpose', 'ledger-db/purpose']);
  });
});

describe('measureCoverage: words of the scene-setting sentences', () => {
  it('counts the asking sentence alone when the scene’s words go unexplained', () => {
    const reading = readQuestion('What does the Quillstack ledger database keep?', index);
    const [best] = rankFacts(index, reading, ['quillstack']);
    if (!best) throw new Error('no fact ranked');
    const chosen = [{ ...best, covered: new Set(['ledger']) }];
    expect(measureCoverage(index, ['ledger'], chosen, ['quillstack'])).toBe(1);
    expect(measureCoverage(index, ['ledger', 'tenant'], chosen, ['quillstack'])).toBeLessThan(1);
    expect(measureCoverage(index, ['ledger', 'tenant'], chosen, ['quillstack'], ['tenant'])).toBe(1);
    expect(measureCoverage(index, ['ledger', 'tenant'], chosen, ['quillstack'], ['ledger'])).toBeLessThan(1);
    expect(measureCoverage(index, [], chosen, ['quillstack'])).toBe(0);
  });
});

describe('scoreFact: the variant a fact belongs to, and opposite words', () => {
  const facts = () => index.factsByArchitecture.get('quillstack') ?? [];

  it('scores a fact of another variant than the one named lower than with no variant named', () => {
    const host = facts().find((fact) => fact.attribute === 'host');
    if (!host) throw new Error('the fixture lost its host');
    expect(host.variants).toEqual(['standard']);
    const reading = readQuestion('Which Quillstack application box runs the API?', index);
    const query = listQueryTokens(index, reading);
    const plain = scoreFact(index, { ...reading, variants: new Map() }, query, host, ['quillstack']).score;
    const other = scoreFact(index, { ...reading, variants: new Map([['quillstack', 'clustered']]) }, query, host, ['quillstack']).score;
    expect(plain).toBeGreaterThan(0);
    expect(other).toBeLessThan(plain);
  });

  it('scores a fact of a variant other than the default lower when no variant is named', () => {
    const clustered = facts().find(
      (fact) => fact.attribute === 'summary' && fact.variants.length === 1 && fact.variants[0] === 'clustered',
    );
    if (!clustered) throw new Error('the fixture lost its clustered summary');
    const reading = readQuestion('Quillstack API nodes behind a load balancer', index);
    const query = listQueryTokens(index, reading);
    const named = scoreFact(index, { ...reading, variants: new Map([['quillstack', 'clustered']]) }, query, clustered, [
      'quillstack',
    ]).score;
    const unnamed = scoreFact(index, { ...reading, variants: new Map() }, query, clustered, ['quillstack']).score;
    expect(named).toBeGreaterThan(0);
    expect(unnamed).toBeLessThan(named);
  });

  it('counts an opposite word ("single" against "several") as covered only in a yes/no question', () => {
    const clustered = facts().find(
      (fact) => fact.attribute === 'summary' && fact.variants.length === 1 && fact.variants[0] === 'clustered',
    );
    if (!clustered) throw new Error('the fixture lost its clustered summary');
    const reading = readQuestion('Does Quillstack run a single API node?', index);
    const query = listQueryTokens(index, reading);
    expect(query).toContain('single');
    expect(scoreFact(index, { ...reading, yesNo: true }, query, clustered, ['quillstack']).covered.has('single')).toBe(true);
    expect(scoreFact(index, { ...reading, yesNo: false }, query, clustered, ['quillstack']).covered.has('single')).toBe(false);
  });
});

/** A reading of the question with every score modifier off (no cue, variant, scene, number or yes/no), over `index`. */
function plainReading(over: FactIndex, question: string, overrides: Partial<Reading> = {}): Reading {
  return {
    ...readQuestion(question, over),
    attributes: new Map(),
    variants: new Map(),
    scene: [],
    numbers: [],
    yesNo: false,
    expectsNumber: false,
    ...overrides,
  };
}

/** The fact of Quillstack with this component (null for a whole-variant fact), attribute and, if given, text. */
function factIn(over: FactIndex, component: string | null, attribute: IndexedFact['attribute'], text = ''): IndexedFact {
  const found = (over.factsByArchitecture.get('quillstack') ?? []).find(
    (fact) => fact.component === component && fact.attribute === attribute && fact.text.includes(text),
  );
  if (!found) throw new Error(`the fixture has no ${attribute} fact of ${component ?? 'the whole variant'} with "${text}"`);
  return found;
}

/** BM25 of one word held `tf` times by the fact (k1 1.2, b 0.6), over the whole index. */
function bm25(over: FactIndex, fact: IndexedFact, token: string, tf: number): number {
  const { averageLength } = readStatistics(over, []);
  return (weighToken(over, token) * tf * 2.2) / (tf + 1.2 * (0.4 + (0.6 * fact.tokens.length) / averageLength));
}

describe('scoreFact: the score of one fact, worked out by hand', () => {
  it('gives a word of the fact’s text its BM25 weight, with no modifier on', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const purpose = factIn(fresh, 'quill-api', 'purpose');
    // "Serves the sign-in API.": "serve" once, and not a word of the API's name, role or technology.
    expect(purpose.subjectTokens.has('serve')).toBe(false);
    const reading = plainReading(fresh, 'Quillstack serves');
    expect(scoreFact(fresh, reading, ['serve'], purpose, ['quillstack']).score).toBeCloseTo(bm25(fresh, purpose, 'serve', 1), 10);
  });

  it('counts a word the text holds twice twice, and adds 0.8 of its weight when it names the subject', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    // "Not supported: PostgreSQL 12. PostgreSQL 12 is not supported": the ledger's technology, written twice.
    const incompatible = factIn(fresh, 'ledger-db', 'incompatibility');
    const expected = bm25(fresh, incompatible, 'postgresql', 2) + 0.8 * weighToken(fresh, 'postgresql');
    const reading = plainReading(fresh, 'Quillstack postgresql');
    expect(scoreFact(fresh, reading, ['postgresql'], incompatible, ['quillstack']).score).toBeCloseTo(expected, 10);
  });

  it('scores a word only the subject holds at 0.8 of its weight', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const purpose = factIn(fresh, 'quill-api', 'purpose');
    // "Application" is the API's role, not a word of "Serves the sign-in API."
    expect(purpose.tokens).not.toContain('application');
    const reading = plainReading(fresh, 'Quillstack application');
    expect(scoreFact(fresh, reading, ['application'], purpose, ['quillstack']).score).toBeCloseTo(
      0.8 * weighToken(fresh, 'application'),
      10,
    );
  });

  it('halves the weight of a word only the scene-setting sentences use', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const purpose = factIn(fresh, 'quill-api', 'purpose');
    const reading = plainReading(fresh, 'Quillstack serves', { scene: ['serve'] });
    expect(scoreFact(fresh, reading, ['serve'], purpose, ['quillstack']).score).toBeCloseTo(0.5 * bm25(fresh, purpose, 'serve', 1), 10);
  });

  it('gives no subject bonus for a word of the picked variant’s name in a whole-variant fact, but does in a part’s fact', () => {
    // The standard variant is named "Application box", like the host and like the API's role.
    const fresh = buildFactIndex([
      buildAskArchitecture({
        variants: [
          { id: 'standard', name: 'Application box', summary: 'One API on one box.', source: 'authgear-self-managed#introduction' },
          { id: 'clustered', name: 'Clustered', summary: 'Several API nodes.', source: 'authgear-self-managed#introduction' },
        ],
      }),
    ]);
    const host = factIn(fresh, null, 'host');
    expect(host.subjectTokens.has('box')).toBe(true);
    const picked = plainReading(fresh, 'Quillstack box', { variants: new Map([['quillstack', 'standard']]) });
    const unpicked = plainReading(fresh, 'Quillstack box');
    const text = bm25(fresh, host, 'box', 1);
    expect(scoreFact(fresh, picked, ['box'], host, ['quillstack']).score).toBeCloseTo(text, 10);
    expect(scoreFact(fresh, unpicked, ['box'], host, ['quillstack']).score).toBeCloseTo(text + 0.8 * weighToken(fresh, 'box'), 10);
    const purpose = factIn(fresh, 'quill-api', 'purpose');
    expect(scoreFact(fresh, picked, ['application'], purpose, ['quillstack']).score).toBeCloseTo(
      0.8 * weighToken(fresh, 'application'),
      10,
    );
  });

  it('weighs a group’s member list at 0.6 unless the question asks for all or every part', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const group = factIn(fresh, null, 'group', 'Ledger and caches');
    const plain = plainReading(fresh, 'Quillstack ledger', { tokens: ['quillstack', 'ledger'] });
    const every = plainReading(fresh, 'Quillstack ledger', { tokens: ['all', 'quillstack', 'ledger'] });
    const ratio =
      scoreFact(fresh, plain, ['ledger'], group, ['quillstack']).score / scoreFact(fresh, every, ['ledger'], group, ['quillstack']).score;
    expect(ratio).toBeCloseTo(0.6, 10);
  });

  it('adds the weight of a number the question names to a relevant fact stating it, and to no other', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const incompatible = factIn(fresh, 'ledger-db', 'incompatibility');
    const twelve = [{ value: 12, position: 2, negative: false }];
    const score = (fact: IndexedFact, query: string[], numbers: Reading['numbers']) =>
      scoreFact(fresh, plainReading(fresh, 'Quillstack supported', { numbers }), query, fact, ['quillstack']).score;
    expect(score(incompatible, ['supported'], twelve) - score(incompatible, ['supported'], [])).toBeCloseTo(weighToken(fresh, '12'), 10);
    // Written with a minus sign, the number is still the one the fact states.
    expect(score(incompatible, ['supported'], [{ value: -12, position: 2, negative: true }])).toBeCloseTo(
      score(incompatible, ['supported'], twelve),
      10,
    );
    const purpose = factIn(fresh, 'ledger-db', 'purpose');
    expect(score(purpose, ['keep'], twelve)).toBeCloseTo(score(purpose, ['keep'], []), 10);
    // A fact that shares no word with the question stays at zero, though it states the number.
    expect(score(incompatible, ['zebra'], twelve)).toBe(0);
  });

  it('weighs a general fact (a role) at 0.6 with no cue for its kind, and by 1.35 with one cue instead', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const role = factIn(fresh, 'ledger-db', 'role');
    const score = (attributes: Reading['attributes']) =>
      scoreFact(fresh, plainReading(fresh, 'Quillstack relational', { attributes }), ['relational'], role, ['quillstack']).score;
    expect(score(new Map([['role', 1]])) / score(new Map())).toBeCloseTo(1.35 / 0.6, 10);
  });

  it('weighs a fact stating a quantity by 1.3 when the question expects a number, and no other fact', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const figures = factIn(fresh, 'ledger-db', 'requirement', 'minimum');
    const purpose = factIn(fresh, 'ledger-db', 'purpose');
    const ratio = (fact: IndexedFact, token: string) =>
      scoreFact(fresh, plainReading(fresh, 'Quillstack ledger', { expectsNumber: true }), [token], fact, ['quillstack']).score /
      scoreFact(fresh, plainReading(fresh, 'Quillstack ledger'), [token], fact, ['quillstack']).score;
    expect(ratio(figures, 'storage')).toBeCloseTo(1.3, 10);
    expect(ratio(purpose, 'keep')).toBeCloseTo(1, 10);
  });

  it('weighs an inferred fact at 0.9 of the same fact stated by a source', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const purpose = factIn(fresh, 'quill-api', 'purpose');
    const reading = plainReading(fresh, 'Quillstack serves');
    const score = (basis: IndexedFact['basis']) => scoreFact(fresh, reading, ['serve'], { ...purpose, basis }, ['quillstack']).score;
    expect(score('inferred') / score('stated')).toBeCloseTo(0.9, 10);
  });

  it('counts the words that cue a fact’s kind as covered by it, though its text does not hold them', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const purpose = factIn(fresh, 'quill-api', 'purpose');
    // "Why" asks what a part is for; the purpose answers it.
    const scored = scoreFact(fresh, plainReading(fresh, 'Why does Quillstack serve'), ['serve', 'why'], purpose, ['quillstack']);
    expect([...scored.covered].sort()).toEqual(['serve', 'why']);
    // A fact that scores nothing covers nothing, cue words included.
    expect(scoreFact(fresh, plainReading(fresh, 'Why zebra'), ['zebra', 'why'], purpose, ['quillstack']).covered.size).toBe(0);
  });

  it('weighs the whole index when no scope is given', () => {
    // Two products, so a scope of one would weigh less than the whole index.
    const fresh = buildFactIndex([
      buildAskArchitecture(),
      buildAskArchitectureWith([buildLedgerInput()], { id: 'frobcore', product: 'Frobcore' }),
    ]);
    const purpose = factIn(fresh, 'quill-api', 'purpose');
    const reading = plainReading(fresh, 'Quillstack serves');
    expect(scoreFact(fresh, reading, ['serve'], purpose).score).toBe(scoreFact(fresh, reading, ['serve'], purpose, []).score);
    expect(weighToken(fresh, 'serve')).toBe(weighToken(fresh, 'serve', []));
    expect(weighToken(fresh, 'unseenword')).toBe(weighToken(fresh, 'unseenword', []));
    const chosen = [{ fact: purpose, score: 1, covered: new Set(['serve']) }];
    expect(measureCoverage(fresh, ['serve', 'tenant'], chosen)).toBe(measureCoverage(fresh, ['serve', 'tenant'], chosen, []));
    expect(measureCoverage(fresh, ['serve', 'tenant'], chosen)).toBeGreaterThan(0);
  });
});

describe('scoreFact: opposite words and counts', () => {
  const cite = 'authgear-self-managed#resources-reference';

  it('scores a fact holding both a word and its opposite the same in a yes/no question as in another', () => {
    const fresh = buildFactIndex([
      buildAskArchitectureWith([buildLedgerInput({ notes: [{ kind: 'info', text: 'A single node or several nodes.', source: cite }] })]),
    ]);
    const note = factIn(fresh, 'ledger-db', 'note');
    const score = (yesNo: boolean) =>
      scoreFact(fresh, plainReading(fresh, 'Quillstack single', { yesNo }), ['single'], note, ['quillstack']).score;
    expect(score(true)).toBeGreaterThan(0);
    expect(score(true)).toBeCloseTo(score(false), 10);
  });

  it('covers a word in a yes/no question when the fact holds any one of its opposites', () => {
    // "Same" has two opposites, "different" and "separate"; the note holds only the first.
    const fresh = buildFactIndex([
      buildAskArchitectureWith([buildLedgerInput({ notes: [{ kind: 'info', text: 'Tenants get different schemas.', source: cite }] })]),
    ]);
    const note = factIn(fresh, 'ledger-db', 'note');
    const scored = scoreFact(fresh, plainReading(fresh, 'Quillstack same', { yesNo: true }), ['same'], note, ['quillstack']);
    expect(scored.covered.has('same')).toBe(true);
  });

  /** Quillstack with a shard store whose notes count shards in different ways. */
  const shardIndex = () =>
    buildFactIndex([
      buildAskArchitectureWith([
        buildLedgerInput({
          id: 'shard-store',
          name: 'Frobcore store',
          notes: [
            { kind: 'info', text: 'Each group gets 12 shards.', source: cite },
            { kind: 'info', text: 'Each group gets the shards.', source: cite },
            { kind: 'info', text: 'Each group gets v2 shards.', source: cite },
            { kind: 'info', text: 'Each group gets 0.5 shards.', source: cite },
            { kind: 'info', text: 'Shards hold tenant data.', source: cite },
          ],
        }),
      ]),
    ]);

  it('boosts, for "how many shards", only a fact with a whole number right before the noun', () => {
    const fresh = shardIndex();
    const counting = plainReading(fresh, 'Quillstack shards', { tokens: ['how', 'many', 'shard', 'run'] });
    const plain = plainReading(fresh, 'Quillstack shards', { tokens: ['how', 'much', 'shard', 'run'] });
    const ratio = (text: string) => {
      const note = factIn(fresh, 'shard-store', 'note', text);
      return (
        scoreFact(fresh, counting, ['shard'], note, ['quillstack']).score / scoreFact(fresh, plain, ['shard'], note, ['quillstack']).score
      );
    };
    expect(ratio('12 shards')).toBeCloseTo(1.3, 10);
    expect(ratio('the shards')).toBeCloseTo(1, 10);
    expect(ratio('v2 shards')).toBeCloseTo(1, 10);
    expect(ratio('0.5 shards')).toBeCloseTo(1, 10);
    expect(ratio('Shards hold')).toBeCloseTo(1, 10);
  });

  it('boosts a fact counting the second word after "how many" ("how many PostgreSQL databases"), not the third', () => {
    const fresh = shardIndex();
    const note = factIn(fresh, 'shard-store', 'note', '12 shards');
    const score = (tokens: string[]) =>
      scoreFact(fresh, plainReading(fresh, 'Quillstack shards', { tokens }), ['shard'], note, ['quillstack']).score;
    const base = score(['how', 'much', 'quill', 'shard', 'run']);
    expect(score(['how', 'many', 'quill', 'shard', 'run']) / base).toBeCloseTo(1.3, 10);
    expect(score(['how', 'many', 'quill', 'tenant', 'shard']) / base).toBeCloseTo(1, 10);
  });

  it('boosts again a count of the part named right before the counted noun ("how many frobcore shards")', () => {
    const fresh = shardIndex();
    const note = factIn(fresh, 'shard-store', 'note', '12 shards');
    const score = (tokens: string[]) =>
      scoreFact(fresh, plainReading(fresh, 'Quillstack shards', { tokens }), ['shard'], note, ['quillstack']).score;
    const base = score(['how', 'much', 'frobcore', 'shard', 'run']);
    // The store's own name before "shards": the count boost and this one.
    expect(score(['how', 'many', 'frobcore', 'shard', 'run']) / base).toBeCloseTo(1.3 * 1.5, 10);
    // A word of no part's name, or a small word, before the noun: the count boost alone.
    expect(score(['how', 'many', 'tenant', 'shard', 'run']) / score(['how', 'much', 'tenant', 'shard', 'run'])).toBeCloseTo(1.3, 10);
    expect(score(['how', 'many', 'the', 'shard', 'run']) / score(['how', 'much', 'the', 'shard', 'run'])).toBeCloseTo(1.3, 10);
  });

  it('boosts nothing when "many" follows another word than "how", or the question has no "how many"', () => {
    const fresh = shardIndex();
    const note = factIn(fresh, 'shard-store', 'note', '12 shards');
    const score = (tokens: string[]) =>
      scoreFact(fresh, plainReading(fresh, 'Quillstack shards', { tokens }), ['shard'], note, ['quillstack']).score;
    const base = score(['which', 'node', 'run']);
    expect(score(['too', 'many', 'shard'])).toBeCloseTo(base, 10);
    // "shard" second, where a "how many" at no place would look for its noun.
    expect(score(['which', 'shard', 'run'])).toBeCloseTo(base, 10);
  });
});

describe('scoreFact: the name of a variant a fact implies', () => {
  const cite = 'authgear-self-managed#introduction';
  const onlyOrbit = (id = 'quillstack', product = 'Quillstack') =>
    buildAskArchitecture({
      id,
      product,
      variants: [
        {
          id: 'orbit-ha',
          name: 'High availability on Orbit',
          summary: 'Several API nodes on Orbit.',
          availabilityZones: { min: 3, source: cite },
          source: cite,
        },
      ],
      hosts: [],
    });

  it('counts a word the text holds in full, and one the only variant’s name implies at half', () => {
    const fresh = buildFactIndex([onlyOrbit()]);
    const reading = plainReading(fresh, 'Quillstack orbit');
    // The summary writes "Orbit"; as a general fact with no cue for it, it weighs 0.6.
    const summary = factIn(fresh, null, 'summary');
    expect(scoreFact(fresh, reading, ['orbit'], summary, ['quillstack']).score).toBeCloseTo(0.6 * bm25(fresh, summary, 'orbit', 1), 10);
    const zones = factIn(fresh, null, 'zones');
    expect(zones.tokens).not.toContain('orbit');
    expect(scoreFact(fresh, reading, ['orbit'], zones, ['quillstack']).score).toBeCloseTo(bm25(fresh, zones, 'orbit', 0.5), 10);
  });

  it('implies no variant name when the product has several variants', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    // The standard summary does not write "standard", and Quillstack has a clustered variant too.
    const summary = factIn(fresh, null, 'summary', 'One API');
    expect(summary.tokens).not.toContain('standard');
    expect(scoreFact(fresh, plainReading(fresh, 'Quillstack standard'), ['standard'], summary, ['quillstack']).score).toBe(0);
  });

  it('finds a fact holding the word only by implication when ranking up to three products', () => {
    const fresh = buildFactIndex([
      onlyOrbit('orbit-a', 'Orbitalpha'),
      onlyOrbit('orbit-b', 'Orbitbeta'),
      onlyOrbit('orbit-c', 'Orbitgamma'),
    ]);
    const reading = plainReading(fresh, 'orbit', { content: ['orbit'], products: [], category: null });
    const zones = rankFacts(fresh, reading, ['orbit-a', 'orbit-b', 'orbit-c']).filter((scored) => scored.fact.attribute === 'zones');
    expect(zones.map((scored) => scored.fact.architecture).sort()).toEqual(['orbit-a', 'orbit-b', 'orbit-c']);
  });
});

describe('rankFacts over more than three products', () => {
  it('ranks only the facts of the products asked about', () => {
    const ids = ['quill-a', 'quill-b', 'quill-c', 'quill-d', 'quill-e'];
    const fresh = buildFactIndex(ids.map((id, i) => buildAskArchitecture({ id, product: `Quill ${'abcde'[i] ?? ''}` })));
    const reading = plainReading(fresh, 'ledger', { content: ['ledger'], products: [], category: null });
    const ranked = rankFacts(fresh, reading, ids.slice(0, 4));
    expect(ranked.length).toBeGreaterThan(0);
    expect(new Set(ranked.map((scored) => scored.fact.architecture))).toEqual(new Set(ids.slice(0, 4)));
  });

  it('finds, in a yes/no question, the facts holding only the opposite word', () => {
    const ids = ['quill-a', 'quill-b', 'quill-c', 'quill-d'];
    const fresh = buildFactIndex(ids.map((id, i) => buildAskArchitecture({ id, product: `Quill ${'abcd'[i] ?? ''}` })));
    const reading = plainReading(fresh, 'single', { content: ['single'], products: [], category: null, yesNo: true });
    // "Several API nodes behind a load balancer." holds "several", the opposite of "single".
    const summaries = rankFacts(fresh, reading, ids).filter((scored) => scored.fact.text.startsWith('Several API nodes'));
    expect(summaries.map((scored) => scored.fact.architecture).sort()).toEqual(ids);
  });

  it('finds the facts about a product’s only variant that hold its name only by implication, as ranking it alone does', () => {
    const cite = 'authgear-self-managed#introduction';
    const ids = ['quill-a', 'quill-b', 'quill-c', 'quill-d'];
    const fresh = buildFactIndex(
      ids.map((id, i) =>
        buildAskArchitecture({
          id,
          product: `Quill${['alpha', 'beta', 'gamma', 'delta'][i] ?? ''}`,
          hosts: [],
          variants: [
            {
              id: 'orbit-ha',
              name: 'High availability on Orbit',
              summary: 'Several API nodes.',
              availabilityZones: { min: 3, source: cite },
              source: cite,
            },
          ],
        }),
      ),
    );
    const reading = plainReading(fresh, 'Orbit?', { content: ['orbit'], products: [], category: null });
    const together = rankFacts(fresh, reading, ids);
    for (const id of ids) {
      const alone = rankFacts(fresh, reading, [id]).map((scored) => scored.fact.id);
      expect(alone.length).toBeGreaterThan(2);
      expect(together.filter((scored) => scored.fact.architecture === id).map((scored) => scored.fact.id)).toEqual(alone);
    }
  });

  it('stops at 600 candidates, taking the rarest words first', () => {
    const cite = 'authgear-self-managed#resources-reference';
    // Per product: "shelf" in 170 notes, "frobcore" in all but the first 10; one product has a note with a rare word.
    const notes = (id: string) => [
      ...Array.from({ length: 170 }, (_, k) => ({
        kind: 'info' as const,
        text: k < 10 ? `Shelf ${k + 1} is spare.` : `Frobcore shelf ${k + 1} is spare.`,
        source: cite,
      })),
      ...(id === 'frob-d' ? [{ kind: 'info' as const, text: 'Backups go to the lanternwick vault.', source: cite }] : []),
    ];
    const ids = ['frob-a', 'frob-b', 'frob-c', 'frob-d'];
    const fresh = buildFactIndex(
      ids.map((id, i) => buildAskArchitectureWith([buildLedgerInput({ notes: notes(id) })], { id, product: `Frob ${'abcd'[i] ?? ''}` })),
    );
    expect(fresh.postings.get('frobcore')?.length).toBe(640);
    expect(fresh.postings.get('shelf')?.length).toBe(680);
    // Written commonest first, with a word no fact holds.
    const query = ['shelf', 'frobcore', 'lanternwick', 'unseenword'];
    const reading = plainReading(fresh, 'frobcore', { content: query, products: [], category: null });
    const ranked = rankFacts(fresh, reading, ids);
    expect(ranked.length).toBe(600);
    expect(ranked.some((scored) => scored.fact.text.includes('lanternwick'))).toBe(true);
    // Written rarest first, the words are taken in the same order.
    const rarestFirst = plainReading(fresh, 'frobcore', { content: ['lanternwick', 'frobcore', 'shelf'], products: [], category: null });
    const again = rankFacts(fresh, rarestFirst, ids);
    expect(again.length).toBe(600);
    expect(again.some((scored) => scored.fact.text.includes('lanternwick'))).toBe(true);
    // Every "Shelf n" note without "frobcore" comes after the cap, which the "frobcore" notes filled.
    expect(again.filter((scored) => !scored.fact.tokens.includes('frobcore')).map((scored) => scored.fact.text)).toEqual([
      'Note: Backups go to the lanternwick vault',
    ]);
  });
});

describe('readStatistics: its cache', () => {
  const three = () =>
    buildFactIndex([
      buildAskArchitecture({ id: 'alpha', product: 'Alphaquill' }),
      buildAskArchitectureWith([buildLedgerInput()], { id: 'beta', product: 'Betaquill' }),
      buildAskArchitecture({ id: 'alphabeta', product: 'Alphabetaquill' }),
    ]);

  it('keeps apart two scopes whose ids run together alike ("alpha" and "beta", "alphabeta")', () => {
    const fresh = three();
    const pair = readStatistics(fresh, ['alpha', 'beta']);
    const one = readStatistics(fresh, ['alphabeta']);
    expect(pair.n).toBe((fresh.factsByArchitecture.get('alpha') ?? []).length + (fresh.factsByArchitecture.get('beta') ?? []).length);
    expect(one.n).toBe((fresh.factsByArchitecture.get('alphabeta') ?? []).length);
  });

  it('counts no fact for a product it does not hold', () => {
    expect(readStatistics(three(), ['nowhere']).n).toBe(0);
  });

  it('keeps at most 1,000 scopes', () => {
    const fresh = three();
    for (let i = 0; i < 1_000; i++) readStatistics(fresh, [`unknown-${i}`]);
    // The thousandth scope was kept; a new one is read afresh each time.
    expect(readStatistics(fresh, ['unknown-999'])).toBe(readStatistics(fresh, ['unknown-999']));
    expect(readStatistics(fresh, ['unknown-1000'])).not.toBe(readStatistics(fresh, ['unknown-1000']));
  });
});

describe('listQueryTokens and compareScored: the rest', () => {
  it('leaves out the words of the category the question names', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const categoryWords = [...(fresh.categoryTokens.get('identity') ?? [])];
    expect(categoryWords.length).toBeGreaterThan(0);
    const reading = plainReading(fresh, 'ledger', { content: [...categoryWords, 'ledger'], products: [], category: 'identity' });
    expect(listQueryTokens(fresh, reading)).toEqual(['ledger']);
  });

  it('leaves out "self-hosted" beside other words, since every architecture is self-hosted, and keeps it when it is all there is', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    expect(listQueryTokens(fresh, readQuestion('Minimum ledger spec for self-hosting Quillstack?', fresh))).not.toContain('hosted');
    expect(listQueryTokens(fresh, readQuestion('Minimum ledger spec for self-hosting Quillstack?', fresh))).toContain('ledger');
    expect(listQueryTokens(fresh, readQuestion('Quillstack self-hosted?', fresh))).toEqual(['self', 'hosted']);
  });

  it('puts a later id after an earlier one, whichever is compared first', () => {
    const fresh = buildFactIndex([buildAskArchitecture()]);
    const [first, second] = [factIn(fresh, 'quill-api', 'purpose'), factIn(fresh, 'ledger-db', 'purpose')].sort((a, b) =>
      a.id < b.id ? -1 : 1,
    ) as [IndexedFact, IndexedFact];
    const scored = (fact: IndexedFact) => ({ fact, score: 5, covered: new Set<string>() });
    expect(compareScored(scored(second), scored(first))).toBe(1);
    expect(compareScored(scored(first), scored(second))).toBe(-1);
  });
});

describe('selectFacts: figures of two hosts', () => {
  it('does not join the figures of another host to the first as the same subject', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const host = (id: string, name: string, components: string[]) => ({
      id,
      name,
      kind: 'server' as const,
      components,
      requirements: [{ scope: 'minimum' as const, nodes: 1, vcpu: 2, memory: '4 GB', source: cite }],
      source: cite,
    });
    const fresh = buildFactIndex([
      buildAskArchitecture({
        hosts: [
          host('app-box', 'Application box', ['quill-api', 'quill-worker']),
          host('archive-box', 'Archive box', ['ledger-db', 'session-cache']),
        ],
      }),
    ]);
    const figures = (fresh.factsByArchitecture.get('quillstack') ?? []).filter(
      (fact) => fact.component === null && fact.attribute === 'requirement',
    );
    expect(figures.map((fact) => fact.text.split(':')[0]).sort()).toEqual(['Application box', 'Archive box']);
    const [first, second] = figures as [IndexedFact, IndexedFact];
    const chosen = selectFacts([
      { fact: first, score: 10, covered: new Set(['box']) },
      { fact: second, score: 5, covered: new Set(['box']) },
    ]);
    expect(chosen.map((scored) => scored.fact.id)).toEqual([first.id]);
  });
});

describe('scoreFact: what happens if', () => {
  it('weighs a fact stating an outcome ("make sign-ins fail") half again more when the question asks what happens', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const ledgerIndex = buildFactIndex([
      buildAskArchitectureWith([
        buildLedgerInput({
          purpose: 'Holds accounts.',
          notes: [{ kind: 'requirement', text: 'Two deployments pointed at one ledger name make sign-ins fail.', source: cite }],
        }),
      ]),
    ]);
    const scoreOfNote = (question: string) => {
      const ranked = rankFacts(ledgerIndex, readQuestion(question, ledgerIndex), ['quillstack']);
      const note = ranked.find((scored) => scored.fact.attribute === 'note');
      const purpose = ranked.find((scored) => scored.fact.attribute === 'purpose');
      return (note?.score ?? 0) / (purpose?.score ?? 1);
    };
    // The same words but the asking verb: only "what happens" asks for an outcome.
    const happens = scoreOfNote('What happens if two Quillstack deployments share one ledger name and its accounts?');
    const plain = scoreOfNote('What is said if two Quillstack deployments share one ledger name and its accounts?');
    expect(happens / plain).toBeCloseTo(1.5, 5);
  });
});
