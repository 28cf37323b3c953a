import { describe, expect, it } from 'vitest';
import { findComponentMatches } from '../../../../src/lib/ask/answer-context.ts';
import { addParallelFacts, answerLookup } from '../../../../src/lib/ask/answerers/lookup.ts';
import { answerQuestion, answerWithFeatures, listQueryTokens, weighToken } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAlphaBackendInput,
  buildAskArchitectureWith,
  buildEdgeGatewayInput,
  buildLanedQuillstack,
  buildLedgerInput,
  buildQuillApiInput,
  buildModeRuledQueueStoreInput,
  buildSessionCacheInput,
} from '../../../fixtures/build-ask-architecture.ts';

const catalogue = [buildAskArchitecture()];
const ask = (question: string) => answerQuestion(question, catalogue);

/** Quillstack whose session cache names an AWS cache size ("larger nodes") and eleven settings, one of them its eviction policy. */
function buildCrowdedCacheCatalogue(cite: 'authgear-self-managed#deployment-options' | 'authgear-self-managed#resources-reference') {
  return [
    buildAskArchitectureWith([
      buildSessionCacheInput({
        managed: [
          {
            cloud: 'aws',
            service: 'amazon-elasticache-redis',
            sku: 'cache.t3.medium',
            note: 'Recommended: cache.t3.medium or larger nodes.',
            source: cite,
          },
        ],
        settings: [
          { name: 'cache.eviction', value: 'noeviction', status: 'recommended', text: 'Eviction policy the jobs need.', source: cite },
          ...Array.from({ length: 10 }, (_, i) => ({
            name: `cache.option${i + 1}`,
            value: String(i),
            status: 'default' as const,
            source: cite,
          })),
        ],
      }),
    ]),
  ];
}

/** A key store with two example methods and, when `pointing`, a requirement that points at "the listed methods". */
function buildKeyStoreInput(pointing: boolean) {
  const cite = 'authgear-self-managed#deployment-options';
  return buildComponentInput({
    id: 'key-store',
    name: 'Key store',
    role: 'secrets-manager',
    purpose: 'Keeps signing keys.',
    examples: ['Cloud key management service', 'Hardware security module'],
    ...(pointing
      ? {
          notes: [
            {
              kind: 'requirement' as const,
              text: 'Keep the signing keys outside the repository with one of the listed methods.',
              source: cite,
            },
          ],
        }
      : {}),
  });
}

describe('answerLookup', () => {
  it('answers with the note that names the release the question names, not with every note of the part', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const notes = [
      { kind: 'info' as const, text: 'Release 2.4.0 of the chart moved the gateway settings under one key.', source: cite },
      {
        kind: 'requirement' as const,
        text: 'Since release 3.0.0 the chart no longer bundles the gateway controller; deploy one yourself.',
        source: cite,
      },
    ];
    const catalogue = [buildAskArchitectureWith([buildEdgeGatewayInput({ notes })])];
    const answer = answerQuestion('Upgraded the Quillstack chart to 3.0.0 and the gateway is gone. What changed?', catalogue).answer;
    expect(answer).toContain('no longer bundles the gateway controller');
    expect(answer).not.toContain('2.4.0');
  });

  it('answers both asks a "+" joins, though the second one’s fact scores far below the first one’s', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const setting = (name: string, value: string, status: 'required' | 'recommended' | 'example', text: string) => ({
      name,
      value,
      status,
      text,
      source: cite,
    });
    const catalogue = [
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'quill-service',
          name: 'Quill container service',
          role: 'application-service',
          technology: 'Quill',
          purpose: 'Runs the Quill container tasks behind the load balancer.',
          settings: [
            setting('health check grace period', '900 seconds', 'required', 'Migrations run at boot, so health checks must wait.'),
            setting('health check path', '/health', 'recommended', 'The endpoint health checks call.'),
            setting('number of tasks', '2', 'example', 'Start with two tasks.'),
          ],
        }),
        buildQuillApiInput({
          requirements: [{ scope: 'reference', vcpu: 1, memory: '3GB', nodes: 2, note: 'Task size of the steps.', source: cite }],
        }),
      ]),
    ];
    for (const joined of ['+', 'and']) {
      const answer = answerQuestion(`quillstack container service task size ${joined} health check grace period`, catalogue).answer;
      expect(answer).toContain('900 seconds');
      expect(answer).toContain('1 vCPU, 3GB memory');
    }
  });

  it('answers with the asked fact of the named component', () => {
    const answer = ask('What does the Quillstack ledger database keep?');
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toContain('Keeps accounts, tenants and audit records.');
    expect(answer.sources[0]?.url).toBe('/architectures/quillstack/#component-ledger-db');
  });

  it('gives every scope of a component’s figures together', () => {
    const answer = ask('Quillstack ledger database memory and storage');
    expect(answer.answer).toContain('8 GB memory');
    expect(answer.answer).toContain('16 GB memory');
  });

  it('answers a terse question naming only a component with its overview', () => {
    const answer = ask('quillstack session cache');
    expect(answer.answer).toContain('Keeps sign-in sessions.');
    expect(answer.answer).toContain('Persistence is optional');
  });

  it('states only figures the model holds: every number comes from the fixture or the question', () => {
    const answer = ask('Quillstack ledger database minimum');
    const numbers = (answer.answer ?? '').match(/\d+(\.\d+)?/g) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(['1', '2', '8', '100', '4', '16', '200', '12']).toContain(number);
  });

  it('answers "which <kind> does X use" with the components of that role, their necessity and purpose', () => {
    expect(ask('Which database does Quillstack use?').answer).toBe(
      'Quillstack (Standard): Ledger database (PostgreSQL), required: Keeps accounts, tenants and audit records.',
    );
    expect(ask('What does the Quillstack cache keep?').answer).not.toMatch(/, optional: /);
  });

  it('groups the answer under the variant it speaks of', () => {
    expect(ask('What does the Quillstack ledger database keep?').answer).toMatch(/^Quillstack \(Standard\): /);
  });
  it('answers "which ports" with every port of the product, not only the best-matching one', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const withPorts = buildAskArchitectureWith([
      buildComponentInput({
        id: 'ledger-db',
        name: 'Ledger database',
        ports: [{ port: 5432, protocol: 'tcp', purpose: 'Ledger connections.', source: cite }],
      }),
      buildQuillApiInput({ ports: [{ port: 8080, protocol: 'tcp', purpose: 'The sign-in API.', source: cite }] }),
    ]);
    const answer = answerQuestion('Which ports does Quillstack use?', [withPorts]);
    expect(answer.answer).toContain('Port 5432/tcp: Ledger connections.');
    expect(answer.answer).toContain('Port 8080/tcp: The sign-in API.');
    // Asked about one component, the answer keeps to it.
    expect(answerQuestion('Which ports does the Quillstack ledger database use?', [withPorts]).answer).not.toContain('8080');
  });
});

describe('answerLookup: one kind of fact across the components named', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildLedgerInput({
        purpose: 'The relational database behind every sign-in.',
        managed: [{ cloud: 'aws', service: 'amazon-rds-postgresql', source: cite }],
      }),
      buildSessionCacheInput({
        purpose: 'Keeps sessions for the messaging layer.',
        managed: [{ cloud: 'aws', service: 'amazon-elasticache-redis', source: cite }],
      }),
      buildComponentInput({
        id: 'upload-store',
        name: 'Upload store',
        role: 'object-storage',
        managed: [{ cloud: 'aws', service: 'amazon-s3', source: cite }],
      }),
    ]),
  ];

  it('gives the asked kind of fact for every component the question names, not only the best one', () => {
    const answer = answerQuestion(
      'Which AWS managed services does Quillstack assume for the relational database, the upload store and the messaging layer?',
      catalogue,
    ).answer;
    expect(answer).toContain('Amazon RDS for PostgreSQL');
    expect(answer).toContain('Amazon ElastiCache for Redis OSS');
    expect(answer).toContain('Amazon S3');
  });

  it('keeps to the one component the question names', () => {
    const answer = answerQuestion('Which AWS managed services does Quillstack suggest for the session cache?', catalogue).answer;
    expect(answer).toContain('Amazon ElastiCache for Redis OSS');
    expect(answer).not.toContain('Amazon RDS for PostgreSQL');
  });
});

