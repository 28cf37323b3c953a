import { describe, expect, it } from 'vitest';
import {
  buildFactIndex,
  compareScored,
  listQueryTokens,
  measureCoverage,
  rankFacts,
  readQuestion,
  selectFacts,
  weighToken,
} from '../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../fixtures/build-ask-architecture.ts';

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
