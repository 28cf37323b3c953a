import { describe, expect, it } from 'vitest';
import { answerCompare, listOthersWords } from '../../../../src/lib/ask/answerers/compare.ts';
import { answerCompute } from '../../../../src/lib/ask/answerers/compute.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../../src/schemas/architecture.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';

const quillstack = buildAskArchitecture();
const ferngate = buildArchitecture({
  id: 'ferngate',
  product: 'Ferngate',
  vendor: 'Fern Inc.',
  components: [
    buildComponentInput({
      id: 'fern-store',
      name: 'Fern store',
      role: 'relational-database',
      purpose: 'Keeps the fern catalogue.',
      requirements: [{ scope: 'minimum', nodes: 3, vcpu: 1, memory: '2 GB', source: 'authgear-self-managed#resources-reference' }],
    }),
  ],
});
const catalogue = [quillstack, ferngate];

describe('answerCompare', () => {
  it('asks a word written right after one product’s name of that product alone, when the other’s facts never use it', () => {
    const question = 'How much storage does the Quillstack chart give its ledger by default, compared with Ferngate’s database?';
    const context = buildAnswerContext(catalogue, question);
    const quillNames = new Set(['quillstack']);
    // "chart" follows Quillstack's name and no Ferngate fact uses it; "database" follows Ferngate's, but Quillstack's facts use it.
    expect([...listOthersWords(context, 'ferngate', quillNames)]).toEqual(['chart']);
    expect([...listOthersWords(context, 'quillstack', new Set(['ferngate']))]).toEqual([]);
  });

  it('answers a per-node comparison with each side’s stated node size, never with totals summed over the nodes', () => {
    const answer = answerQuestion('Which needs more memory per node at minimum, Quillstack or Ferngate?', catalogue).answer ?? '';
    expect(answer).not.toMatch(/\b(?:12|6) GB/);
    expect(answer).toMatch(/Ferngate[^.]*: Fern store: 3 nodes × \(1 vCPU, 2 GB memory\)/);
  });

  it('ranks the products by the total the comparative asks for, worked out by hand from the fixtures', () => {
    // Quillstack minimum: application box 4 GB + ledger database 8 GB = 12 GB, 2 + 2 = 4 vCPU; Ferngate: 3 × 2 GB = 6 GB, 3 × 1 = 3 vCPU.
    expect(answerQuestion('Which needs more memory at minimum, Quillstack or Ferngate?', catalogue).answer).toMatch(
      /^Quillstack needs more memory than Ferngate \(Quillstack 12 GB, Ferngate 6 GB\)\./,
    );
    expect(answerQuestion('Quillstack vs Ferngate: which needs fewer vCPU at minimum?', catalogue).answer).toMatch(
      /^Ferngate needs less vCPU than Quillstack \(Ferngate 3 vCPU, Quillstack 4 vCPU\)\./,
    );
    // Sized at a load, whole deployments: host 3 × 4 vCPU + ledger 2 × 4 vCPU (high-availability figures) = 20 vCPU each,
    // the API's 50 sign-ins/s × 1 vCPU per 10 = 5 vCPU counting inside its host; a copy with the same rules needs the same.
    const twin = buildAskArchitecture({ id: 'inkwell', product: 'Inkwell', vendor: 'Ink Co.' });
    expect(answerQuestion('Which needs more CPU at 50 sign-ins per second, Quillstack or Inkwell?', [quillstack, twin]).answer).toMatch(
      /^Quillstack and Inkwell state the same vCPU \(Quillstack 20 vCPU, Inkwell 20 vCPU\)\./,
    );
    // A product that states no memory at all is its own side, and the one that does is named as the only one.
    const bare = buildArchitecture({ id: 'barebones', product: 'Barebones', vendor: 'Bare Inc.' });
    const answer = answerQuestion('Which needs more memory at minimum, Ferngate or Barebones?', [ferngate, bare]).answer ?? '';
    expect(answer).toMatch(/^Of these, only Ferngate states memory figures \(6 GB\)\./);
    expect(answer).toContain('Barebones: its vendor documents state no memory figures.');
    // Without a comparative there is no ranking, only each side's figures.
    expect(answerQuestion('Quillstack vs Ferngate: total memory at minimum?', catalogue).answer).not.toMatch(/needs (more|less)/);
  });

  it('says which side never mentions a technology the other side has, rather than declining the comparison', () => {
    const answer = answerQuestion('Quillstack vs Ferngate - which one uses Redis?', catalogue);
    expect(answer.kind).toBe('compare');
    expect(answer.answer).toContain('Session cache');
    expect(answer.answer).toContain('Ferngate: its vendor documents do not mention Redis.');
    // The side with no fact cites its layout's page, so every side has a source to check.
    expect(answer.sources.map((source) => source.url)).toContain('/architectures/ferngate/');
    // A word both sides lack is no side of the comparison.
    expect(answerQuestion('Quillstack vs Ferngate - which one uses Kafka?', catalogue).answer ?? '').not.toContain('do not mention Kafka');
  });

  it('answers the same question for each named product, side by side, with sources on each', () => {
    const answer = answerQuestion('database purpose: Quillstack vs Ferngate', catalogue);
    expect(answer.kind).toBe('compare');
    expect(answer.answer).toContain('Keeps accounts, tenants and audit records.');
    expect(answer.answer).toContain('Keeps the fern catalogue.');
    for (const id of ['quillstack', 'ferngate']) expect(answer.sources.some((s) => s.url.startsWith(`/architectures/${id}/`))).toBe(true);
  });

  it('computes what the question asks for each product', () => {
    const answer = answerQuestion('total vCPU of the minimum database: Quillstack vs Ferngate', catalogue);
    expect(answer.answer).toContain('2 vCPU (Ledger database)');
    expect(answer.answer).toContain('3 × 1 vCPU (Fern store) = 3 vCPU');
  });
  it('answers a yes/no about each product as it would alone, saying which product lacks the component', () => {
    const answer = answerQuestion('Is Redis optional in Quillstack and Ferngate?', catalogue);
    expect(answer.kind).toBe('compare');
    expect(answer.answer).toMatch(/^Yes: it is optional\. In Quillstack \(Standard\), Session cache is optional\./);
    expect(answer.answer).toContain('No: the sources archkb holds for Ferngate list no Redis component.');
  });

  it('says what one product’s sources leave unstated without declining the other product’s answer', () => {
    const silent = buildArchitecture({
      id: 'ferngate',
      product: 'Ferngate',
      vendor: 'Fern Inc.',
      variants: [
        {
          id: 'default',
          name: 'Default',
          summary: 'One store. Not stated: the cache product.',
          source: 'authgear-self-managed#introduction',
        },
      ],
      components: [
        buildComponentInput({ id: 'fern-store', name: 'Fern store', role: 'relational-database', purpose: 'Keeps the fern catalogue.' }),
      ],
    });
    const answer = answerQuestion('Which cache product do Quillstack and Ferngate use?', [quillstack, silent]);
    expect(answer.answer).toContain('Ferngate: its vendor documents state no cache product.');
    expect(answer.answer).toContain('Session cache');
  });
});