describe('answerLookup: which instance type', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildSessionCacheInput({
        // Named after the managed service too, so that fact adds no word the figures' fact leaves uncovered.
        examples: ['Amazon ElastiCache'],
        requirements: [{ scope: 'production', memory: '1GB', note: 'The vendor recommends 1GB of memory for the node.', source: cite }],
        managed: [
          {
            cloud: 'aws',
            service: 'amazon-elasticache-redis',
            sku: 'cache.t3.medium',
            note: 'Recommended by the vendor: cache.t3.medium or larger nodes.',
            source: cite,
          },
        ],
      }),
    ]),
  ];

  it('leads with the fact that names a cloud size when asked for a node type', () => {
    const answer = answerQuestion('What ElastiCache node type does Quillstack recommend for the session cache?', catalogue).answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Session cache: AWS: Amazon ElastiCache for Redis OSS, cache\.t3\.medium/);
  });

  it('states the fact naming the size once when it already leads', () => {
    const answer = answerQuestion('What ElastiCache node type does Quillstack recommend for the session cache?', catalogue).answer ?? '';
    expect(answer.match(/AWS: Amazon ElastiCache for Redis OSS/g)).toHaveLength(1);
  });
});

describe('answerLookup: a fact that points at a list', () => {
  const catalogue = [buildAskArchitectureWith([buildKeyStoreInput(true)])];

  it('adds the examples the fact refers to as "the listed" ones', () => {
    const answer = answerQuestion('Where should Quillstack signing keys be kept?', catalogue).answer ?? '';
    expect(answer).toContain('one of the listed methods');
    expect(answer).toContain('Hardware security module');
  });
});

describe('answerLookup: scene-setting sentences', () => {
  it('measures the best fact against the asking sentence alone, so a scene does not weaken it', () => {
    const catalogue = [buildAskArchitecture()];
    const question = 'Which ledger backup schedule does the Quillstack ledger database keep?';
    const alone = answerWithFeatures(question, catalogue).features.strength;
    const scene = `Our auditors ask about retention policies across many vendor tools and cloud regions. ${question}`;
    expect(answerWithFeatures(scene, catalogue).features.strength).toBeCloseTo(alone, 3);
  });
});

describe('answerLookup: the kind named after what/which', () => {
  /** An operator whose purpose holds the question's words, beside a ledger database whose purpose is given. */
  const buildKindCatalogue = (ledgerPurpose: string) => [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'quill-operator',
        name: 'Quill operator',
        role: 'kubernetes-operator',
        technology: 'Quill',
        purpose: 'Deployed Quillstack in the vendor setup the load test ran on.',
      }),
      buildComponentInput({
        id: 'ledger-db',
        name: 'Ledger database',
        role: 'relational-database',
        technology: 'PostgreSQL',
        purpose: ledgerPurpose,
      }),
    ]),
  ];
  const catalogue = buildKindCatalogue('Keeps accounts; the vendor tests it as a managed PostgreSQL cluster.');

  it('leads with the component of the kind asked ("what DB setup"), once, when another component ranks first', () => {
    const answer = answerQuestion('Quillstack - what DB setup do they test with?', catalogue).answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Ledger database: Keeps accounts/);
    expect(answer.match(/Keeps accounts/g)).toHaveLength(1);
  });

  it('reads the kind after "which" as after "what", and after a "what" opening the question', () => {
    for (const question of ['Quillstack - which DB setup do they test with?', 'What DB setup does Quillstack test with?']) {
      expect(answerQuestion(question, catalogue).answer).toMatch(/^Quillstack \(Standard\): Ledger database: Keeps accounts/);
    }
  });

  it('reads the kind only when one product is asked about', () => {
    // With a second product in scope and none named, the operator that matches best keeps the lead.
    const facts = answerLookup(buildAnswerContext([...catalogue, buildArchitecture()], 'What DB setup do they test with?')).facts;
    expect(facts.map((fact) => fact.component)).toEqual(['quill-operator', 'ledger-db']);
  });

  it('does not lead with a fact of the kind far weaker than the best', () => {
    // "Keeps accounts." shares no word of the question but "DB": well under six tenths of the operator's score.
    const weak = buildKindCatalogue('Keeps accounts.');
    const draft = answerLookup(buildAnswerContext(weak, 'Quillstack - what DB setup do they test with?'));
    expect(draft.facts.map((fact) => fact.component)).toEqual(['quill-operator']);
  });

  it('reads no kind when neither "what" nor "which" comes before it', () => {
    expect(answerQuestion('DB setup Quillstack tests with?', catalogue).answer).toMatch(/^Quillstack \(Standard\): Quill operator: /);
  });
});

describe('answerLookup: a component overview', () => {
  const cite = 'authgear-self-managed#resources-reference';

  it('gives the component’s facts in model order, each without its subject, under the variant', () => {
    const answer = ask('quillstack session cache');
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toBe(
      'Quillstack (Standard): Session cache: Keeps sign-in sessions. Optional. ' +
        'cache.console = true (default): Web console; turn it off if the cache is exposed to the internet. ' +
        'Option: Persistence is optional; sessions survive a restart only with it.',
    );
  });

  it('leaves out the component’s connections', () => {
    const withConnection = buildAskArchitectureWith(
      [buildQuillApiInput({ purpose: 'Serves the sign-in API.' }), buildSessionCacheInput({ purpose: 'Keeps sign-in sessions.' })],
      { connections: [{ from: 'quill-api', to: 'session-cache', label: 'sessions', basis: 'stated', source: cite }] },
    );
    // The connection is a fact of the Quill API, where it starts.
    expect(answerQuestion('quillstack quill api', [withConnection]).answer).toBe(
      'Quillstack (Standard): Quill API: Serves the sign-in API. Required.',
    );
  });

  it('is as strong as the component’s name matches: half, plus a tenth of the match score, at most 1', () => {
    const context = buildAnswerContext(catalogue, 'quillstack session cache');
    const [match] = findComponentMatches(context);
    const draft = answerLookup(context);
    expect(draft.text).toMatch(/^Quillstack \(Standard\): Session cache: Keeps sign-in sessions\./);
    expect(draft.strength).toBeCloseTo(Math.min(1, 0.5 + (match?.score ?? 0) / 10), 9);
    expect(draft.strength).toBeGreaterThan(0.5);
    expect(draft.strength).toBeLessThan(1);
  });

  it('gives at most nine facts', () => {
    const options = 'authgear-self-managed#deployment-options';
    const withSettings = buildAskArchitectureWith([
      buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
      buildComponentInput({
        id: 'config-store',
        name: 'Config store',
        role: 'secrets-manager',
        technology: 'Vault',
        purpose: 'Holds configuration.',
        settings: Array.from({ length: 10 }, (_, i) => ({
          name: `config.option${i + 1}`,
          value: 'on',
          status: 'default' as const,
          source: options,
        })),
      }),
    ]);
    // Purpose, necessity and the first seven of the ten settings.
    const settings = Array.from({ length: 7 }, (_, i) => `config.option${i + 1} = on (default).`).join(' ');
    expect(answerQuestion('quillstack config store', [withSettings]).answer).toBe(
      `Quillstack (Standard): Config store: Holds configuration. Required. ${settings}`,
    );
  });

  it('answers from the variant that has the component when the default variant lacks it', () => {
    const clusteredOnly = buildAskArchitectureWith([
      buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
      buildSessionCacheInput({ purpose: 'Keeps sign-in sessions.', variants: ['clustered'] }),
    ]);
    expect(answerQuestion('quillstack session cache', [clusteredOnly]).answer).toBe(
      'Quillstack (Clustered (high availability)): Session cache: Keeps sign-in sessions.',
    );
  });
});

