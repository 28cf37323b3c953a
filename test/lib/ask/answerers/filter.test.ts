import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import type { Architecture } from '../../../../src/schemas/architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';

const ferngate = buildArchitecture({
  id: 'ferngate',
  product: 'Ferngate',
  vendor: 'Fern Inc.',
  components: [
    buildComponentInput(),
    buildComponentInput({
      id: 'notes',
      name: 'Release notes',
      role: 'logging-monitoring',
      technology: 'Markdown',
      purpose: 'Moved off Redis in 2024.',
    }),
  ],
});

describe('answerFilter', () => {
  it('answers "which products don\'t need X" with those that list none, then those where it is optional', () => {
    const cached = buildArchitecture({
      id: 'cachebox',
      product: 'Cachebox',
      components: [buildComponentInput({ id: 'cache', name: 'Cache', role: 'cache', technology: 'Redis', purpose: 'Caches.' })],
    });
    const answer = answerQuestion("Which products don't need Redis?", [buildAskArchitecture(), ferngate, cached]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toBe(
      'Among the products in archkb, Ferngate lists no Redis component. Only optional or conditional in: Quillstack (Session cache: optional). The others require it.',
    );
  });

  it('names the products with a component built on the technology, and its necessity', () => {
    const answer = answerQuestion('Which products use Redis?', [buildAskArchitecture(), ferngate]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toContain('Quillstack: Session cache (optional)');
    expect(answer.answer).not.toContain('Ferngate');
  });

  it('adds the products that only mention it when the question asks what mentions it', () => {
    const answer = answerQuestion('Which products mention Redis?', [buildAskArchitecture(), ferngate]);
    expect(answer.answer).toContain('Ferngate mentions it');
  });

  it('keeps to the category the question names', () => {
    const answer = answerQuestion('Which internal-tool builders use PostgreSQL?', [
      buildAskArchitecture(),
      { ...ferngate, category: 'internal-tools' },
    ]);
    expect(answer.answer).toContain('Ferngate');
    expect(answer.answer).not.toContain('Quillstack');
  });

  it('names a dozen products and sums up the rest', () => {
    const many = Array.from({ length: 15 }, (_, i) =>
      buildAskArchitecture({ id: `quill-${i}`, product: `Quill${String.fromCharCode(97 + i)}` }),
    );
    const answer = answerQuestion('Which products use Redis?', many);
    expect(answer.answer).toContain('And 3 more.');
  });
  it('names a product whose variant is named after the technology, even with no component so named', () => {
    const onKubernetes = buildArchitecture({
      id: 'ferngate',
      product: 'Ferngate',
      vendor: 'Fern Inc.',
      variants: [
        { id: 'vm', name: 'Single VM', summary: 'One VM.', source: 'authgear-self-managed#introduction' },
        { id: 'kubernetes', name: 'Kubernetes', summary: 'A Helm release.', source: 'authgear-self-managed#introduction' },
      ],
    });
    const withCluster = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({ id: 'cluster', name: 'Kubernetes cluster', role: 'container-orchestration', technology: 'Kubernetes' }),
      ],
    });
    const answer = answerQuestion('Which products can be deployed on Kubernetes?', [withCluster, onKubernetes]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toContain('Ferngate: its Kubernetes variant.');
    expect(answer.answer).toContain('Quillstack: Kubernetes cluster (required)');
    expect(answer.sources.some((source) => source.url.startsWith('/architectures/ferngate/'))).toBe(true);
    expect(answer.sources.some((source) => source.url.startsWith('/architectures/quillstack/'))).toBe(true);
  });
});

const cite = 'authgear-self-managed#resources-reference';
const intro = 'authgear-self-managed#introduction';

