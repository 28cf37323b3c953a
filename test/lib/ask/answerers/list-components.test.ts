import { describe, expect, it } from 'vitest';
import { answerComponentList, answerPartList } from '../../../../src/lib/ask/answerers/list-components.ts';
import { answerQuestion, listQueryTokens } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildEdgeGatewayInput,
  buildLedgerInput,
  buildQuillApiInput,
  buildSessionCacheInput,
} from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';
const ask = (question: string, catalogue = [buildAskArchitecture()]) => answerQuestion(question, catalogue);

describe('answerComponentList', () => {
  it('lists every component of the default variant with its necessity and condition', () => {
    // The fixture's Standard variant: Quill API and Ledger database required, Quill worker conditional, Session cache optional.
    const answer = ask('What components does Quillstack have?');
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toBe(
      'Quillstack (Standard) has 4 components: Quill API (required); Quill worker (conditional: when several API instances run); Ledger database (required); Session cache (optional).',
    );
    expect(answer.sources[0]?.url).toMatch(/^\/architectures\/quillstack\//);
  });

  it('reads "what services make up the stack" as the same list', () => {
    expect(ask('what services make up the quillstack stack')?.answer).toMatch(/^Quillstack \(Standard\) has 4 components: /);
  });

  it('reads what the asker will do with the parts ("which services do I need to watch?") as asking for the list', () => {
    expect(ask('quillstack — which services do i need to watch?').answer).toMatch(/^Quillstack \(Standard\) has 4 components: /);
    expect(ask('Which Quillstack services do we monitor?').answer).toMatch(/^Quillstack \(Standard\) has 4 components: /);
  });

  it('gives the list past a label before the question and a pointer to where the list comes from', () => {
    expect(ask('Making a list for my study notes: which services does Quillstack run?').answer).toMatch(
      /^Quillstack \(Standard\) has 4 components: /,
    );
    expect(ask('What pieces make up Quillstack according to the guide?').answer).toMatch(/^Quillstack \(Standard\) has 4 components: /);
  });

  it('filters by necessity, bringing conditional components along with the optional ones', () => {
    expect(ask('Which parts of Quillstack are optional?').answer).toBe(
      'Quillstack (Standard): Conditional (1): Quill worker (when several API instances run). Optional (1): Session cache.',
    );
    expect(ask('Which Quillstack components are mandatory?').answer).toBe(
      'Quillstack (Standard): Required (2): Quill API; Ledger database.',
    );
  });

  it('reads "leave out", "omitted" and "drop" in a list question as asking for the optional components', () => {
    const optional = 'Quillstack (Standard): Conditional (1): Quill worker (when several API instances run). Optional (1): Session cache.';
    // "leave out in Quillstack" leaves nothing out: a place after the verb is not a part excluded from the answer.
    expect(ask('Which components can we leave out in Quillstack?').answer).toBe(optional);
    expect(ask('Which components can be omitted in Quillstack?').answer).toBe(optional);
    expect(ask('Which Quillstack parts can we drop?').answer).toBe(optional);
  });

  it('says "none" when no component has the asked level', () => {
    expect(ask('Which Quillstack components are recommended?').answer).toBe('Quillstack (Standard): Recommended: none.');
  });

  it('does not list the components when the question names one of them', () => {
    const answer = ask('What kind of service is the Quill API of Quillstack?');
    expect(answer.answer ?? '').not.toMatch(/has 4 components/);
  });

  it('maps each component to the named cloud, naming those with no service there', () => {
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          managed: [{ cloud: 'aws', service: 'amazon-rds-postgresql', sku: 'db.m7g.large', source: cite }],
        }),
        buildQuillApiInput({}),
      ],
    });
    const answer = ask('What managed services does Quillstack use on AWS?', [architecture]);
    expect(answer.answer).toBe(
      'Quillstack (Standard): managed services on AWS: Ledger database: Amazon RDS for PostgreSQL, db.m7g.large. None is named on AWS for Quill API.',
    );
  });
});