describe('answerLookup: which <kind> does a product use', () => {
  const options = 'authgear-self-managed#deployment-options';
  // Two relational databases (one named after its technology) and a document database.
  const catalogue = [
    buildAskArchitectureWith([
      buildLedgerInput({
        purpose: 'Keeps accounts.',
        settings: [{ name: 'ledger.pool', value: '10', status: 'default', source: 'authgear-self-managed#introduction' }],
      }),
      buildComponentInput({
        id: 'report-store',
        name: 'MySQL',
        role: 'relational-database',
        technology: 'MySQL',
        purpose: 'Holds monthly reports.',
        necessity: { level: 'optional', source: options },
      }),
      buildComponentInput({
        id: 'profile-db',
        name: 'Profile database',
        role: 'document-database',
        technology: 'MongoDB',
        purpose: 'Holds user profiles.',
      }),
      buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
    ]),
  ];

  it('lists every component of the kind with its own necessity and purpose, and only those', () => {
    const answer = answerQuestion('Which relational database does Quillstack use?', catalogue);
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toBe(
      'Quillstack (Standard): Ledger database (PostgreSQL), required: Keeps accounts. MySQL, optional: Holds monthly reports.',
    );
  });

  it('reads the kind past a word that only says how it is used ("require")', () => {
    expect(answerQuestion('Which document database does Quillstack require?', catalogue).answer).toBe(
      'Quillstack (Standard): Profile database (MongoDB), required: Holds user profiles.',
    );
  });

  it('reads a kind of three words', () => {
    const withMailer = [
      buildAskArchitectureWith([
        buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
        buildComponentInput({
          id: 'mailer',
          name: 'Mailer',
          role: 'email-sms-gateway',
          technology: 'SMTP relay',
          purpose: 'Sends sign-in codes.',
        }),
      ]),
    ];
    expect(answerQuestion('Which email SMS gateway does Quillstack use?', withMailer).answer).toBe(
      'Quillstack (Standard): Mailer (SMTP relay), required: Sends sign-in codes.',
    );
  });

  it('cites where each necessity is stated', () => {
    const urls = answerQuestion('Which relational database does Quillstack use?', catalogue).sources.map((source) => source.url);
    expect(urls).toContain('/architectures/quillstack/#src-authgear-self-managed-deployment-options');
    expect(urls).not.toContain('/architectures/quillstack/#component-profile-db');
    // The ledger's setting is cited elsewhere; the answer does not rest on it.
    expect(urls).not.toContain('/architectures/quillstack/#src-authgear-self-managed-introduction');
  });
});

describe('answerLookup: which node type, when the best facts name none', () => {
  const cite = 'authgear-self-managed#resources-reference';
  // The requirement note shares the most words with the question; the purpose names the size and comes second.
  const withSize = (size: string) => [
    buildAskArchitectureWith([
      buildSessionCacheInput({
        purpose: `Keeps sign-in sessions on a ${size} node.`,
        notes: [
          {
            kind: 'requirement',
            text: 'Pick the node type of the session cache by expected memory; the vendor suggests sizing by sessions.',
            source: cite,
          },
        ],
      }),
    ]),
  ];
  const question = 'Which node type does Quillstack suggest for the session cache?';
  const note =
    'Session cache: Requirement: Pick the node type of the session cache by expected memory; the vendor suggests sizing by sessions.';

  it.each(['cache.t3.medium', 'db.r8g.16xlarge', 'm6i.large', 'inf2.xlarge', 'Standard_D4s_v5', 'n2-standard-16', 'c2d-highcpu-8'])(
    'leads with the close runner-up that names a cloud size (%s)',
    (size) => {
      expect(answerQuestion(question, withSize(size)).answer).toBe(
        `Quillstack (Standard): Session cache: Keeps sign-in sessions on a ${size} node. ${note}`,
      );
    },
  );

  it('does not lead with a far weaker fact that names one', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildSessionCacheInput({
          purpose: 'Keeps sign-in sessions.',
          examples: ['Runs on cache.t3.medium'],
          notes: [
            {
              kind: 'requirement',
              text: 'Pick the node type of the session cache by expected memory; the vendor suggests sizing by sessions.',
              source: cite,
            },
          ],
        }),
      ]),
    ];
    expect(answerQuestion(question, catalogue).answer).toBe(`Quillstack (Standard): ${note}`);
  });

  it('does not lead with a fact that names no cloud size', () => {
    expect(answerQuestion(question, withSize('medium')).answer).toBe(`Quillstack (Standard): ${note}`);
  });
});

describe('answerLookup: facts that say the same of several parts', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const managed = (technology: string) => ({
    kind: 'recommendation' as const,
    text: `Use a managed ${technology} service to reduce upkeep work.`,
    source: cite,
  });
  const catalogue = [
    buildAskArchitectureWith([
      buildLedgerInput({ notes: [managed('PostgreSQL')] }),
      buildSessionCacheInput({ notes: [managed('Redis')] }),
      buildComponentInput({
        id: 'search',
        name: 'Search index',
        role: 'search-engine',
        technology: 'Frobsearch',
        notes: [managed('Frobsearch')],
      }),
    ]),
  ];

  it('adds, to the facts chosen, the close runners-up that say the same of other parts, only for "which …s"', () => {
    const plural = buildAnswerContext(catalogue, 'Which services does Quillstack suggest running managed to reduce upkeep?');
    const ranked = plural.ranked();
    const same = ranked.filter((scored) => scored.fact.text.startsWith('Recommendation: Use a managed'));
    const purpose = plural.index.factsByArchitecture.get('quillstack')?.find((fact) => fact.attribute === 'purpose');
    const other = purpose && { fact: purpose, score: (same[0]?.score ?? 0) * 0.65, covered: new Set<string>() };
    const [first, second, third] = same;
    if (!first || !second || !third || !other) throw new Error('fixture facts missing');
    // Runners-up scored lower than the best but within 0.6 of it join; a fact saying something else does not.
    const lowered = [first, { ...second, score: first.score * 0.7 }, { ...third, score: first.score * 0.5 }, other];
    expect(addParallelFacts(plural, lowered, [first, other]).map((scored) => scored.fact.text)).toEqual([
      first.fact.text,
      second.fact.text,
      other.fact.text,
    ]);
    const singular = buildAnswerContext(catalogue, 'Which service does Quillstack suggest running managed to reduce upkeep?');
    expect(addParallelFacts(singular, lowered, [first, other])).toEqual([first, other]);
  });

  it('lists every part a "which …s" question is answered for by the same statement', () => {
    const answer = answerQuestion('Which services does Quillstack suggest running managed to reduce upkeep?', catalogue).answer ?? '';
    for (const technology of ['PostgreSQL', 'Redis', 'Frobsearch']) expect(answer).toContain(`Use a managed ${technology} service`);
  });

  it('keeps to the best fact for a question about one part', () => {
    const answer = answerQuestion('Should the Quillstack ledger database run managed to reduce upkeep?', catalogue).answer ?? '';
    expect(answer).toContain('Use a managed PostgreSQL service');
    expect(answer).not.toContain('Use a managed Frobsearch service');
  });
});

describe('answerLookup: how often, when the facts state no frequency', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const ledger = (text: string) =>
    buildAskArchitectureWith([buildLedgerInput({ notes: [{ kind: 'recommendation', text, source: cite }] })]);
  const question = 'How often should the Quillstack ledger be backed up?';

  it('drafts no answer when the facts that share its words say nothing of how often', () => {
    expect(answerLookup(buildAnswerContext([ledger('Back up the ledger to object storage.')], question)).text).toBeNull();
    // A word that only says something repeats ("reloaded often") states no frequency either.
    expect(answerLookup(buildAnswerContext([ledger('The ledger is backed up and reloaded often.')], question)).text).toBeNull();
  });

  it('asks no frequency when only a sentence before the question says "how often"', () => {
    const scene = 'We must justify how often we back up the ledger. What does the Quillstack ledger keep?';
    const store = buildAskArchitectureWith([buildLedgerInput({ purpose: 'Keeps the tenant records and their audit trail.' })]);
    expect(answerLookup(buildAnswerContext([store], scene)).text).toMatch(/tenant records/);
  });

  it('answers with a fact that states one ("every", "nightly", an interval)', () => {
    expect(answerLookup(buildAnswerContext([ledger('Back up the ledger before every upgrade.')], question)).text).toMatch(/every upgrade/);
    expect(answerLookup(buildAnswerContext([ledger('Back up the ledger nightly.')], question)).text).toMatch(/nightly/);
    expect(answerLookup(buildAnswerContext([ledger('Set the ledger backup interval to 3600 seconds.')], question)).text).toMatch(
      /interval/,
    );
  });
});