const cite = 'authgear-self-managed#resources-reference';
type Requirement = NonNullable<ArchitectureInput['components'][number]['requirements']>[number];
/** A product of one component, "<Name> store", with the figures given. */
const buildStoreProduct = (id: string, product: string, requirements: Requirement[]) =>
  buildArchitecture({
    id,
    product,
    vendor: `${product} Inc.`,
    components: [buildComponentInput({ id: `${id}-store`, name: `${product} store`, requirements })],
  });
/** One node at minimum with 1 vCPU and the memory given (a figure or a range). */
const buildMemoryProduct = (id: string, product: string, memory: Requirement['memory']) =>
  buildStoreProduct(id, product, [{ scope: 'minimum', nodes: 1, vcpu: 1, memory, source: cite }]);
const compareIn = (catalogue: Parameters<typeof buildAnswerContext>[0], question: string) =>
  answerCompare(buildAnswerContext(catalogue, question));

describe('answerCompare: the verdict', () => {
  const mosslight = () => buildMemoryProduct('mosslight', 'Mosslight', '1 GB');

  it('names the product needing the most or the least of three, with every total in that order', () => {
    // Minimum memory, by hand: Quillstack 4 GB + 8 GB = 12 GB, Ferngate 3 × 2 GB = 6 GB, Mosslight 1 GB.
    const three = [quillstack, ferngate, mosslight()];
    expect(answerQuestion('Which needs the most memory at minimum: Ferngate, Quillstack or Mosslight?', three).answer).toMatch(
      /^Quillstack needs the most memory \(Quillstack 12 GB, Ferngate 6 GB, Mosslight 1 GB\)\. /,
    );
    expect(answerQuestion('Which needs the least memory at minimum: Ferngate, Quillstack or Mosslight?', three).answer).toMatch(
      /^Mosslight needs the least memory \(Mosslight 1 GB, Ferngate 6 GB, Quillstack 12 GB\)\. /,
    );
  });

  it('says ranges that overlap, or touch, rank neither product', () => {
    // Ashgrove 4 to 8 GiB against Birchway 6 to 10 GiB: either could need more, and either less.
    const pair = [
      buildMemoryProduct('ashgrove', 'Ashgrove', { min: '4 GB', max: '8 GB' }),
      buildMemoryProduct('birchway', 'Birchway', { min: '6 GB', max: '10 GB' }),
    ];
    expect(answerQuestion('Which needs more memory at minimum, Ashgrove or Birchway?', pair).answer).toMatch(
      /^Their stated memory ranges overlap, so neither clearly needs more \(Birchway 6 GiB to 10 GiB, Ashgrove 4 GiB to 8 GiB\)\. /,
    );
    expect(answerQuestion('Which needs less memory at minimum, Ashgrove or Birchway?', pair).answer).toMatch(
      /^Their stated memory ranges overlap, so neither clearly needs less \(Ashgrove 4 GiB to 8 GiB, Birchway 6 GiB to 10 GiB\)\. /,
    );
    // 2 to 4 GiB against 4 to 6 GiB: both could need 4 GiB, so neither clearly needs less.
    const touching = [
      buildMemoryProduct('ashgrove', 'Ashgrove', { min: '2 GB', max: '4 GB' }),
      buildMemoryProduct('birchway', 'Birchway', { min: '4 GB', max: '6 GB' }),
    ];
    expect(answerQuestion('Which needs less memory at minimum, Ashgrove or Birchway?', touching).answer).toMatch(
      /^Their stated memory ranges overlap/,
    );
  });

  it('says two products state the same only when both ends of their ranges are equal', () => {
    const sameLow = [
      buildMemoryProduct('ashgrove', 'Ashgrove', { min: '4 GB', max: '8 GB' }),
      buildMemoryProduct('birchway', 'Birchway', { min: '4 GB', max: '10 GB' }),
    ];
    expect(answerQuestion('Which needs more memory at minimum, Ashgrove or Birchway?', sameLow).answer).toMatch(
      /^Their stated memory ranges overlap/,
    );
    const sameHigh = [
      buildMemoryProduct('ashgrove', 'Ashgrove', { min: '4 GB', max: '8 GB' }),
      buildMemoryProduct('birchway', 'Birchway', { min: '2 GB', max: '8 GB' }),
    ];
    expect(answerQuestion('Which needs more memory at minimum, Ashgrove or Birchway?', sameHigh).answer).toMatch(
      /^Their stated memory ranges overlap/,
    );
  });

  // Cedarline requests 2 GB with a 4 GB limit; Dunmore states a 3 GB limit only, which sizing also counts as its request.
  const buildCedarline = () =>
    buildStoreProduct('cedarline', 'Cedarline', [
      { scope: 'minimum', nodes: 1, vcpu: { request: '1', limit: '2' }, memory: { request: '2 GB', limit: '4 GB' }, source: cite },
    ]);
  const buildDunmore = () =>
    buildStoreProduct('dunmore', 'Dunmore', [
      { scope: 'minimum', nodes: 1, vcpu: { limit: '3' }, memory: { limit: '3 GB' }, source: cite },
    ]);

  it('ranks requests when every product states them, limits when the question asks for limits', () => {
    const cedarline = buildCedarline();
    const dunmore = buildDunmore();
    expect(answerQuestion('Which needs more memory at minimum, Cedarline or Ferngate?', [cedarline, ferngate]).answer).toMatch(
      /^Ferngate needs more memory than Cedarline \(Ferngate 6 GB, Cedarline 2 GB\)\. /,
    );
    expect(answerQuestion('Which needs more memory at minimum, Cedarline or Dunmore?', [cedarline, dunmore]).answer).toMatch(
      /^Dunmore needs more memory than Cedarline \(Dunmore 3 GB, Cedarline 2 GB\)\. /,
    );
    expect(answerQuestion('Which has the higher memory limit at minimum, Cedarline or Dunmore?', [cedarline, dunmore]).answer).toMatch(
      /^Cedarline needs more memory than Dunmore \(Cedarline 4 GB, Dunmore 3 GB\)\. /,
    );
    // Each resource asked gets its own sentence.
    expect(answerQuestion('Which needs more memory and CPU at minimum, Cedarline or Ferngate?', [cedarline, ferngate]).answer).toMatch(
      /^Ferngate needs more memory than Cedarline \(Ferngate 6 GB, Cedarline 2 GB\)\. Ferngate needs more vCPU than Cedarline \(Ferngate 3 vCPU, Cedarline 1 vCPU\)\. /,
    );
  });

  it('says only one product states a limit, not that only one states figures, when the other states figures without a limit', () => {
    // Ferngate states 3 × 2 GB of memory with no limit; Cedarline's limit is 4 GB.
    const answer = answerQuestion('Which has the higher memory limit at minimum, Cedarline or Ferngate?', [
      buildCedarline(),
      ferngate,
    ]).answer;
    expect(answer).toMatch(/^Of these, only Cedarline states memory limits \(4 GB\)\. /);
    expect(answer).not.toContain('only Cedarline states memory figures');
  });

  it('ranks only the resources every ranked product gives a total of', () => {
    // Elmsford states 2 nodes × 2 vCPU and no memory; Ferngate 3 × 1 vCPU and 3 × 2 GB.
    const elmsford = buildStoreProduct('elmsford', 'Elmsford', [{ scope: 'minimum', nodes: 2, vcpu: 2, source: cite }]);
    expect(answerQuestion('Which needs more memory and CPU at minimum, Ferngate or Elmsford?', [ferngate, elmsford]).answer).toMatch(
      /^Elmsford needs more vCPU than Ferngate \(Elmsford 4 vCPU, Ferngate 3 vCPU\)\. Ferngate \(minimum figures\)/,
    );
  });

  it('gives no verdict when no compared product states the figure, only each side saying so', () => {
    const answer = compareIn(
      [buildArchitecture({ id: 'barebones', product: 'Barebones' }), buildArchitecture({ id: 'emptyhold', product: 'Emptyhold' })],
      'Which needs more memory, Barebones or Emptyhold?',
    );
    expect(answer.text).toBe(
      'Barebones: its vendor documents state no memory figures. Emptyhold: its vendor documents state no memory figures.',
    );
    // Each side that states no figures counts as 0.8 of an answer; the comparison's coverage is their mean.
    expect(answer.coverage).toBeCloseTo(0.8, 10);
    expect(answer.facts).toEqual([]);
  });
});