describe('answerPartList', () => {
  it('lists the parts a component runs as, each with its own figures', () => {
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildEdgeGatewayInput({
          requirements: [
            {
              scope: 'default',
              part: 'envoy',
              vcpu: { request: '100m', limit: '1000m' },
              memory: { request: '128Mi', limit: '1Gi' },
              source: cite,
            },
            {
              scope: 'default',
              part: 'auth-sidecar',
              vcpu: { request: '50m', limit: '500m' },
              memory: { request: '64Mi', limit: '256Mi' },
              source: cite,
            },
          ],
        }),
      ],
    });
    const answer = ask('which containers run in the quillstack edge gateway pod?', [architecture]);
    expect(answer.answer).toMatch(
      /^Quillstack \(Standard\): Edge gateway runs as 2 parts: envoy, auth-sidecar\. envoy: CPU 100m CPU request/,
    );
    expect(answer.answer).toContain('auth-sidecar: CPU 50m CPU request, 500m CPU limit, memory 64Mi request, 256Mi limit');
  });

  it('lists the parts of the component named right after the part word, though the question names another', () => {
    const parts = (names: string[]) =>
      names.map((part) => ({ scope: 'default' as const, part, vcpu: { request: '100m' }, memory: { request: '64Mi' }, source: cite }));
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildEdgeGatewayInput({ requirements: parts(['envoy', 'auth-sidecar']) }),
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          role: 'relational-database',
          requirements: parts(['ledger-primary', 'ledger-replica']),
        }),
      ],
    });
    const answer = ask('Which container in the Quillstack edge gateway pod enforces PostgreSQL ledger write policies?', [architecture]);
    expect(answer.answer).toMatch(/^Quillstack \(Standard\): Edge gateway runs as 2 parts: envoy, auth-sidecar\./);
  });

  it('does not answer a part list for a component that has one set of figures', () => {
    expect(ask('which containers does the Quillstack ledger database run?').answer ?? '').not.toMatch(/runs as \d+ parts/);
  });
});

/** The component list answerer called on its own, so its sources and coverage can be read as well as its text. */
const listFor = (question: string, catalogue = [buildAskArchitecture()], scope?: string[]) => {
  const context = buildAnswerContext(catalogue, question, scope);
  return answerComponentList(context, listQueryTokens(context.index, context.reading));
};

describe('answerComponentList: sources and coverage', () => {
  it('cites the variant’s component list and, filtered by necessity, the necessity of each component listed', () => {
    const all = listFor('What components does Quillstack have?');
    expect(all?.kind).toBe('lookup');
    expect(all?.facts.map((fact) => fact.text)).toEqual([
      'Components of Standard: Quill API (required), Quill worker (conditional), Ledger database (required) and Session cache (optional)',
    ]);
    // Once the list words are set aside nothing of the question is left to explain.
    expect(all?.coverage).toBe(1);
    // Optional brings the conditional worker along; the required API and ledger are not cited.
    const optional = listFor('Which parts of Quillstack are optional?');
    expect(optional?.kind).toBe('lookup');
    expect(optional?.facts.map((fact) => `${fact.attribute} ${fact.component ?? ''} ${fact.text}`)).toEqual([
      'components  Components of Standard: Quill API (required), Quill worker (conditional), Ledger database (required) and Session cache (optional)',
      'necessity quill-worker Conditional: when several API instances run',
      'necessity session-cache Optional',
    ]);
  });

  it('lists and cites the variant the question names, not the default one', () => {
    const answer = listFor('Which components does Quillstack Clustered have?');
    expect(answer?.text).toMatch(/^Quillstack \(Clustered \(high availability\)\) has 4 components: /);
    expect(answer?.facts.map((fact) => fact.text)).toEqual([
      'Components of Clustered (high availability): Quill API (required), Quill worker (conditional), Ledger database (required) and Session cache (optional)',
    ]);
    expect(answer?.coverage).toBe(1);
  });

  it('covers the whole question when every word asks for the list, and less by the share of a word that does not', () => {
    // "building", "blocks" and "datacenter" are words no Quillstack fact holds, so each weighs the same: the one word that
    // asks nothing of the list ("datacenter") is one of the three counted words ("up" frames the question).
    expect(listFor('What building blocks make up Quillstack?')?.coverage).toBe(1);
    expect(listFor('What building blocks make up Quillstack in our datacenter?')?.coverage).toBeCloseTo(1 - 1 / 4, 10);
  });

  it('weighs the question by the product’s own facts, so a word another product holds changes nothing', () => {
    // Mosslight's purpose holds "datacenter"; across both products that word would weigh more than the list words.
    const mosslight = buildArchitecture({
      id: 'mosslight',
      product: 'Mosslight',
      components: [buildComponentInput({ purpose: 'Keeps the datacenter inventory.' })],
    });
    const context = buildAnswerContext([buildAskArchitecture(), mosslight], 'What building blocks make up Quillstack in our datacenter?', [
      'quillstack',
    ]);
    expect(answerComponentList(context, listQueryTokens(context.index, context.reading))?.coverage).toBeCloseTo(1 - 1 / 4, 10);
  });

  it('declines when the words that ask nothing of the list weigh more than a third of the question', () => {
    // Two unknown words of five (building, blocks, up, today, datacenter): 40 % of the weight is not about the list.
    expect(listFor('What building blocks make up Quillstack today, in our datacenter?')).toBeNull();
  });
});