describe('answerLookup: how long, when the facts state no span of time', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const ledger = (text: string) =>
    buildAskArchitectureWith([
      buildLedgerInput({ notes: [{ kind: 'recommendation', text: `Each ledger major version ${text}`, source: cite }] }),
    ]);

  it('drafts no answer when the facts that share its words state no span', () => {
    const question = 'How long is each Quillstack ledger major version supported?';
    const draft = answerLookup(buildAnswerContext([ledger('is supported until major version 4 ships.')], question));
    expect(draft.text).toBeNull();
    expect(draft.facts[0]?.text).toMatch(/^Recommendation: Each ledger major version is supported until/);
    expect(answerLookup(buildAnswerContext([ledger('is supported for 18 months.')], question)).text).toMatch(/18 months/);
  });

  it('asks no span when only a sentence before the question says "how long"', () => {
    const scene = 'We plan how long each ledger major version stays. What does the Quillstack ledger keep?';
    const store = buildAskArchitectureWith([buildLedgerInput({ purpose: 'Keeps the tenant records and their audit trail.' })]);
    expect(answerLookup(buildAnswerContext([store], scene)).text).toMatch(/tenant records/);
  });

  it('drafts no answer when the only span stated is of something else than what the question asks about', () => {
    const question = 'How long do Quillstack user sessions last before they expire?';
    expect(answerLookup(buildAnswerContext([ledger('is supported for 18 months.')], question)).text).toBeNull();
  });

  it('answers with a span in days to years or in seconds to hours', () => {
    expect(
      answerQuestion('How long is each Quillstack ledger major version supported?', [ledger('is supported for 18 months.')]).answer,
    ).toMatch(/18 months/);
    expect(
      answerQuestion('How long is the Quillstack ledger major version grace period?', [ledger('has a grace period of 900 seconds.')])
        .answer,
    ).toMatch(/900 seconds/);
  });

  it('leaves a span the question only gives ("for a few weeks") to the other rules', () => {
    expect(
      answerQuestion('For a few weeks, is each Quillstack ledger major version supported?', [
        ledger('is supported until major version 4 ships.'),
      ]).answer,
    ).not.toBeNull();
  });
});

describe('answerLookup: how many, when the best fact states no figure', () => {
  const options = 'authgear-self-managed#deployment-options';
  const worker = buildComponentInput({
    id: 'job-worker',
    name: 'Job worker',
    role: 'job-worker',
    technology: 'Quill',
    purpose: 'Runs background jobs from the queue; add replicas as the queue grows.',
  });

  it('leads with a close runner-up that states one', () => {
    const catalogue = [
      buildAskArchitectureWith([
        { ...worker, settings: [{ name: 'queue.worker.replicas', value: '3', status: 'default', source: options }] },
      ]),
    ];
    expect(answerQuestion('How many job worker replicas does Quillstack keep?', catalogue).answer).toBe(
      'Quillstack (Standard): Job worker: queue.worker.replicas = 3 (default). Job worker: Runs background jobs from the queue; add replicas as the queue grows.',
    );
  });

  it('states the figure once when the best fact already holds it', () => {
    const catalogue = [
      buildAskArchitectureWith([
        {
          ...worker,
          purpose: 'Runs background jobs on 3 replicas.',
          notes: [
            {
              kind: 'requirement',
              text: 'Scale the job worker replicas with the queue length; more replicas drain the queue faster.',
              source: 'authgear-self-managed#resources-reference',
            },
          ],
        },
      ]),
    ];
    const answer = answerQuestion('How many job worker replicas does Quillstack run for the queue?', catalogue).answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Job worker: Runs background jobs on 3 replicas\./);
    expect(answer.match(/on 3 replicas/g)).toHaveLength(1);
  });

  it('declines rather than give a far weaker figure about another component', () => {
    const catalogue = [
      buildAskArchitectureWith([
        worker,
        buildQuillApiInput({
          purpose: 'Serves the sign-in API.',
          settings: [{ name: 'api.replicas', value: '2', status: 'default', source: options }],
        }),
      ]),
    ];
    const answer = answerQuestion('How many job worker replicas does Quillstack keep?', catalogue);
    expect(answer.kind).toBe('declined');
    expect(answer.answer).toBeNull();
  });
});

describe('answerLookup: exactly how many, when the facts say only "multiple"', () => {
  const vague = [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'job-worker',
        name: 'Job worker',
        role: 'job-worker',
        technology: 'Quill',
        purpose: 'Runs background jobs; the API starts multiple job workers by default.',
      }),
    ]),
  ];

  it('declines "exactly how many" but answers a plain "how many" with the vague count', () => {
    const exact = answerQuestion('Exactly how many job workers does the Quillstack API start by default?', vague);
    expect(exact.kind).toBe('declined');
    expect(exact.answer).toBeNull();
    expect(answerQuestion('How many job workers does the Quillstack API start by default?', vague).answer).toContain(
      'multiple job workers by default',
    );
  });
});

describe('answerLookup: what port, when the facts state no port', () => {
  it('declines "what port" rather than answer with a replica count, and still answers "how many replicas"', () => {
    const catalogue = [buildAskArchitecture()];
    const port = answerQuestion('What port does the Quillstack worker use?', catalogue);
    expect(port.answer).toBeNull();
    expect(port.declined).toBe('The vendor documents archkb holds for Quillstack state no port numbers.');
    expect(answerQuestion('How many replicas does the Quillstack worker run?', catalogue).answer).toContain('worker.replicaCount = 1');
  });
});

describe('answerLookup: what a component is used for', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'audit-relay',
        name: 'Audit relay',
        role: 'application-service',
        technology: 'Quill',
        purpose: 'Forwards events to the archive.',
        notes: [{ kind: 'option', text: 'During nightly ledger export runs the audit relay holds the export files.', source: cite }],
      }),
    ]),
  ];

  it('leads with the component’s purpose when another of its facts shares more of the question’s words', () => {
    expect(answerQuestion('What is the Quillstack audit relay used for during nightly ledger export runs?', catalogue).answer).toBe(
      'Quillstack (Standard): Audit relay: Forwards events to the archive. Audit relay: Option: During nightly ledger export runs the audit relay holds the export files.',
    );
  });

  it('states the purpose once when the chosen facts already hold it', () => {
    const answer = answerQuestion('What is the Quillstack audit relay used for during ledger exports?', catalogue).answer ?? '';
    expect(answer).toContain('During nightly ledger export runs the audit relay holds the export files.');
    expect(answer.match(/Forwards events to the archive/g)).toHaveLength(1);
  });
});