describe('answerCompare: each side', () => {
  const bare = () => buildArchitecture({ id: 'barebones', product: 'Barebones', vendor: 'Bare Inc.' });

  it('names every resource a product states no figure for, and leaves node counts out of it', () => {
    expect(compareIn([ferngate, bare()], 'Which needs more memory and CPU at minimum, Ferngate or Barebones?').text).toContain(
      'Barebones: its vendor documents state no memory or vCPU figures.',
    );
    // A node count is no figure a product's documents must state: asked with memory, only memory is said to be missing.
    expect(compareIn([ferngate, bare()], 'Which needs more memory and nodes at minimum, Ferngate or Barebones?').text).toContain(
      'Barebones: its vendor documents state no memory figures.',
    );
  });

  it('does not say a side states no figures when only node counts are asked, or when it states some of the asked figures', () => {
    expect(compareIn([ferngate, bare()], 'Which needs more nodes, Ferngate or Barebones?').text).toContain(
      "Barebones: archkb's sources state nothing on this.",
    );
    // Notewood gives memory in a recommendation and no CPU: it is looked up, not said to state no figures.
    const notewood = buildArchitecture({
      id: 'notewood',
      product: 'Notewood',
      components: [
        buildComponentInput({
          id: 'note-store',
          name: 'Note store',
          notes: [{ kind: 'recommendation', text: 'Give the store at least 4 GB of memory.', source: cite }],
        }),
      ],
    });
    const answer = compareIn([ferngate, notewood], 'Which needs more memory and CPU, Ferngate or Notewood?').text;
    expect(answer).toContain('Notewood: Note store: Recommendation: Give the store at least 4 GB of memory.');
    expect(answer).not.toContain('Notewood: its vendor documents state no');
  });

  it('cites each computation’s facts, and is as strong as the weakest side and as covered as the sides on average', () => {
    const question = 'Which needs more memory at minimum, Quillstack or Ferngate?';
    const answer = compareIn([quillstack, ferngate], question);
    // Ferngate's one figure (3 nodes of 2 GB) and the ledger's minimum (8 GB) are among the facts the totals rest on.
    const texts = answer.facts.map((fact) => fact.text);
    expect(texts).toContain('3 nodes × (1 vCPU, 2 GB memory), minimum');
    expect(texts).toContain('1 node × (2 vCPU, 8 GB memory, 100 GB storage), minimum');
    const sides = ['quillstack', 'ferngate'].map((id) =>
      answerCompute(buildAnswerContext([quillstack, ferngate], `${question} total`, [id])),
    );
    expect(answer.strength).toBe(Math.min(...sides.map((side) => side?.strength ?? 1)));
    expect(answer.coverage).toBeCloseTo(((sides[0]?.coverage ?? 0) + (sides[1]?.coverage ?? 0)) / 2, 10);
  });

  it('sizes each product at a load the question gives, without a comparative', () => {
    // The API's 50 sign-ins/s × 1 vCPU per 10 = 5 vCPU requested, inside a 20 vCPU high-availability deployment.
    expect(compareIn([quillstack, ferngate], 'Quillstack vs Ferngate at 50 sign-ins per second?').text).toMatch(
      /^Quillstack \(Standard\) at 50 sign-ins per second: Quill API: 5 vCPU requested/,
    );
  });

  it('looks each product up rather than summing its figures when the question neither ranks nor asks for a total', () => {
    expect(compareIn([quillstack, ferngate], 'Quillstack vs Ferngate: memory at minimum?').text).not.toContain('(minimum figures)');
  });

  it('cites at most four facts of a side answered as a single-product question, and is no stronger than that side', () => {
    const answer = compareIn([quillstack, ferngate], 'database purpose: Quillstack vs Ferngate');
    // Quillstack's ledger has more than four facts worth giving (purpose, necessity, two sizes, an incompatibility, a setting).
    expect(answer.facts.filter((fact) => fact.architecture === 'quillstack')).toHaveLength(4);
    expect(answer.facts.filter((fact) => fact.architecture === 'ferngate').map((fact) => fact.text)).toEqual(['Keeps the fern catalogue.']);
    expect(answer.strength).toBeLessThan(1);
  });

  it('says what a side’s sources leave out as they word it, without its leading article, and cites that fact', () => {
    const silent = buildArchitecture({
      id: 'ferngate',
      product: 'Ferngate',
      variants: [
        {
          id: 'default',
          name: 'Default',
          summary: 'One store. Not stated: cache sizing for a single tenant.',
          source: 'authgear-self-managed#introduction',
        },
      ],
    });
    const answer = compareIn([quillstack, silent], 'What cache sizing for a single tenant do Quillstack and Ferngate use?');
    // Only a leading article goes: the "a" inside the phrase stays.
    expect(answer.text).toContain('Ferngate: its vendor documents state no cache sizing for a single tenant.');
    expect(answer.facts.map((fact) => fact.text)).toContain('One store. Not stated: cache sizing for a single tenant.');
  });

  it('says a side never mentions a technology only when another compared product has it, and never for a general word', () => {
    // Hollyfield, not compared, also has Redis: Ferngate still lacks what Quillstack has.
    const hollyfield = buildArchitecture({
      id: 'hollyfield',
      product: 'Hollyfield',
      components: [buildComponentInput({ id: 'holly-cache', name: 'Holly cache', role: 'cache', technology: 'Redis' })],
    });
    expect(compareIn([quillstack, ferngate, hollyfield], 'Quillstack vs Ferngate - which one uses Redis?').text).toContain(
      'Ferngate: its vendor documents do not mention Redis.',
    );
    // "store" names Ferngate's component, but it is too general a word to be a technology Quillstack lacks.
    expect(compareIn([quillstack, ferngate], 'Quillstack vs Ferngate: which one has a store?').text).not.toContain('do not mention');
  });

  it('names the parts of the same family a side has in place of the technology it never mentions, citing them', () => {
    const withStore = (id: string, product: string, role: 'relational-database' | 'document-database' | 'cache', technology: string) =>
      buildArchitecture({
        id,
        product,
        components: [buildComponentInput({ id: `${id}-store`, name: `${product} store`, role, technology, purpose: 'Keeps the records.' })],
      });
    const ashgrove = withStore('ashgrove', 'Ashgrove', 'relational-database', 'PostgreSQL');
    const answer = compareIn(
      [ashgrove, withStore('birchway', 'Birchway', 'document-database', 'CouchDB')],
      'Ashgrove vs Birchway: which uses PostgreSQL?',
    );
    expect(answer.text).toContain(
      'Birchway: its vendor documents do not mention PostgreSQL; of that kind it lists Birchway store (document database).',
    );
    expect(answer.facts.map((fact) => fact.component)).toContain('birchway-store');
    // A part of another family (a cache is no database) stands in for nothing.
    const cached = compareIn(
      [ashgrove, withStore('birchway', 'Birchway', 'cache', 'Valkey')],
      'Ashgrove vs Birchway: which uses PostgreSQL?',
    );
    expect(cached.text).toContain('Birchway: its vendor documents do not mention PostgreSQL.');
  });

  it('says which side states no version of the thing whose version is asked', () => {
    const withQueue = (id: string, product: string, version: string | null) =>
      buildArchitecture({
        id,
        product,
        components: [
          buildComponentInput({
            id: `${id}-queue`,
            name: `${product} queue`,
            role: 'message-broker',
            technology: 'RabbitMQ',
            purpose: version ? `Carries jobs; needs RabbitMQ Server Edition ${version} or later.` : 'Carries jobs.',
          }),
        ],
      });
    const answer = compareIn(
      [withQueue('ashgrove', 'Ashgrove', '3.12'), withQueue('birchway', 'Birchway', null)],
      'Which RabbitMQ version do Ashgrove and Birchway require?',
    );
    expect(answer.text).toMatch(/Birchway: (?:[^.]*Carries jobs\. I|i)ts vendor documents state no RabbitMQ version\./);
    expect(answer.text).toContain('RabbitMQ Server Edition 3.12');
    // A version a few words after the name ("RabbitMQ Server Edition 3.12") is stated; only Birchway's is not.
    expect((answer.text ?? '').match(/state no RabbitMQ version/g)).toHaveLength(1);
    // The side with nothing stated cites its layout's page, with the first sentence of its summary.
    expect(answer.pages?.map((page) => [page.url, page.title])).toEqual([['/architectures/birchway/', 'Birchway']]);
    // A question asking no version says nothing of one.
    expect(
      compareIn(
        [withQueue('ashgrove', 'Ashgrove', '3.12'), withQueue('birchway', 'Birchway', null)],
        'What does RabbitMQ do in Ashgrove and Birchway?',
      ).text,
    ).not.toContain('version');
  });

  it('counts a side that says what its sources leave out, or that they never mention a technology, as 0.8 of an answer', () => {
    const silentOn = (id: string, product: string) =>
      buildArchitecture({
        id,
        product,
        variants: [
          {
            id: 'default',
            name: 'Default',
            summary: 'One store. Not stated: cache sizing for a single tenant.',
            source: 'authgear-self-managed#introduction',
          },
        ],
      });
    const silences = compareIn(
      [silentOn('ashgrove', 'Ashgrove'), silentOn('birchway', 'Birchway')],
      'What cache sizing for a single tenant do Ashgrove and Birchway use?',
    );
    expect(silences.text).toBe(
      'Ashgrove: its vendor documents state no cache sizing for a single tenant. Birchway: its vendor documents state no cache sizing for a single tenant.',
    );
    expect(silences.coverage).toBeCloseTo(0.8, 10);
    // Each has what the other lacks, and the question asks far more than either: each side is the technology it lacks.
    const withTechnology = (id: string, product: string, technology: string) =>
      buildArchitecture({
        id,
        product,
        components: [buildComponentInput({ id: `${id}-queue`, name: `${product} queue`, role: 'message-broker', technology })],
      });
    const lacking = compareIn(
      [withTechnology('ashgrove', 'Ashgrove', 'RabbitMQ'), withTechnology('birchway', 'Birchway', 'Kafka')],
      'Ashgrove vs Birchway: how are RabbitMQ and Kafka mirrored, sharded, archived and exported?',
    );
    expect(lacking.text).toBe(
      'Ashgrove: its vendor documents do not mention Kafka; of that kind it lists Ashgrove queue (message broker). ' +
        'Birchway: its vendor documents do not mention RabbitMQ; of that kind it lists Birchway queue (message broker).',
    );
    expect(lacking.coverage).toBeCloseTo(0.8, 10);
  });

  it('does not say a side never mentions a component word its own facts use', () => {
    // Ferngate's purpose mentions a worker, a word only Quillstack's components are named with.
    const workerless = buildArchitecture({
      id: 'ferngate',
      product: 'Ferngate',
      components: [
        buildComponentInput({
          id: 'fern-store',
          name: 'Fern store',
          purpose: 'Keeps the fern catalogue; no background worker is needed.',
        }),
      ],
    });
    const answer = compareIn(
      [quillstack, workerless],
      'Quillstack vs Ferngate: how is the worker mirrored, sharded, archived and exported?',
    );
    expect(answer.text).toContain('Ferngate: Fern store: Keeps the fern catalogue; no background worker is needed.');
    expect(answer.text).not.toContain('do not mention');
  });

  it('gives a side its closest facts when no single-product answer stands, weakening the comparison by how far they are', () => {
    const answer = compareIn(
      [quillstack, ferngate],
      'Quillstack vs Ferngate: how is the catalogue mirrored, sharded, archived and exported?',
    );
    expect(answer.text).toContain('Ferngate: Fern store: Keeps the fern catalogue.');
    expect(answer.facts.map((fact) => fact.text)).toContain('Keeps the fern catalogue.');
    // A score s weakens it to s / (s + 4), always between 0 and 1.
    expect(answer.strength).toBeGreaterThan(0);
    expect(answer.strength).toBeLessThan(1);
  });

  it('says a side whose sources state nothing close, which leaves the comparison with no strength', () => {
    const answer = compareIn([ferngate, buildMemoryProduct('mosslight', 'Mosslight', '1 GB')], 'Which is bigger, Ferngate or Mosslight?');
    expect(answer.text).toBe("Ferngate: archkb's sources state nothing on this. Mosslight: archkb's sources state nothing on this.");
    expect(answer.coverage).toBeCloseTo(0.3, 10);
    expect(answer.strength).toBe(0);
  });
});