describe('answerComponentList: questions that are not about the list', () => {
  it('answers only for one product in scope and named alone', () => {
    const ferngate = buildArchitecture({ id: 'ferngate', product: 'Ferngate', vendor: 'Fern Inc.' });
    const catalogue = [buildAskArchitecture(), ferngate];
    expect(listFor('What components do identity servers have?', catalogue)).toBeNull();
    expect(listFor('What components do Quillstack and Ferngate have?', catalogue, ['quillstack'])).toBeNull();
    expect(listFor('What components does Quillstack have?', catalogue, ['nowhere'])).toBeNull();
  });

  it('needs a word asking for the list', () => {
    expect(listFor('What does Quillstack have?')).toBeNull();
  });

  it('reads a list word as a list word, not as a question word to explain', () => {
    expect(listFor('What building blocks make up Quillstack?')?.text).toMatch(/^Quillstack \(Standard\) has 4 components: /);
  });

  it('does not list the components when the question names one, even one named after the product', () => {
    const architecture = buildAskArchitectureWith([
      buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service' }),
      buildComponentInput({ id: 'quillstack-server', name: 'Quillstack server', role: 'application-service' }),
    ]);
    expect(listFor('What services does the Quillstack server run?', [architecture])).toBeNull();
    // The same words without the component's name ask for the list.
    expect(listFor('What services does Quillstack run?', [architecture])?.text).toMatch(/^Quillstack \(Standard\) has 2 components: /);
  });

  it('takes a component’s name among many list words as a question about that component', () => {
    const question = 'What components make up the whole Quillstack deployment, from the building blocks down';
    expect(listFor(`${question}?`)?.text).toMatch(/^Quillstack \(Standard\) has 4 components: /);
    expect(listFor(`${question}, including the worker?`)).toBeNull();
  });
});