describe('answerLookup: every fact of the kind asked in the plural', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const withPorts = (apiPorts: number) =>
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'ledger-db',
        name: 'Ledger database',
        ports: [{ port: 5432, protocol: 'tcp', purpose: 'Ledger connections.', source: cite }],
      }),
      buildQuillApiInput({
        ports: Array.from({ length: apiPorts }, (_, i) => ({
          port: 8080 + i,
          protocol: 'tcp' as const,
          purpose: `API listener ${i + 1}.`,
          source: cite,
        })),
      }),
    ]);

  it('gives every component’s, each under its component, or only the one component named', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          ports: [{ port: 5432, protocol: 'tcp', purpose: 'Ledger connections.', source: cite }],
        }),
        buildQuillApiInput({ ports: [{ port: 8080, protocol: 'tcp', purpose: 'The sign-in API.', source: cite }] }),
        buildSessionCacheInput({ ports: [{ port: 6379, protocol: 'tcp', purpose: 'Cache traffic.', source: cite }] }),
      ]),
    ];
    expect(answerQuestion('Which ports does Quillstack use?', catalogue).answer).toBe(
      'Quillstack (Standard): Ledger database: Port 5432/tcp: Ledger connections. Quill API: Port 8080/tcp: The sign-in API. Session cache: Port 6379/tcp: Cache traffic.',
    );
    expect(answerQuestion('Which ports does the Quillstack session cache use?', catalogue).answer).toBe(
      'Quillstack (Standard): Session cache: Port 6379/tcp: Cache traffic.',
    );
  });

  it('keeps to the component named, with every one of its facts of the kind, though another shares a word of its name', () => {
    const port = (number: number, purpose: string) => ({ port: number, protocol: 'tcp' as const, purpose, source: cite });
    const catalogue = [
      buildAskArchitectureWith([
        buildLedgerInput({
          purpose: 'Keeps accounts.',
          ports: [5432, 5433, 5434, 5435, 5436, 5437].map((number, i) => port(number, `Ledger listener ${i + 1}.`)),
        }),
        buildComponentInput({
          id: 'profile-db',
          name: 'Profile database',
          role: 'document-database',
          technology: 'MongoDB',
          purpose: 'Holds user profiles.',
          ports: [port(27017, 'Profile queries.')],
        }),
      ]),
    ];
    const ledgerPorts = [5432, 5433, 5434, 5435, 5436, 5437].map(
      (number, i) => `Ledger database: Port ${number}/tcp: Ledger listener ${i + 1}.`,
    );
    expect(answerQuestion('Which ports does the Quillstack ledger database use?', catalogue).answer).toBe(
      `Quillstack (Standard): ${ledgerPorts.join(' ')}`,
    );
  });

  it('gives at most eight', () => {
    const answer = answerQuestion('Which ports does Quillstack use?', [withPorts(10)]).answer ?? '';
    const ports = answer.match(/Port \d+\/tcp/g) ?? [];
    // The best-ranked first; the close runners-up and the rest of the kind after it, eight in all and none twice.
    expect(ports[0]).toBe('Port 5432/tcp');
    expect(ports).toHaveLength(8);
    expect(new Set(ports).size).toBe(8);
  });

  it('gives the best one and only its close runners-up, not every port, when asked in the singular', () => {
    const answer = answerQuestion('Which port does Quillstack use?', [withPorts(10)]).answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Ledger database: Port 5432\/tcp: Ledger connections\./);
    expect((answer.match(/Port \d+\/tcp/g) ?? []).length).toBeLessThanOrEqual(4);
  });
});

describe('answerLookup: the list a fact points at, among other components’ lists', () => {
  const catalogue = [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'backup-store',
        name: 'Backup store',
        role: 'object-storage',
        purpose: 'Keeps nightly backups.',
        examples: ['Tape library', 'Cold bucket'],
      }),
      buildKeyStoreInput(true),
    ]),
  ];

  it('adds the pointing component’s examples, not another component’s', () => {
    expect(answerQuestion('Where should Quillstack signing keys be kept?', catalogue).answer).toBe(
      'Quillstack (Standard): Key store: Requirement: Keep the signing keys outside the repository with one of the listed methods. ' +
        'Key store: Examples the vendor names: Cloud key management service and Hardware security module.',
    );
  });

  it('adds no examples when no chosen fact points at a list', () => {
    const withoutPointer = [buildAskArchitectureWith([buildKeyStoreInput(false)])];
    expect(answerQuestion('What does the Quillstack key store keep?', withoutPointer).answer).toBe(
      'Quillstack (Standard): Key store: Keeps signing keys.',
    );
  });

  it('does not repeat the examples when the answer already holds them', () => {
    const answer =
      answerQuestion('Which listed methods keep Quillstack signing keys, such as a hardware security module?', catalogue).answer ?? '';
    expect(answer).toContain('one of the listed methods');
    expect(answer.match(/Hardware security module/g)).toHaveLength(1);
  });
});

describe('answerLookup: the kind asked in the plural, led by a neighbouring fact', () => {
  it('puts the figures asked for before the host fact that matched the question best', () => {
    const answer = ask('What are the Quillstack application box requirements?').answer ?? '';
    const figures =
      'Quillstack (Standard): Application box: 1 node × (2 vCPU, 4 GB memory), minimum. Application box: 3 nodes × (4 vCPU, 16 GB memory), for high availability.';
    expect(answer.startsWith(figures)).toBe(true);
    expect(answer).toContain('Quill API and Quill worker run together on one server (Application box).');
    expect(answer.match(/Application box: 1 node × \(2 vCPU, 4 GB memory\), minimum/g)).toHaveLength(1);
  });

  it('keeps the neighbouring fact that led when the kind asked in the plural fills the answer', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const catalogue = buildCrowdedCacheCatalogue(cite);
    const answer =
      answerQuestion(
        'Which Amazon ElastiCache settings does Quillstack recommend for the session cache on AWS: larger nodes, eviction?',
        catalogue,
      ).answer ?? '';
    expect(answer).toContain('cache.t3.medium');
    expect(answer).toContain('cache.eviction = noeviction');
    // Ten more settings are of the kind asked; they only fill the room left, eight facts in all.
    expect(answer.match(/Session cache: /g)).toHaveLength(8);
  });
});

describe('answerLookup: a question listing several items', () => {
  it('answers each item a question lists with a fact of its own', () => {
    const answer = ask('Quillstack: API purpose, ledger database storage, session cache persistence, worker replica count?').answer ?? '';
    expect(answer).toContain('Quill API: Serves the sign-in API.');
    expect(answer).toContain('Quill worker: worker.replicaCount = 1 (default).');
    expect(answer).toContain('100 GB storage');
    expect(answer).toContain('Persistence is optional');
  });

  it('does not count a fact holding only some of an item’s words as answering it', () => {
    // The session cache's purpose holds "purpose" but not "API": the API's own purpose must still be given.
    const answer = ask('Quillstack: API purpose, session cache persistence, worker replica count').answer ?? '';
    expect(answer).toContain('Serves the sign-in API.');
  });

  it('gives each component the question names by its own word a fact, beside one that mentions them all', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const catalogue = [
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'volume-driver',
          name: 'Volume driver',
          role: 'persistent-volume',
          purpose: 'Provides the persistent volumes behind Bucketd and Kvd.',
        }),
        buildComponentInput({
          id: 'bucket-store',
          name: 'Bucket store',
          technology: 'Bucketd',
          requirements: [{ scope: 'default', storage: '2 GiB', source: cite }],
        }),
        buildComponentInput({
          id: 'kv-store',
          name: 'Key-value store',
          technology: 'Kvd',
          requirements: [{ scope: 'default', storage: '100 MiB', source: cite }],
        }),
      ]),
    ];
    const answer = answerQuestion('How much persistent storage does Quillstack give Bucketd and Kvd?', catalogue).answer ?? '';
    expect(answer).toContain('Bucket store: 2 GiB storage');
    expect(answer).toContain('Key-value store: 100 MiB storage');
  });
});

describe('answerLookup: a mass noun asks for every fact of its kind', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({}),
      buildSessionCacheInput({
        purpose: 'Keeps sign-in sessions and the job queues.',
        settings: [
          {
            name: 'maxmemory-policy',
            value: 'noeviction',
            status: 'required',
            text: 'The job queues need keys never evicted.',
            source: cite,
          },
          { name: 'appendonly', value: 'yes', status: 'required', text: 'Persistence must be on.', source: cite },
          { name: 'port', value: '6379', status: 'default', source: cite },
        ],
      }),
    ]),
  ];

  it('lists every setting of the part for "cfg" or "config", as for "settings", not only those sharing the question’s words', () => {
    for (const question of ['quillstack redis cfg for job queues?', 'quillstack redis config for job queues?']) {
      const answer = answerQuestion(question, catalogue).answer ?? '';
      expect(answer).toContain('maxmemory-policy = noeviction (required)');
      expect(answer).toContain('appendonly = yes (required)');
      expect(answer).toContain('port = 6379 (default)');
    }
  });
});