describe('answerCompare: which product gives a component the level asked', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const cachedFerngate = buildArchitecture({
    id: 'ferngate',
    product: 'Ferngate',
    components: [
      buildComponentInput(),
      buildComponentInput({
        id: 'session-cache',
        name: 'Session store',
        role: 'cache',
        technology: 'Redis',
        necessity: { level: 'required', source: cite },
      }),
    ],
  });
  const catalogue = [buildAskArchitecture(), cachedFerngate];

  it('leads with the product whose component has the level asked, then the others with theirs', () => {
    const answer = answerQuestion('Between Quillstack and Ferngate, which one treats Redis as optional?', catalogue).answer ?? '';
    expect(answer).toMatch(/^Quillstack: Session cache is optional\. Ferngate: Session store is required\./);
  });

  it('puts the required one first when the question asks which requires it', () => {
    const answer = answerQuestion('Between Quillstack and Ferngate, which one has Redis as a required component?', catalogue).answer ?? '';
    expect(answer).toMatch(/^Ferngate: Session store is required\. Quillstack: Session cache is optional\./);
  });
});

describe('answerCompare: "newer" and "older" ask for versions', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const withStore = (id: string, product: string, min: string) =>
    buildArchitecture({
      id,
      product,
      vendor: `${product} Inc.`,
      components: [
        buildComponentInput({
          id: `${id}-store`,
          name: 'External PostgreSQL',
          role: 'relational-database',
          purpose: 'Keeps the records.',
          necessity: { level: 'recommended', source: cite },
          requirements: [{ scope: 'production', versions: [{ product: 'PostgreSQL', min }], source: cite }],
        }),
      ],
    });
  const pair = [withStore('ferngate', 'Ferngate', '13'), withStore('mossbank', 'Mossbank', '14')];

  it('gives each product its version floor, not its level of need', () => {
    for (const question of [
      'Ferngate vs Mossbank: which needs the newer PostgreSQL?',
      'Which of Ferngate and Mossbank lets me stay on the older PostgreSQL?',
    ]) {
      const answer = answerQuestion(question, pair).answer ?? '';
      expect(answer).toMatch(/Ferngate[^.]*PostgreSQL 13\+/);
      expect(answer).toMatch(/Mossbank[^.]*PostgreSQL 14\+/);
    }
  });
});