describe('answerComponentList: managed services on one cloud', () => {
  /** The ledger with two AWS services and one on Azure, a cache with one on Azure only, and an API with none. */
  const managedQuillstack = () =>
    buildAskArchitectureWith([
      buildLedgerInput({
        managed: [
          { cloud: 'aws', service: 'amazon-rds-postgresql', sku: 'db.m7g.large', source: cite },
          { cloud: 'aws', service: 'amazon-aurora-postgresql', source: cite },
          { cloud: 'azure', service: 'azure-database-postgresql', source: cite },
        ],
      }),
      buildSessionCacheInput({ managed: [{ cloud: 'azure', service: 'azure-cache-redis', source: cite }] }),
      buildQuillApiInput({}),
    ]);

  it('gives each component’s services on the cloud asked, one component per sentence, and cites them with the list', () => {
    const answer = listFor('What managed services does Quillstack use on AWS?', [managedQuillstack()]);
    expect(answer?.kind).toBe('lookup');
    expect(answer?.text).toBe(
      'Quillstack (Standard): managed services on AWS: Ledger database: Amazon RDS for PostgreSQL, db.m7g.large; Amazon Aurora PostgreSQL. None is named on AWS for Session cache, Quill API.',
    );
    expect(answer?.facts.map((fact) => `${fact.attribute} ${fact.text}`)).toEqual([
      'managed-service AWS: Amazon RDS for PostgreSQL, db.m7g.large',
      'managed-service AWS: Amazon Aurora PostgreSQL',
      'components Components of Standard: Ledger database (required), Session cache (required) and Quill API (required)',
    ]);
  });

  it('names no component without a service when every component has one on that cloud', () => {
    const architecture = buildAskArchitectureWith([
      buildLedgerInput({ managed: [{ cloud: 'aws', service: 'amazon-rds-postgresql', source: cite }] }),
    ]);
    expect(listFor('What managed services does Quillstack use on AWS?', [architecture])?.text).toBe(
      'Quillstack (Standard): managed services on AWS: Ledger database: Amazon RDS for PostgreSQL.',
    );
  });

  it('separates the components that have a service on the cloud with a full stop', () => {
    expect(listFor('What managed services does Quillstack use on Azure?', [managedQuillstack()])?.text).toBe(
      'Quillstack (Standard): managed services on Azure: Ledger database: Azure Database for PostgreSQL flexible server. Session cache: Azure Cache for Redis. None is named on Azure for Quill API.',
    );
  });

  it('says no service is named when no component has one on that cloud', () => {
    const answer = listFor('What managed services does Quillstack use on Google Cloud?', [managedQuillstack()]);
    expect(answer?.text).toBe('Quillstack (Standard): no managed service on Google Cloud is named.');
    expect(answer?.facts.map((fact) => fact.attribute)).toEqual(['components']);
  });

  it('lists the components with their necessity when two clouds are named, rather than one cloud’s services', () => {
    expect(listFor('What managed services does Quillstack use on AWS or Azure?', [managedQuillstack()])?.text).toBe(
      'Quillstack (Standard) has 3 components: Ledger database (required); Session cache (required); Quill API (required).',
    );
  });
});

describe('answerComponentList: the parts besides one set aside', () => {
  it('lists the other parts when the question sets one aside and asks for the rest ("besides X, what else")', () => {
    expect(ask('Besides the ledger database, what else does Quillstack need?').answer).toBe(
      'Quillstack (Standard): besides Ledger database, 3 components: Quill API (required); Quill worker (conditional: when several API instances run); Session cache (optional).',
    );
    expect(listFor('Which Quillstack components are required, other than the ledger database?')?.text).toBe(
      'Quillstack (Standard): besides Ledger database, Required (1): Quill API.',
    );
  });

  it('reads "what else" as no list without a part set aside, and a yes/no setting one aside as no list', () => {
    expect(listFor('What else does Quillstack need?')).toBeNull();
    // "Else" names no thing the product might lack, though another product's facts use the word.
    const elsewhere = buildAskArchitecture({
      id: 'elsestack',
      product: 'Elsestack',
      vendor: 'Elsestack',
      hosts: [],
      components: [
        buildComponentInput({
          id: 'odd-job',
          name: 'Odd job runner',
          role: 'job-worker',
          technology: 'Oddjob',
          purpose: 'Runs what nothing else runs.',
        }),
      ],
    });
    expect(ask('What else does Quillstack need?', [buildAskArchitecture(), elsewhere]).declined ?? '').not.toMatch(/state no else/);
    expect(listFor('Does Quillstack run a ledger other than its own?')).toBeNull();
  });
});

describe('answerComponentList: by necessity', () => {
  it('answers with the levels asked in the order required, recommended, conditional, optional', () => {
    const answer = listFor('Which Quillstack components are optional, recommended or required?');
    expect(answer?.kind).toBe('lookup');
    expect(answer?.text).toBe(
      'Quillstack (Standard): Required (2): Quill API; Ledger database. Recommended: none. Conditional (1): Quill worker (when several API instances run). Optional (1): Session cache.',
    );
    // Every component is at one of the levels asked, so each one's necessity is cited, in the model's order, after the list.
    expect(answer?.facts.map((fact) => fact.component)).toEqual([null, 'quill-api', 'quill-worker', 'ledger-db', 'session-cache']);
  });

  it('cites the necessity facts only, not the other facts of the components listed', () => {
    const answer = listFor('Which Quillstack components are mandatory?');
    expect(answer?.facts.map((fact) => `${fact.attribute} ${fact.component ?? ''}`)).toEqual([
      'components ',
      'necessity quill-api',
      'necessity ledger-db',
    ]);
  });
});