describe('answerLookup: the draft’s strength, lead and margin', () => {
  it('measures the margin against the best-ranked fact about another component', () => {
    const context = buildAnswerContext(catalogue, 'What does the Quillstack ledger database keep?');
    const draft = answerLookup(context);
    const ranked = context.ranked();
    const best = ranked.find((scored) => scored.fact === draft.facts[0]);
    const other = ranked.find((scored) => scored.fact.component !== 'ledger-db');
    expect(draft.facts[0]?.component).toBe('ledger-db');
    expect(best && other).toBeTruthy();
    expect(draft.margin).toBeCloseTo(1 - (other?.score ?? 0) / (best?.score ?? 1), 9);
    expect(draft.margin).toBeGreaterThan(0);
    expect(draft.margin).toBeLessThan(1);
  });

  it('measures the margin of a product-wide fact against facts about anything but the product', () => {
    const noted = [
      buildAskArchitecture({
        notes: [
          { kind: 'info', text: 'Backups run nightly at 2 am.', source: 'authgear-self-managed#deployment-options' },
          { kind: 'info', text: 'Backups run weekly to a second site.', source: 'authgear-self-managed#deployment-options' },
        ],
      }),
    ];
    const context = buildAnswerContext(noted, 'When do Quillstack backups run nightly?');
    const draft = answerLookup(context);
    const ranked = context.ranked();
    const [lead] = draft.facts;
    expect(lead?.component).toBeNull();
    expect(lead?.text).toContain('nightly');
    // The second backup note is about the same subject (the product), so it is no runner-up.
    const best = ranked.find((scored) => scored.fact === lead);
    const other = ranked.find((scored) => scored.fact.component !== null || scored.fact.subject !== lead?.subject);
    expect(draft.margin).toBeCloseTo(other ? 1 - other.score / (best?.score ?? 1) : 1, 9);
    expect(draft.margin).toBeGreaterThan(0);
  });

  it('gives a strength of the best fact’s score over 1.6 times the weight of the question’s words, at most 1', () => {
    const context = buildAnswerContext(
      catalogue,
      'What does the Quillstack ledger database keep during zebra migrations across quokka regions?',
    );
    const draft = answerLookup(context);
    const best = context.ranked().find((scored) => scored.fact === draft.facts[0]);
    const weight = listQueryTokens(context.index, context.reading)
      .filter((token) => !context.reading.scene.includes(token))
      .reduce((sum, token) => sum + weighToken(context.index, token, context.scope), 0);
    expect(draft.strength).toBeCloseTo(Math.min(1, (best?.score ?? 0) / (weight * 1.6)), 9);
    expect(draft.strength).toBeGreaterThan(0);
    expect(draft.strength).toBeLessThan(1);
    expect(draft.lead).toBeGreaterThan(0);
  });

  it('declines as a lookup with nothing to say when no fact holds a word of the question', () => {
    expect(answerLookup(buildAnswerContext(catalogue, 'zebra quokka?'))).toEqual({
      kind: 'lookup',
      text: null,
      facts: [],
      coverage: 0,
      strength: 0,
    });
  });

  it('writes each product’s facts under its own label, the groups one space apart', () => {
    const context = buildAnswerContext([...catalogue, buildArchitecture()], 'Ledger database accounts and product state?');
    expect(answerLookup(context).text).toBe(
      'Fixture: PostgreSQL: Stores the product state. Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records.',
    );
  });
});

describe('answerLookup: which kind, over several products', () => {
  it('does not read a kind when the question leads with a word of how it is used ("what requires a database")', () => {
    expect(answerLookup(buildAnswerContext(catalogue, 'What requires a relational database in Quillstack?')).text).toBe(
      'Quillstack (Standard): Ledger database: Required.',
    );
  });

  it('answers "which database" with facts, not one product’s parts of that kind, when the question names no product', () => {
    // Both products have a relational database; listing the first product's would pass over the other.
    const context = buildAnswerContext([...catalogue, buildArchitecture()], 'Which database is used?');
    expect(answerLookup(context).text).toBe('Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records.');
  });
});

describe('answerLookup: the order of the facts chosen', () => {
  const attributesOf = (question: string) =>
    answerLookup(buildAnswerContext(catalogue, question)).facts.map((fact) => `${fact.component}/${fact.attribute}`);

  it('keeps the chosen order when a chosen fact already gives the kind asked ("used for")', () => {
    // The persistence note shares more of the question's words; the purpose, already chosen, does not move ahead of it.
    expect(attributesOf('What is the Quillstack session cache used for, and is its persistence optional after a restart?')).toEqual([
      'session-cache/note',
      'session-cache/purpose',
    ]);
  });

  it('adds the other facts of the kind asked in the plural after the facts chosen, when that kind leads', () => {
    // The API has four settings; the purpose, chosen for "what does it serve", stays second.
    expect(attributesOf('Which settings does the Quillstack API have, and what does it serve?')).toEqual([
      'quill-api/setting',
      'quill-api/purpose',
      'quill-api/setting',
      'quill-api/setting',
      'quill-api/setting',
    ]);
  });

  it('does not widen a plural kind to every fact of it in one product when the question names no product', () => {
    // Both products are in scope; widening would add the worker's, the ledger's and the cache's default settings.
    // Close runners-up about other parts may join the chosen facts; widening would take all six, up to eight facts.
    const facts = answerLookup(buildAnswerContext([...catalogue, buildArchitecture()], 'Which settings are defaults?')).facts;
    const ids = facts.map((fact) => `${fact.component}/${fact.attribute}`);
    expect(ids.length).toBeLessThanOrEqual(4);
    expect(ids.every((id) => id.endsWith('/setting'))).toBe(true);
    expect(ids).not.toContain('session-cache/setting');
  });
});

describe('answerLookup: a group asked for by its label', () => {
  it('leads with the member list of the group whose label the question names when it asks to list them', () => {
    expect(ask('List the ledger and caches items of Quillstack for sign-ins and audit records.').answer).toMatch(
      /^Quillstack \(Standard\): Ledger and caches: Ledger database and Session cache\./,
    );
    // A yes/no question about a member is not answered by the list.
    expect(ask('Is the ledger one of the Quillstack ledger and caches services?').answer ?? '').not.toMatch(
      /^Quillstack \(Standard\): Ledger and caches:/,
    );
  });
});

describe('answerLookup: several components or items named', () => {
  const describeFacts = (question: string) =>
    answerLookup(buildAnswerContext(catalogue, question)).facts.map((fact) => `${fact.component}/${fact.attribute}`);

  it('gives each component named by its own word one fact, and no fact twice, when the chosen facts already cover them', () => {
    expect(describeFacts('What do the Quillstack ledger database and session cache keep?').sort()).toEqual([
      'ledger-db/purpose',
      'session-cache/purpose',
    ]);
  });

  it('gives each component named its best fact though a weaker one of it was chosen for a word another fact shares', () => {
    const volumes = buildAskArchitectureWith([
      buildComponentInput({
        id: 'volume-provider',
        name: 'Volume provider',
        role: 'persistent-volume',
        purpose: 'Provides the persistent volumes behind the ledger and the session cache.',
      }),
      buildLedgerInput({
        purpose: 'Keeps accounts.',
        requirements: [
          { scope: 'default', storage: '4 GB', note: 'Size of the ledger volume.', source: 'authgear-self-managed#resources-reference' },
        ],
      }),
      buildSessionCacheInput({
        purpose: 'Runs in the cluster from the chart.',
        requirements: [{ scope: 'default', storage: '1 GB', source: 'authgear-self-managed#resources-reference' }],
      }),
    ]);
    const answer = answerLookup(
      buildAnswerContext(
        [volumes],
        'What are the default persistent volume sizes for the ledger and the session cache in the Quillstack chart?',
      ),
    );
    expect(answer.text).toMatch(/\b4 ?GB\b/);
    expect(answer.text).toMatch(/\b1 ?GB\b/);
  });

  it('answers a list of eleven items with at most eight facts', () => {
    const facts = describeFacts(
      'Quillstack: ledger storage, cache persistence, worker replicas, api autoscaling, ledger image, cache console, api replicas, worker purpose, api purpose, ledger purpose, cache purpose?',
    );
    expect(facts).toHaveLength(8);
  });
});

