import { describe, expect, it } from 'vitest';
import { answerQuestion, answerWithFeatures } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildLedgerInput } from '../../../fixtures/build-ask-architecture.ts';

const catalogue = [buildAskArchitecture()];
const ask = (question: string) => answerQuestion(question, catalogue);

describe('answerLookup', () => {
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
      buildComponentInput({
        id: 'quill-api',
        name: 'Quill API',
        role: 'application-service',
        technology: 'Quill',
        ports: [{ port: 8080, protocol: 'tcp', purpose: 'The sign-in API.', source: cite }],
      }),
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
      buildComponentInput({
        id: 'session-cache',
        name: 'Session cache',
        role: 'cache',
        technology: 'Redis',
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
      buildComponentInput({
        id: 'session-cache',
        name: 'Session cache',
        role: 'cache',
        technology: 'Redis',
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
});

describe('answerLookup: a fact that points at a list', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'key-store',
        name: 'Key store',
        role: 'secrets-manager',
        purpose: 'Keeps signing keys.',
        examples: ['Cloud key management service', 'Hardware security module'],
        notes: [
          { kind: 'requirement', text: 'Keep the signing keys outside the repository with one of the listed methods.', source: cite },
        ],
      }),
    ]),
  ];

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
  it('leads with the component of the kind asked ("what DB setup"), once, when another component ranks first', () => {
    const catalogue = [
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
          purpose: 'Keeps accounts; the vendor tests it as a managed PostgreSQL cluster.',
        }),
      ]),
    ];
    const answer = answerQuestion('Quillstack - what DB setup do they test with?', catalogue).answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\): Ledger database: Keeps accounts/);
    expect(answer.match(/Keeps accounts/g)).toHaveLength(1);
  });
});