describe('answerPartList: which figures each part gets', () => {
  /** Figures for one container of a pod, in the default scope. */
  const part = (name: string, vcpu: string, memory: string) => ({ scope: 'default' as const, part: name, vcpu, memory, source: cite });
  /**
   * An admin gateway listed first with its own envoy container, then the edge gateway with an envoy and an auth sidecar
   * and figures for the whole pod, and a metrics agent that runs only in the clustered layout.
   */
  const gateways = () =>
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'admin-gateway',
        name: 'Admin gateway',
        role: 'reverse-proxy',
        requirements: [part('envoy', '200m', '256Mi'), part('admin-ui', '100m', '128Mi')],
      }),
      buildComponentInput({
        id: 'edge-gateway',
        name: 'Edge gateway',
        role: 'reverse-proxy',
        requirements: [
          part('envoy', '100m', '128Mi'),
          part('auth-sidecar', '50m', '64Mi'),
          { scope: 'minimum', nodes: 2, vcpu: 1, memory: '1 GB', source: cite },
        ],
      }),
      buildComponentInput({
        id: 'metrics-agent',
        name: 'Metrics agent',
        role: 'logging-monitoring',
        variants: ['clustered'],
        requirements: [part('collector', '100m', '128Mi'), part('exporter', '50m', '64Mi')],
      }),
    ]);
  const partsFor = (question: string) => answerPartList(buildAnswerContext([gateways()], question));

  it('gives the named component’s parts, each with its own figures and only those', () => {
    const answer = partsFor('Which containers run in the Quillstack edge gateway pod?');
    expect(answer?.kind).toBe('lookup');
    expect(answer?.text).toBe(
      'Quillstack (Standard): Edge gateway runs as 2 parts: envoy, auth-sidecar. envoy: 100m CPU, 128Mi memory, default. auth-sidecar: 50m CPU, 64Mi memory, default.',
    );
    expect(answer?.facts.map((fact) => `${fact.component} ${fact.text}`)).toEqual([
      'edge-gateway envoy: 100m CPU, 128Mi memory, default',
      'edge-gateway auth-sidecar: 50m CPU, 64Mi memory, default',
    ]);
  });

  it('needs a word asking for parts', () => {
    expect(partsFor('What does the Quillstack edge gateway need?')).toBeNull();
  });

  it('takes no part word from a name the question writes in capitals ("Container Platform")', () => {
    expect(partsFor('Which Container Platform version does the Quillstack edge gateway need?')).toBeNull();
    expect(partsFor('Which Quillstack edge gateway containers need a Container Platform?')?.text).toMatch(/runs as 2 parts/);
    expect(partsFor('Containers of the Quillstack edge gateway?')?.text).toMatch(/runs as 2 parts/);
  });

  it('needs a component named', () => {
    expect(partsFor('Which containers does Quillstack run?')).toBeNull();
  });

  it('does not answer for a component the variant asked about does not have', () => {
    expect(partsFor('Which containers does the Quillstack metrics agent run?')).toBeNull();
    expect(partsFor('Which containers does the Quillstack Clustered metrics agent run?')?.text).toMatch(
      /^Quillstack \(Clustered \(high availability\)\): Metrics agent runs as 2 parts: collector, exporter\. /,
    );
  });
});

describe('answerComponentList: the parts that hold state', () => {
  it("lists the parts whose role keeps data, saying the reading is archkb's, with each part's necessity", () => {
    expect(answerQuestion('Which Quillstack components are stateful?', [buildAskArchitecture()]).answer).toBe(
      "Quillstack (Standard): the parts whose role keeps data, so holds state (archkb's reading of each part's role; the sources do not list them): Relational database: Ledger database (required); Cache: Session cache (optional).",
    );
  });

  it('does not read "stateless" as the other parts, which may keep data under another role, nor a plain list as state', () => {
    expect(answerQuestion('Which components does Quillstack have?', [buildAskArchitecture()]).answer ?? '').not.toMatch(/holds state/);
    expect(answerQuestion('Which Quillstack components are stateless?', [buildAskArchitecture()]).answer ?? '').not.toMatch(/holds state/);
  });
});

