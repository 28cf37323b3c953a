import { describe, expect, it } from 'vitest';
import {
  buildFactIndex,
  compareScored,
  type IndexedFact,
  listQueryTokens,
  measureCoverage,
  rankFacts,
  readQuestion,
  scoreFact,
  selectFacts,
  weighToken,
} from '../../../src/lib/ask/index.ts';
import { findAskedAttribute, readStatistics } from '../../../src/lib/ask/select-facts.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildLedgerInput } from '../../fixtures/build-ask-architecture.ts';

const quillstack = buildAskArchitecture();
const index = buildFactIndex([quillstack]);

/** The ranked facts of a question over the fixture. */
function rank(question: string) {
  return rankFacts(index, readQuestion(question, index), ['quillstack']);
}

describe('rankFacts', () => {
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

  it('keeps at most the limit and nothing far below the best score', () => {
    const ranked = rank('Quillstack API worker ledger cache sessions');
    const chosen = selectFacts(ranked, 2);
    expect(chosen.length).toBeLessThanOrEqual(2);
    for (const scored of chosen) expect(scored.score).toBeGreaterThanOrEqual((ranked[0]?.score ?? 0) * 0.4);
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