/** A component built on Redis at the given necessity (a conditional one holds when sessions are shared). */
function redisComponent(id: string, name: string, level: 'required' | 'optional' | 'conditional', variants?: string[]) {
  return buildComponentInput({
    id,
    name,
    role: 'cache',
    technology: 'Redis',
    purpose: `${name} keeps short-lived data.`,
    necessity: { level, source: cite, ...(level === 'conditional' ? { condition: 'when sessions are shared.' } : {}) },
    ...(variants ? { variants } : {}),
  });
}

/** A product with no Redis component: only the fixture's default PostgreSQL one. */
const plain = (id: string, product: string) => buildArchitecture({ id, product });
/** A product of one part, named and roled as given. */
const withPart = (id: string, product: string, part: Parameters<typeof buildComponentInput>[0]) =>
  buildArchitecture({ id, product, components: [buildComponentInput(part)] });

/** Redis only as an optional session cache and a conditional job queue, next to a required PostgreSQL. */
const tidewell = buildArchitecture({
  id: 'tidewell',
  product: 'Tidewell',
  components: [
    buildComponentInput(),
    redisComponent('session-cache', 'Session cache', 'optional'),
    redisComponent('job-queue', 'Job queue', 'conditional'),
  ],
});

describe('answerFilter: which products do not need a technology', () => {
  const cachebox = buildArchitecture({ id: 'cachebox', product: 'Cachebox', components: [redisComponent('cache', 'Cache', 'required')] });

  it('names every product that lists no component built on it, in one sentence', () => {
    const answer = answerQuestion("Which products don't need Redis?", [
      plain('mosslight', 'Mosslight'),
      cachebox,
      plain('duskfield', 'Duskfield'),
    ]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toBe('Among the products in archkb, Mosslight, Duskfield list no Redis component. The others require it.');
  });

  it('gives each component’s necessity where the product has it only as optional or conditional, citing those necessities', () => {
    const answer = answerQuestion("Which products don't need Redis?", [tidewell, cachebox]);
    expect(answer.answer).toBe(
      'Only optional or conditional in: Tidewell (Session cache: optional; Job queue: conditional). The others require it.',
    );
    expect(answer.sources.slice(0, 2)).toMatchObject([
      { url: '/architectures/tidewell/#component-session-cache', excerpt: 'Optional' },
      { url: '/architectures/tidewell/#component-job-queue', excerpt: 'Conditional: when sessions are shared.' },
    ]);
  });

  it('counts a part whose role is the one named ("a cache") though its name does not say so', () => {
    const keeper = withPart('keeper', 'Keeper', { id: 'fastkeep', name: 'Fastkeep', role: 'cache', technology: 'Fastkeep' });
    const sessions = withPart('duskfield', 'Duskfield', { id: 'session-cache', name: 'Session cache', role: 'cache', technology: 'Redis' });
    const answer = answerQuestion('Which products can run without a cache?', [plain('mosslight', 'Mosslight'), sessions, keeper]);
    expect(answer.answer).toBe('Among the products in archkb, Mosslight lists no cache component. The others require it.');
  });

  it('reads a role named in full ("a document database") as every part with that role, and a word of a label alone as nothing', () => {
    const docs = withPart('paperly', 'Paperly', { id: 'store', name: 'Main store', role: 'document-database', technology: 'Docstore' });
    const cached = withPart('keeper', 'Keeper', { id: 'fastkeep', name: 'Fastkeep', role: 'cache', technology: 'Fastkeep' });
    const answer = answerQuestion('Which products need a document database?', [plain('mosslight', 'Mosslight'), docs, cached]);
    expect(answer.answer).toBe('Among the products in archkb: Paperly: Main store (required). The others do not list it.');
    expect(answerQuestion('Which products need a document?', [plain('mosslight', 'Mosslight'), docs]).answer ?? '').not.toMatch(
      /Main store \(required\)/,
    );
  });

  it('keeps to the category the question names', () => {
    const tools = (architecture: Architecture): Architecture => ({ ...architecture, category: 'internal-tools' });
    const answer = answerQuestion("Which internal-tool builders don't need Redis?", [
      tools(cachebox),
      tools(plain('mosslight', 'Mosslight')),
      plain('tallowby', 'Tallowby'),
    ]);
    expect(answer.answer).toBe('Among the internal-tool builders, Mosslight lists no Redis component. The others require it.');
  });

  it('lists every product where it is only optional or conditional', () => {
    const answer = answerQuestion("Which products don't need Redis?", [buildAskArchitecture(), tidewell, cachebox]);
    expect(answer.answer).toBe(
      'Only optional or conditional in: Quillstack (Session cache: optional), Tidewell (Session cache: optional; Job queue: conditional). The others require it.',
    );
  });

  it('lists the products that use it when every product requires it', () => {
    const redbarn = buildArchitecture({ id: 'redbarn', product: 'Redbarn', components: [redisComponent('cache', 'Cache', 'required')] });
    const answer = answerQuestion("Which products don't need Redis?", [cachebox, redbarn]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toBe(
      'Among the products in archkb: Cachebox: Cache (required). Redbarn: Cache (required). The others do not list it.',
    );
  });

  it('says no more than the products it names when none of them requires it', () => {
    expect(answerQuestion("Which products don't need Redis?", [tidewell, plain('mosslight', 'Mosslight')]).answer).toBe(
      'Among the products in archkb, Mosslight lists no Redis component. Only optional or conditional in: Tidewell (Session cache: optional; Job queue: conditional).',
    );
  });
});

describe('answerFilter: which products use a technology', () => {
  it('gives a conditional component’s condition and the variants a component appears in when the first lacks it', () => {
    const layerby = buildArchitecture({
      id: 'layerby',
      product: 'Layerby',
      variants: [
        { id: 'single', name: 'Single', summary: 'One box.', source: intro },
        { id: 'clustered', name: 'Clustered', summary: 'Several boxes.', source: intro },
        { id: 'sharded', name: 'Sharded', summary: 'Shards.', source: intro },
      ],
      components: [buildComponentInput(), redisComponent('cache', 'Shared cache', 'required', ['clustered', 'sharded'])],
    });
    const cachebox = buildArchitecture({
      id: 'cachebox',
      product: 'Cachebox',
      variants: [
        { id: 'single', name: 'Single', summary: 'One box.', source: intro },
        { id: 'clustered', name: 'Clustered', summary: 'Several boxes.', source: intro },
      ],
      components: [buildComponentInput(), redisComponent('cache', 'Cache', 'required', ['clustered'])],
    });
    const answer = answerQuestion('Which products use Redis?', [tidewell, layerby, cachebox, plain('mosslight', 'Mosslight')]);
    expect(answer.answer).toBe(
      'Among the products in archkb: Tidewell: Session cache (optional); Job queue (conditional, when sessions are shared). ' +
        'Layerby: Shared cache (in the Clustered and Sharded variants). Cachebox: Cache (in the Clustered variant). The others do not list it.',
    );
    const urls = answer.sources.map((source) => source.url);
    expect(urls).toContain('/architectures/tidewell/#component-session-cache');
    expect(urls).toContain('/architectures/tidewell/#component-job-queue');
  });

  it('cites the matching components’ purpose, not the product’s other facts', () => {
    const answer = answerQuestion('Which products use PostgreSQL?', [buildAskArchitecture(), ferngate]);
    expect(answer.answer).toBe(
      'Among the products in archkb: Quillstack: Ledger database (required). Ferngate: PostgreSQL (required). The others do not list it.',
    );
    expect(answer.sources.slice(0, 2)).toMatchObject([
      { url: '/architectures/quillstack/#component-ledger-db', excerpt: 'Keeps accounts, tenants and audit records.' },
      { url: '/architectures/ferngate/#component-postgresql', excerpt: 'Stores the product state.' },
    ]);
  });

  it('gives every product listed a source, however many components the first has', () => {
    const stacked = buildArchitecture({
      id: 'stacked',
      product: 'Stacked',
      components: ['one', 'two', 'three', 'four', 'five'].map((part) => redisComponent(`cache-${part}`, `Cache ${part}`, 'optional')),
    });
    const answer = answerQuestion('Which products use Redis?', [
      stacked,
      buildArchitecture({ id: 'cachebox', product: 'Cachebox', components: [redisComponent('cache', 'Cache', 'required')] }),
    ]);
    expect(answer.answer).toContain('Cachebox: Cache (required).');
    expect(answer.sources.some((source) => source.url === '/architectures/cachebox/#component-cache')).toBe(true);
    // At most eight facts, so the sections they cite still find room among the sources.
    expect(answer.sources.some((source) => source.url.includes('#src-'))).toBe(true);
  });

  it('names both variants named after the technology', () => {
    // The technology is a word some component in scope is built on; Kubeling itself has no such component.
    const clusterbox = buildArchitecture({
      id: 'clusterbox',
      product: 'Clusterbox',
      components: [buildComponentInput({ id: 'cluster', name: 'Cluster', role: 'container-orchestration', technology: 'Kubernetes' })],
    });
    const kubeling = buildArchitecture({
      id: 'kubeling',
      product: 'Kubeling',
      variants: [
        { id: 'vm', name: 'Single VM', summary: 'One VM.', source: intro },
        { id: 'k8s', name: 'Kubernetes', summary: 'A Helm release.', source: intro },
        { id: 'k8s-ha', name: 'Kubernetes HA', summary: 'Three Helm releases.', source: intro },
      ],
    });
    const answer = answerQuestion('Which products can be deployed on Kubernetes?', [kubeling, clusterbox]);
    expect(answer.answer).toBe(
      'Among the products in archkb: Kubeling: its Kubernetes and Kubernetes HA variants. Clusterbox: Cluster (required). The others do not list it.',
    );
    // Sources take turns between the products: Kubeling's first variant, Clusterbox's component, Kubeling's second variant.
    expect(answer.sources.slice(0, 3)).toMatchObject([
      { url: '/architectures/kubeling/k8s/#src-authgear-self-managed-introduction', excerpt: 'A Helm release.' },
      { url: '/architectures/clusterbox/#component-cluster' },
      { url: '/architectures/kubeling/k8s-ha/#src-authgear-self-managed-introduction', excerpt: 'Three Helm releases.' },
    ]);
  });

  it('names a product that only mentions it with the first fact that does', () => {
    const mentioner = buildArchitecture({
      id: 'mentioner',
      product: 'Mentioner',
      components: [
        buildComponentInput({
          purpose: 'Replaced Redis as the queue.',
          notes: [{ kind: 'option', text: 'Redis can still hold sessions.', source: cite }],
        }),
      ],
    });
    const cachebox = buildArchitecture({ id: 'cachebox', product: 'Cachebox', components: [redisComponent('cache', 'Cache', 'required')] });
    const answer = answerQuestion('Which products mention Redis?', [mentioner, cachebox]);
    expect(answer.answer).toBe(
      'Among the products in archkb: Mentioner mentions it: PostgreSQL: Replaced Redis as the queue. Cachebox: Cache (required). The others do not list it.',
    );
    expect(answer.sources[0]).toMatchObject({
      url: '/architectures/mentioner/#component-postgresql',
      excerpt: 'Replaced Redis as the queue.',
    });
  });

  it('declines when no product has one component built on every technology named', () => {
    const cachebox = buildArchitecture({ id: 'cachebox', product: 'Cachebox', components: [redisComponent('cache', 'Cache', 'required')] });
    const answer = answerQuestion('Which products use PostgreSQL and Redis?', [cachebox, plain('mosslight', 'Mosslight')]);
    expect(answer.kind).toBe('declined');
    expect(answer.declined).toBe("None of the products in archkb lists a component matching that in archkb's sources.");
  });

  it('counts only the products that use it among those past the first dozen', () => {
    const users = Array.from({ length: 13 }, (_, i) =>
      buildAskArchitecture({ id: `quill-${i}`, product: `Quill${String.fromCharCode(97 + i)}` }),
    );
    const answer = answerQuestion('Which products use Redis?', [
      ...users,
      plain('mosslight', 'Mosslight'),
      plain('duskfield', 'Duskfield'),
    ]);
    expect(answer.answer).toContain('Quilll: Session cache (optional). And 1 more.');
    expect(answer.answer).not.toContain('Quillm');
  });
});

describe('answerFilter: no technology named', () => {
  const auditvale = buildArchitecture({
    id: 'auditvale',
    product: 'Auditvale',
    components: [buildComponentInput({ purpose: 'Keeps audit records for ten years.' })],
  });

  it('names the products whose facts answer the question, with those facts', () => {
    const answer = answerQuestion('Which products keep audit records?', [buildAskArchitecture(), ferngate, auditvale]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toBe(
      'Among the products in archkb: Auditvale: PostgreSQL: Keeps audit records for ten years. Quillstack: Ledger database: Keeps accounts, tenants and audit records.',
    );
    expect(answer.sources.map((source) => source.url).slice(0, 2)).toEqual([
      '/architectures/auditvale/#component-postgresql',
      '/architectures/quillstack/#component-ledger-db',
    ]);
  });

  it('names the category the question asks about', () => {
    expect(answerQuestion('Which identity servers keep audit records?', [buildAskArchitecture(), auditvale]).answer).toMatch(
      /^Among the identity servers: /,
    );
  });

  it('declines when no product’s facts answer it', () => {
    const answer = answerQuestion('Which products keep audit trails?', [buildAskArchitecture(), ferngate]);
    expect(answer.kind).toBe('declined');
  });
});

describe('answerFilter: a technology of two words', () => {
  // Skyreach runs Redis Sentinel; Cachebox runs plain Redis; Mentioner only mentions Redis.
  const skyreach = buildArchitecture({
    id: 'skyreach',
    product: 'Skyreach',
    components: [
      buildComponentInput({ id: 'watch', name: 'Cache watch', role: 'cache', technology: 'Redis Sentinel', purpose: 'Watches the cache.' }),
    ],
  });
  const cachebox = buildArchitecture({ id: 'cachebox', product: 'Cachebox', components: [redisComponent('cache', 'Cache', 'required')] });
  const mentioner = buildArchitecture({
    id: 'mentioner',
    product: 'Mentioner',
    components: [buildComponentInput({ purpose: 'Replaced Redis as the queue.' })],
  });

  it('names only the products with a component built on both words', () => {
    expect(answerQuestion('Which products use Redis Sentinel?', [skyreach, cachebox]).answer).toBe(
      'Among the products in archkb: Skyreach: Cache watch (required). The others do not list it.',
    );
  });

  it('counts a variant only when its name holds both words', () => {
    const redfern = buildArchitecture({
      id: 'redfern',
      product: 'Redfern',
      variants: [
        { id: 'vm', name: 'Single VM', summary: 'One VM.', source: intro },
        { id: 'redis', name: 'Redis cluster', summary: 'With a Redis cluster.', source: intro },
      ],
    });
    expect(answerQuestion('Which products use Redis Sentinel?', [skyreach, redfern]).answer).toBe(
      'Among the products in archkb: Skyreach: Cache watch (required). The others do not list it.',
    );
    expect(answerQuestion('Which products use Redis?', [skyreach, redfern]).answer).toBe(
      'Among the products in archkb: Skyreach: Cache watch (required). Redfern: its Redis cluster variant. The others do not list it.',
    );
  });

  it('counts a mention only when it holds both words', () => {
    expect(answerQuestion('Which products mention Redis Sentinel?', [skyreach, mentioner]).answer).toBe(
      'Among the products in archkb: Skyreach: Cache watch (required). The others do not list it.',
    );
  });

  it('counts a product with only one of the words among those that do without it', () => {
    expect(answerQuestion("Which products don't need Redis Sentinel?", [skyreach, cachebox]).answer).toMatch(
      /^Among the products in archkb, Cachebox lists no /,
    );
  });

  it('names a two-word technology in full when saying which products list none, not the first word alone', () => {
    expect(answerQuestion("Which products don't need Redis Sentinel?", [skyreach, cachebox]).answer).toMatch(
      /^Among the products in archkb, Cachebox lists no Redis Sentinel component\./,
    );
  });

  it('sums up past the first dozen only the products with both words', () => {
    const users = Array.from({ length: 13 }, (_, i) =>
      buildArchitecture({
        id: `sky-${i}`,
        product: `Sky${String.fromCharCode(97 + i)}`,
        components: [buildComponentInput({ id: 'watch', name: 'Cache watch', role: 'cache', technology: 'Redis Sentinel' })],
      }),
    );
    const answer = answerQuestion('Which products use Redis Sentinel?', [...users, cachebox]);
    expect(answer.answer).toMatch(/Skyl: Cache watch \(required\)\. And 1 more\. The others do not list it\.$/);
  });
});

describe('answerFilter: necessity and sources', () => {
  it('counts a product that requires one of its components on the technology among those that require it', () => {
    const mixby = buildArchitecture({
      id: 'mixby',
      product: 'Mixby',
      components: [redisComponent('session-cache', 'Session cache', 'optional'), redisComponent('job-queue', 'Job queue', 'required')],
    });
    expect(answerQuestion("Which products don't need Redis?", [mixby, plain('plainly', 'Plainly')]).answer).toBe(
      'Among the products in archkb, Plainly lists no Redis component. The others require it.',
    );
  });

  it('prefers the component to a variant of the same name', () => {
    const clusterbox = buildArchitecture({
      id: 'clusterbox',
      product: 'Clusterbox',
      variants: [{ id: 'k8s', name: 'Kubernetes', summary: 'A Helm release.', source: intro }],
      components: [buildComponentInput({ id: 'cluster', name: 'Cluster', role: 'container-orchestration', technology: 'Kubernetes' })],
    });
    expect(answerQuestion('Which products can be deployed on Kubernetes?', [clusterbox]).answer).toBe(
      'Among the products in archkb: Clusterbox: Cluster (required). The others do not list it.',
    );
  });

  it('cites the matching component’s purpose and necessity, and no other component', () => {
    const cachebox = buildArchitecture({ id: 'cachebox', product: 'Cachebox', components: [redisComponent('cache', 'Cache', 'required')] });
    const answer = answerQuestion('Which products use Redis?', [buildAskArchitecture(), cachebox]);
    const urls = answer.sources.map((source) => source.url);
    // Quillstack's session cache states its necessity in another section than its purpose.
    expect(urls).toContain('/architectures/quillstack/#src-authgear-self-managed-deployment-options');
    expect(urls.filter((url) => url.includes('#component-'))).toEqual([
      '/architectures/quillstack/#component-session-cache',
      '/architectures/cachebox/#component-cache',
    ]);
  });

  it('gives each product’s facts that together answer the question', () => {
    const auditvale = buildArchitecture({
      id: 'auditvale',
      product: 'Auditvale',
      components: [
        buildComponentInput({
          purpose: 'Keeps audit records.',
          notes: [{ kind: 'requirement', text: 'Moves old entries to cold archives.', source: cite }],
        }),
      ],
    });
    expect(
      answerQuestion('Which products keep audit records and move old entries to cold archives?', [auditvale, plain('plainly', 'Plainly')])
        .answer,
    ).toBe(
      'Among the products in archkb: Auditvale: PostgreSQL: Keeps audit records. PostgreSQL: Requirement: Moves old entries to cold archives.',
    );
  });

  it('leaves out a product whose facts answer only part of the question', () => {
    const tallyhall = buildArchitecture({
      id: 'tallyhall',
      product: 'Tallyhall',
      components: [buildComponentInput({ purpose: 'Records sign-ins.' })],
    });
    const auditvale = buildArchitecture({
      id: 'auditvale',
      product: 'Auditvale',
      components: [buildComponentInput({ purpose: 'Keeps audit records for ten years.' })],
    });
    expect(answerQuestion('Which products keep audit records?', [tallyhall, auditvale]).answer).toBe(
      'Among the products in archkb: Auditvale: PostgreSQL: Keeps audit records for ten years.',
    );
  });
});

describe('answerFilter: a count of copies', () => {
  const sized = (id: string, product: string, purpose: string) =>
    buildArchitecture({ id, product, vendor: `${product} Inc.`, components: [buildComponentInput({ purpose })] });
  const catalogue = [
    sized('threeway', 'Threeway', 'Runs on 3 nodes for high availability.'),
    sized('twoway', 'Twoway', 'Runs on 2 nodes for high availability.'),
    sized('replicate', 'Replicate', 'Keeps 3 database replicas in step.'),
  ];

  it('names the products that state that many of those copies, each with the fact that states it', () => {
    const answer = answerQuestion('Which products recommend 3 nodes for HA?', catalogue);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toBe(
      'Among the products in archkb, these state 3 nodes: Threeway: PostgreSQL: Runs on 3 nodes for high availability. The others state no such count.',
    );
    expect(answer.answer).not.toMatch(/Twoway|Replicate/);
    // One word may stand between the count and the noun ("3 database replicas").
    expect(answerQuestion('Which products run 3 replicas?', catalogue).answer).toMatch(/these state 3 replicas: Replicate: /);
  });

  it('leaves a bounded count ("more than 3 nodes") to the other rules', () => {
    expect(answerQuestion('Which products run more than 2 nodes?', catalogue).answer ?? '').not.toMatch(/these state/);
  });
});

describe('answerFilter: a rate named with "per second"', () => {
  it('reads "per" and "second" as no technology, though a part is named after a second site', () => {
    const sited = buildArchitecture({
      id: 'sited',
      product: 'Sited',
      vendor: 'Sited Inc.',
      components: [buildComponentInput({ id: 'edge-2', name: 'Edge cluster (second site)', purpose: 'Serves the second site.' })],
    });
    const rated = buildArchitecture({
      id: 'rated',
      product: 'Rated',
      vendor: 'Rated Inc.',
      components: [buildComponentInput({ purpose: 'Needs about 1 core per 100 requests per second.' })],
    });
    const answer = answerQuestion('Which products give CPU rules per requests per second?', [sited, rated]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toMatch(/^Among the products in archkb: Rated: /);
  });
});

describe('answerFilter: which counts of copies it reads, and where it finds them', () => {
  const sized = (id: string, product: string, purpose: string) =>
    buildArchitecture({ id, product, vendor: `${product} Inc.`, components: [buildComponentInput({ purpose })] });
  const threeway = sized('threeway', 'Threeway', 'Runs on 3 nodes for high availability.');
  const twoway = sized('twoway', 'Twoway', 'Runs on 2 nodes for high availability.');
  const single = sized('single', 'Single', 'Runs on 1 node only.');

  it('reads a count from 2 up, not 1', () => {
    const catalogue = [threeway, twoway, single];
    expect(answerQuestion('Which products run 2 nodes?', catalogue).answer).toBe(
      'Among the products in archkb, these state 2 nodes: Twoway: PostgreSQL: Runs on 2 nodes for high availability. The others state no such count.',
    );
    expect(answerQuestion('Which products run 1 node?', catalogue).answer ?? '').not.toMatch(/these state/);
  });

  // Found by the thirty-fourth session's mutation run: the fact's words had split "3,000" and "2.5" into counts.
  it('does not read "3,000 nodes" or "2.5 nodes" in a fact as 3, 2 or 5 nodes', () => {
    const catalogue = [
      threeway,
      sized('bigway', 'Bigway', 'Scales to 3,000 nodes at peak.'),
      sized('halfway', 'Halfway', 'Runs on 2.5 nodes on average.'),
    ];
    expect(answerQuestion('Which products run 3 nodes?', catalogue).answer).toBe(
      'Among the products in archkb, these state 3 nodes: Threeway: PostgreSQL: Runs on 3 nodes for high availability. The others state no such count.',
    );
    expect(answerQuestion('Which products run 2 nodes?', catalogue).answer ?? '').not.toMatch(/these state/);
    expect(answerQuestion('Which products run 5 nodes?', catalogue).answer ?? '').not.toMatch(/these state/);
  });

  it('drops a whole number with separators or decimals, each part of any length (mutation session 35)', () => {
    const catalogue = [
      threeway,
      sized('bigway', 'Bigway', 'Scales to 25,000 nodes at peak.'),
      sized('quarterway', 'Quarterway', 'Runs on 1.25 nodes on average.'),
    ];
    expect(answerQuestion('Which products run 2 nodes?', catalogue).answer ?? '').not.toMatch(/these state/);
    expect(answerQuestion('Which products run 5 nodes?', catalogue).answer ?? '').not.toMatch(/these state/);
  });

  it('leaves a count no product states to the other rules', () => {
    expect(answerQuestion('Which products run 5 nodes?', [threeway, twoway]).answer ?? '').not.toMatch(/these state/);
  });

  it('reads a bound only in the two words right before the count', () => {
    const catalogue = [threeway, twoway];
    const expected =
      'Among the products in archkb, these state 3 nodes: Threeway: PostgreSQL: Runs on 3 nodes for high availability. The others state no such count.';
    expect(answerQuestion('Which products run 3 nodes, enough for HA?', catalogue).answer).toBe(expected);
    expect(answerQuestion('Which products with fewer workers run 3 nodes?', catalogue).answer).toBe(expected);
  });

  it('takes the noun only from the two words after the count, wherever the count stands in the fact', () => {
    const catalogue = [
      threeway,
      sized('spread', 'Spread', 'Keeps 3 copies of the ledger across nodes.'),
      sized('zoned', 'Zoned', 'Runs its nodes in 3 zones.'),
      // The noun right before the count is not what it counts.
      sized('batched', 'Batched', 'Adds nodes 3 at a time.'),
      sized('deep', 'Deep', 'Keeps the ledger database on 3 nodes in every region.'),
    ];
    const answer = answerQuestion('Which products run 3 nodes?', catalogue).answer ?? '';
    const lines = [
      'Threeway: PostgreSQL: Runs on 3 nodes for high availability.',
      'Deep: PostgreSQL: Keeps the ledger database on 3 nodes in every region.',
    ];
    expect([
      `Among the products in archkb, these state 3 nodes: ${lines.join(' ')} The others state no such count.`,
      `Among the products in archkb, these state 3 nodes: ${[...lines].reverse().join(' ')} The others state no such count.`,
    ]).toContain(answer);
  });

  it('names at most a dozen products', () => {
    const many = Array.from({ length: 13 }, (_, i) => sized(`three-${i}`, `Three${String.fromCharCode(97 + i)}`, 'Runs on 3 nodes.'));
    const answer = answerQuestion('Which products run 3 nodes?', many).answer ?? '';
    expect(answer).toMatch(/^Among the products in archkb, these state 3 nodes: /);
    expect(answer.match(/Three[a-m]: /g)).toHaveLength(12);
  });

  it('reads a count written with a leading zero, which the question’s text does not hold as written', () => {
    const answer = answerQuestion('Which products run 03 nodes?', [threeway, twoway]).answer ?? '';
    expect(answer).toMatch(/^Among the products in archkb, these state 3 \w+: Threeway: PostgreSQL: Runs on 3 nodes/);
  });
});