describe('answerLookup: how to switch a part to another kind', () => {
  it('answers "how do I switch X from A to B" with the settings that do it, not only what X is', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
        buildComponentInput({
          id: 'file-store',
          name: 'File store',
          role: 'object-storage',
          technology: 'MinIO',
          purpose: 'Keeps uploaded files: a bundled MinIO pod by default, or an S3 bucket.',
          notes: [{ kind: 'info', text: 'The bundled MinIO pod keeps uploaded files on one volume.', source: cite }],
          settings: [
            { name: 'store.minio', value: 'true', status: 'default', text: 'Set to false when using an S3 bucket.', source: cite },
            {
              name: 'store.url',
              value: 'http://minio:9000',
              status: 'default',
              text: 'Point it at the bucket when using S3.',
              source: cite,
            },
          ],
          source: cite,
        }),
      ]),
    ];
    const { answer } = answerQuestion('How do I switch the Quillstack file store from the bundled MinIO to an S3 bucket?', catalogue);
    expect(answer).toContain('store.minio = true (default): Set to false when using an S3 bucket.');
    expect(answer).toContain('store.url = http://minio:9000 (default): Point it at the bucket when using S3.');
  });
});

describe('answerLookup: where a part keeps something', () => {
  const ask = (question: string) => answerQuestion(question, [buildAskArchitecture()]).answer ?? '';

  it('follows the purpose with the technology when the part is named by its role', () => {
    expect(ask('Where does Quillstack keep sign-in sessions?')).toMatch(
      /Session cache: Keeps sign-in sessions\. Session cache: Technology: Redis\./,
    );
  });

  it('adds no technology when the question asks no "where", or the name already says it', () => {
    expect(ask('What does the Quillstack session cache keep?')).not.toMatch(/Technology/);
    const named = answerQuestion('Where does Quillstack keep sign-in sessions?', [
      buildAskArchitectureWith([buildQuillApiInput(), buildSessionCacheInput({ name: 'Redis cache', purpose: 'Keeps sign-in sessions.' })]),
    ]).answer;
    expect(named).toMatch(/Redis cache: Keeps sign-in sessions\./);
    expect(named).not.toMatch(/Technology/);
  });
});

describe('answerLookup: the part named right before "settings"', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'job-worker',
        name: 'Job worker',
        role: 'job-worker',
        technology: 'Quill',
        purpose: 'Runs background jobs in its own container.',
        settings: [
          {
            name: 'JOB_TIMEOUT_SECONDS',
            value: '60',
            status: 'default',
            text: 'Longest a job may run in a separate worker container.',
            source: cite,
          },
          { name: 'JOB_CONCURRENCY', value: '5', status: 'default', text: 'Jobs one worker container runs at once.', source: cite },
        ],
      }),
      buildSessionCacheInput({
        purpose: 'Holds the job queue.',
        settings: [
          { name: 'maxmemory-policy', value: 'noeviction', status: 'required', text: 'The queue must never lose keys.', source: cite },
          { name: 'appendonly', value: 'yes', status: 'required', source: cite },
        ],
      }),
    ]),
  ];

  it('lists that part’s settings, not those a later clause’s words match', () => {
    const answer =
      answerQuestion('Which session cache settings does Quillstack require when jobs run in separate worker containers?', catalogue)
        .answer ?? '';
    expect(answer).toContain('Session cache: maxmemory-policy = noeviction (required)');
    expect(answer).toContain('Session cache: appendonly = yes (required)');
    expect(answer).not.toContain('JOB_TIMEOUT_SECONDS');
    expect(answer).not.toContain('JOB_CONCURRENCY');
  });

  it('keeps to the settings a joined second ask reaches', () => {
    const answer =
      answerQuestion('Which session cache settings does Quillstack need, and the job timeout of the worker?', catalogue).answer ?? '';
    expect(answer).toContain('maxmemory-policy = noeviction');
    expect(answer).toContain('JOB_TIMEOUT_SECONDS = 60');
  });

  // Each question below names the session cache right before a plural word for settings ("cache settings", "cache
  // values"), and its later clause ("when jobs run in separate worker containers") matches the worker's settings, so
  // the answer is the cache's two settings and none of the worker's.
  const expectCacheSettingsOnly = (question: string) => {
    const answer = answerQuestion(question, [...catalogue]).answer ?? '';
    expect(answer).toContain('Session cache: maxmemory-policy = noeviction (required)');
    expect(answer).toContain('Session cache: appendonly = yes (required)');
    expect(answer).not.toContain('JOB_TIMEOUT_SECONDS');
    expect(answer).not.toContain('JOB_CONCURRENCY');
  };

  it('reads the word before the plural word for settings, not before an earlier word ending in s ("its")', () => {
    expectCacheSettingsOnly('Which of its session cache settings does Quillstack require when jobs run in separate worker containers?');
  });

  it('reads the word before a plural that does not start with s ("values")', () => {
    expectCacheSettingsOnly('Which session cache values does Quillstack require when jobs run in separate worker containers?');
  });

  it('passes over a singular word for settings earlier in the question ("default")', () => {
    expectCacheSettingsOnly(
      'For the default setup, which session cache settings does Quillstack require when jobs run in separate worker containers?',
    );
  });

  it('passes over a plural word for settings that opens the question, which has no word before it', () => {
    expectCacheSettingsOnly('Settings: which session cache settings does Quillstack require when jobs run in separate worker containers?');
  });

  it('minds only an "and" after the word for settings, not one before it', () => {
    expectCacheSettingsOnly(
      'Jobs and queues: which session cache settings does Quillstack require when jobs run in separate worker containers?',
    );
  });

  it('does not read the product’s or its vendor’s name before "settings" as a part, though a part shares the word', () => {
    // The vendor is Quill Labs and the worker's technology is Quill: "Quill settings" names the deployment, so the part
    // the question names (the session cache) is the one asked about.
    const byVendor = answerQuestion('Which Quill settings does the session cache need?', [...catalogue]).answer ?? '';
    expect(byVendor).toContain('Session cache: maxmemory-policy = noeviction (required)');
    expect(byVendor).toContain('Session cache: appendonly = yes (required)');
    expect(byVendor).not.toContain('JOB_TIMEOUT_SECONDS');
    // "Quillstack settings" names no part: the job worker the question names keeps the answer to its own settings.
    const byProduct = answerQuestion('Which Quillstack settings does the job worker need?', [...catalogue]).answer ?? '';
    expect(byProduct).toContain('Job worker: JOB_TIMEOUT_SECONDS = 60 (default)');
    expect(byProduct).toContain('Job worker: JOB_CONCURRENCY = 5 (default)');
    expect(byProduct).not.toContain('maxmemory-policy');
    expect(byProduct).not.toContain('appendonly');
  });

  it('does not read a word of the variant’s name before "values" as a part ("the Helm chart values")', () => {
    const helm = [
      buildAskArchitectureWith(
        [
          buildComponentInput({
            id: 'chart-renderer',
            name: 'Chart renderer',
            role: 'application-service',
            technology: 'Quill charts',
            settings: [{ name: 'RENDER_WORKERS', value: '4', status: 'default', text: 'Parallel chart renders.', source: cite }],
          }),
          buildSessionCacheInput({
            settings: [
              { name: 'maxmemory-policy', value: 'noeviction', status: 'required', text: 'The queue must never lose keys.', source: cite },
              { name: 'appendonly', value: 'yes', status: 'required', source: cite },
            ],
          }),
        ],
        { variants: [{ id: 'helm', name: 'Helm chart', summary: 'The Helm chart.', source: 'authgear-self-managed#introduction' }] },
      ),
    ];
    // "chart" is a word of the variant's name, so the values asked are the session cache's, the part the question names.
    const answer = answerQuestion('Which Helm chart values does the session cache need?', helm).answer ?? '';
    expect(answer).toContain('Session cache: maxmemory-policy = noeviction (required)');
    expect(answer).toContain('Session cache: appendonly = yes (required)');
  });

  it('takes a head word that stands for two words ("LB") as naming the part with both of them', () => {
    const balanced = [
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'load-balancer',
          name: 'Load balancer',
          role: 'load-balancer',
          technology: 'HAProxy',
          settings: [
            { name: 'timeout-client', value: '30s', status: 'default', text: 'Idle client timeout.', source: cite },
            { name: 'maxconn', value: '2000', status: 'default', source: cite },
          ],
        }),
        buildComponentInput({
          id: 'load-tester',
          name: 'Load tester',
          role: 'job-worker',
          technology: 'Quill',
          settings: [{ name: 'TEST_USERS', value: '100', status: 'default', text: 'Virtual users per run.', source: cite }],
        }),
      ]),
    ];
    // "LB" reads as "load balancer": the load tester has "load" but not "balancer".
    const answer = answerQuestion('Which LB settings does Quillstack need?', balanced).answer ?? '';
    expect(answer).toContain('Load balancer: maxconn = 2000 (default)');
    expect(answer).toContain('Load balancer: timeout-client = 30s (default)');
    expect(answer).not.toContain('TEST_USERS');
  });

  it('fills the room left by the other facts chosen with the named part’s settings, eight facts in all', () => {
    const crowded = buildCrowdedCacheCatalogue(cite);
    const answer =
      answerQuestion('Which session cache settings does Quillstack recommend on AWS: larger nodes, eviction?', crowded).answer ?? '';
    // The managed-service fact chosen for "larger nodes" stays, once, after the settings; of the eleven settings, the
    // one chosen for "eviction" and the first six others fill the seven places left.
    expect(answer.match(/cache\.t3\.medium or larger nodes/g)).toHaveLength(1);
    expect(answer.match(/Session cache: /g)).toHaveLength(8);
    expect(answer).toMatch(/cache\.eviction = noeviction .*cache\.option6 = 5 .*AWS: Amazon ElastiCache/);
    expect(answer).not.toContain('cache.option7');
  });
});