describe('answerComponentList: the parts that state the resource asked', () => {
  it('lists each part, hosts included, whose figures give the resource, with its figures and scopes', () => {
    expect(ask('Which Quillstack components have a memory figure?').answer).toBe(
      'Quillstack (Standard): the parts with a stated memory figure (4): Application box: 4 GB (minimum), 16 GB (for high availability); Quill API: 512Mi request, 1Gi limit (example); Quill worker: 256Mi request (example); Ledger database: 8 GB (minimum), 16 GB (for high availability).',
    );
    const storage = ask('Which parts of Quillstack get persistent storage?');
    expect(storage.answer).toBe(
      'Quillstack (Standard): the parts with a stated storage figure (1): Ledger database: 100 GB (minimum), 200 GB (for high availability).',
    );
    expect(storage.sources.length).toBeGreaterThan(0);
  });

  it('cites the figures of the parts listed, not their purposes', () => {
    const sources = ask('Which Quillstack components have a memory figure?').sources;
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources) expect(source.excerpt).toMatch(/memory/);
  });

  it('leaves a list by level of need or by cloud to the other answers', () => {
    expect(ask('Which optional Quillstack parts have a memory figure?').answer ?? '').not.toMatch(/the parts with a stated/);
    expect(ask('Which Quillstack parts have memory on AWS?').answer ?? '').not.toMatch(/the parts with a stated/);
  });

  it('leaves a question naming no list, a count of copies or a resource no part states to the other answers', () => {
    expect(ask('Our Quillstack stack: how much memory?').answer).not.toMatch(/the parts with a stated/);
    expect(ask('Which Quillstack parts need nodes?').answer ?? '').not.toMatch(/the parts with a stated/);
    expect(ask('Which Quillstack parts get IOPS?').answer ?? '').not.toMatch(/the parts with a stated/);
  });
});

describe('answerComponentList: the parts one layout has beyond another', () => {
  const site = 'authgear-self-managed#introduction';
  const fernhall = buildArchitecture({
    id: 'fernhall',
    product: 'Fernhall',
    vendor: 'Fern Inc.',
    variants: [
      { id: 'one-site', name: 'Single site (one region)', summary: 'One site.', source: site },
      { id: 'two-sites', name: 'Twin site (active/active)', summary: 'Two sites.', source: site },
    ],
    components: [
      buildComponentInput({ id: 'fern-api', name: 'Fern API', role: 'application-service', purpose: 'Serves the API.' }),
      buildComponentInput({
        id: 'site-balancer',
        name: 'Site balancer',
        role: 'load-balancer',
        purpose: 'Sends each request to a live site.',
        variants: ['two-sites'],
      }),
      buildComponentInput({
        id: 'site-relay',
        name: 'Site relay',
        role: 'message-broker',
        purpose: 'Copies state between the sites.',
        variants: ['two-sites'],
      }),
    ],
  });

  it('lists the parts of the layout that has more, whichever way round the question names them', () => {
    const expected =
      'Fernhall (Twin site (active/active)): the parts Single site (one region) does not have (2): Site balancer (required); Site relay (required).';
    expect(
      ask('If we stay on a single site with Fernhall, which extra pieces that the twin site needs can we leave out?', [fernhall]).answer,
    ).toBe(expected);
    expect(ask('Which components does the Fernhall twin site have that the single site does not?', [fernhall]).answer).toBe(expected);
  });

  it('cites the need of each extra part only', () => {
    const titles = ask('Which components does the Fernhall twin site have that the single site does not?', [fernhall]).sources.map(
      (source) => source.title,
    );
    expect(titles.slice(0, 2)).toEqual([expect.stringMatching(/Site balancer$/), expect.stringMatching(/Site relay$/)]);
    expect(titles.filter((title) => /Fern API$/.test(title))).toEqual([]);
  });

  it('leaves a question naming one layout, or asking for no extra, to the other answers', () => {
    expect(ask('Which extra components does the Fernhall twin site need?', [fernhall]).answer ?? '').not.toMatch(/does not have/);
    expect(ask('Which components do the Fernhall single site and twin site have?', [fernhall]).answer ?? '').not.toMatch(/does not have/);
  });
});