describe('answerLookup: the setting required instead of what a rule forbids', () => {
  const architectures = [buildAskArchitectureWith([buildModeRuledQueueStoreInput()])];

  it('follows rules against modes with the mode the component requires', () => {
    const answer = answerQuestion('quillstack queue store, we use redis cluster mode or sentinel?', architectures);
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toMatch(/^Quillstack \(Standard\): Queue store: Not supported: Redis (?:Cluster|Sentinel)\./);
    expect(answer.answer).toMatch(/Queue store: queue mode = standalone \(required\)\.$/);
    expect(answer.answer).not.toMatch(/queue\.timeout/);
  });

  it('adds no required setting when no rule leads the answer', () => {
    const answer = answerQuestion('what does the quillstack queue store hold?', architectures);
    expect(answer.answer).not.toMatch(/standalone/);
  });
});

describe('answerLookup: a count of copies', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const withBackend = (notes: { kind: 'info'; text: string; source: typeof cite }[]) => [
    buildAskArchitectureWith([
      buildAlphaBackendInput({
        notes: [
          {
            kind: 'info',
            text: 'The default install runs multiple worker daemons next to the backend; split them to scale each horizontally for availability.',
            source: cite,
          },
          ...notes,
        ],
      }),
    ]),
  ];
  const question = 'alpha backend for availability, how many replicas we run in quillstack?';

  it('finds no answer to "how many replicas" when the only figures count something else', () => {
    expect(answerLookup(buildAnswerContext(withBackend([]), question)).text).toBeNull();
  });

  it('answers it from a figure that counts copies', () => {
    const notes: { kind: 'info'; text: string; source: typeof cite }[] = [
      { kind: 'info', text: 'Run 3 replicas of it for availability.', source: cite },
    ];
    expect(answerLookup(buildAnswerContext(withBackend(notes), question)).text).toMatch(/3 replicas/);
  });
});

describe('answerLookup: a part named only by its role', () => {
  /** Quillstack with a node tuner whose role (autoscaler) is the only word of it a question about autoscaling shares. */
  const tunerCatalogue = () => [
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({
        id: 'node-tuner',
        name: 'Node tuner',
        role: 'autoscaler',
        technology: 'Tunewell',
        purpose: 'Adds and removes worker machines as the pods ask for them.',
      }),
    ]),
  ];

  it('follows a lead that only names the role with what the part does', () => {
    const answer = answerQuestion('Quillstack autoscaling?', tunerCatalogue()).answer ?? '';
    expect(answer).toContain('Role: Autoscaler');
    expect(answer).toContain('Adds and removes worker machines');
    expect(answer.indexOf('Role: Autoscaler')).toBeLessThan(answer.indexOf('Adds and removes'));
  });

  it('reads a comparison sheet\'s "row" and "col" labels before a colon, dash or question mark as no part of what is asked', () => {
    for (const question of ['Quillstack tuner col?', 'Quillstack tuner row: what?', 'row "tuner": Quillstack']) {
      const answer = answerQuestion(question, tunerCatalogue());
      expect(answer.declined, question).toBeUndefined();
      expect(answer.answer, question).toContain('Adds and removes worker machines');
    }
  });
});

describe('answerLookup: facts tied with the best one', () => {
  it('answers with every fact of the kind that explains the same words equally well', () => {
    const laned = buildLanedQuillstack('Open lane (one per zone)', 'Closed lane (one per zone)');
    expect(answerQuestion('Quillstack lanes per zone?', [laned]).answer).toBe(
      'Quillstack (Standard): Open lane (one per zone): Edge gate. Closed lane (one per zone): Quill API.',
    );
  });
});

describe('answerLookup: a count written in words before the thing counted', () => {
  const catalogue = [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'ledger-disk',
        name: 'Ledger disk',
        role: 'application-service',
        purpose: 'The one disk the ledger keeps its journal on.',
      }),
    ]),
  ];

  it('answers "how many disks" with the fact that counts one in words, rather than declining for want of a figure', () => {
    const answer = answerQuestion('How many disks does the Quillstack ledger keep its journal on?', catalogue);
    expect(answer.answer).toContain('The one disk the ledger keeps its journal on');
  });

  it('still declines a count no fact gives in figures or words', () => {
    expect(answerQuestion('How many journals does the Quillstack ledger keep?', catalogue).answer).toBeNull();
  });
});

describe('answerLookup: an imperative asking for a list', () => {
  const catalogue = [buildAskArchitectureWith([buildKeyStoreInput(false)])];

  it('adds the examples the vendor names to the part\'s purpose when the question opens "List the …"', () => {
    expect(answerQuestion('List the places Quillstack keeps signing keys in.', catalogue).answer).toContain('Hardware security module');
  });

  it('keeps to the purpose when the question asks where, without asking for a list', () => {
    expect(answerQuestion('Where does Quillstack keep signing keys?', catalogue).answer).not.toContain('Hardware security module');
  });
});

describe('answerLookup: a question asking for the choices a part allows', () => {
  const catalogue = [buildAskArchitectureWith([buildKeyStoreInput(false)])];

  it('adds the examples the vendor names when "which" or "what" asks for options or choices', () => {
    expect(answerQuestion('Which key store options does Quillstack give for signing keys?', catalogue).answer).toContain(
      'Hardware security module',
    );
    expect(answerQuestion('What choices does Quillstack leave for where signing keys are kept?', catalogue).answer).toContain(
      'Hardware security module',
    );
  });

  it('keeps to the purpose when "options" is asked of nothing ("the options" with no which or what)', () => {
    expect(answerQuestion('Where does Quillstack keep signing keys, given our options?', catalogue).answer).not.toContain(
      'Hardware security module',
    );
  });
});

describe('answerLookup: a note of the kind asked', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({
        requirements: [{ scope: 'production', vcpu: 2, memory: '4GB', source: cite }],
        notes: [
          { kind: 'requirement', text: 'Quill API instances need less than 5 ms round-trip latency between each other.', source: cite },
        ],
      }),
    ]),
  ];

  it('keeps a requirement note in the lead when the question asks what is required, a scene before it or not', () => {
    for (const question of [
      'Does Quillstack require less than 5 ms between Quill API instances?',
      'Our Quill API instances run in one data centre. Does Quillstack require less than 5 ms between Quill API instances?',
    ])
      expect(answerQuestion(question, catalogue).answer).toMatch(/^Yes\. .*less than 5 ms/);
  });
});
