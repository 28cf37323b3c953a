import { describe, expect, it } from 'vitest';
import { answerManagedPerCloud } from '../../../../src/lib/ask/answerers/managed-per-cloud.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import {
  buildAskArchitectureWith,
  buildLanternpad,
  buildLedgerInput,
  buildQuillApiInput,
} from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';

/** Quillstack whose ledger names a managed database on Azure and Google Cloud, and whose API names one on AWS only. */
const perCloud = buildAskArchitectureWith([
  buildQuillApiInput({ managed: [{ cloud: 'aws', service: 'amazon-ecs', source: cite }] }),
  buildLedgerInput({
    managed: [
      { cloud: 'azure', service: 'azure-database-postgresql', source: cite },
      { cloud: 'gcp', service: 'cloud-sql-postgresql', source: cite },
    ],
  }),
]);

const answer = (question: string) => answerManagedPerCloud(buildAnswerContext([perCloud], question));

describe('answerManagedPerCloud', () => {
  it('gives, for each cloud asked, the managed service the part with services on the most of them names', () => {
    const draft = answer('Which managed services does Quillstack suggest for each cloud?');
    expect(draft?.facts.map((fact) => `${fact.component}: ${fact.text.split(':')[0]}`)).toEqual([
      'ledger-db: Azure',
      'ledger-db: Google Cloud',
    ]);
    expect(draft?.text).toContain('Azure Database for PostgreSQL flexible server');
    expect(draft?.text).toContain('Cloud SQL for PostgreSQL');
  });

  it('reads "per cloud" as "on each cloud", one service per cloud in the clouds\' order', () => {
    const everyCloud = buildAskArchitectureWith([
      buildLedgerInput({
        managed: [
          { cloud: 'azure', service: 'azure-database-postgresql', source: cite },
          { cloud: 'gcp', service: 'cloud-sql-postgresql', source: cite },
          { cloud: 'aws', service: 'amazon-rds-postgresql', source: cite },
        ],
      }),
    ]);
    expect(answerQuestion('Which managed PostgreSQL does Quillstack suggest per cloud?', [everyCloud]).answer).toBe(
      'Quillstack (Standard): Ledger database: AWS: Amazon RDS for PostgreSQL. Ledger database: Azure: Azure Database for PostgreSQL flexible server. Ledger database: Google Cloud: Cloud SQL for PostgreSQL.',
    );
  });

  it('answers the clouds the question names', () => {
    expect(answer('Which managed service does Quillstack name on Azure and Google Cloud?')?.facts).toHaveLength(2);
  });

  it('leaves a question about one cloud, or not about managed services, to the lookup', () => {
    expect(answer('Which managed service does Quillstack name on Azure?')).toBeNull();
    expect(answer('What does the Quillstack ledger keep on each cloud?')).toBeNull();
  });
});

/** Quillstack whose API and ledger each name managed services on two clouds, one of them shared (AWS). */
const twoParts = buildAskArchitectureWith([
  buildQuillApiInput({
    purpose: 'Serves sign-ins and token refresh.',
    managed: [
      { cloud: 'aws', service: 'amazon-ecs', source: cite },
      { cloud: 'azure', service: 'azure-kubernetes-service', source: cite },
    ],
  }),
  buildLedgerInput({
    managed: [
      { cloud: 'aws', service: 'amazon-rds-postgresql', source: cite },
      { cloud: 'gcp', service: 'cloud-sql-postgresql', source: cite },
    ],
  }),
]);

/** Each fact of a draft as "component: text". */
const factsOf = (draft: ReturnType<typeof answerManagedPerCloud>) => draft?.facts.map((fact) => `${fact.component}: ${fact.text}`);

describe('answerManagedPerCloud, the part and the services it picks', () => {
  it('writes every service of one layout after one label, each as its own sentence, as a lookup', () => {
    const draft = answer('Which managed services does Quillstack suggest for each cloud?');
    expect(draft?.kind).toBe('lookup');
    expect(draft?.text).toBe(
      'Quillstack (Standard): Ledger database: Azure: Azure Database for PostgreSQL flexible server. ' +
        'Ledger database: Google Cloud: Cloud SQL for PostgreSQL.',
    );
  });

  it('answers only a question about one product in scope', () => {
    const question = 'Which managed services does Quillstack suggest for each cloud?';
    expect(answerManagedPerCloud(buildAnswerContext([perCloud, buildLanternpad()], question))).toBeNull();
    expect(answerManagedPerCloud(buildAnswerContext([perCloud], question, ['frobcore']))).toBeNull();
  });

  it('does not widen one named cloud to every cloud because the question says "each"', () => {
    expect(answer('Which managed service does Quillstack name on Azure for each part?')).toBeNull();
  });

  it('needs services on two clouds: one cloud with a service is no per-cloud answer', () => {
    const oneCloud = buildAskArchitectureWith([
      buildLedgerInput({ managed: [{ cloud: 'gcp', service: 'cloud-sql-postgresql', source: cite }] }),
    ]);
    expect(
      answerManagedPerCloud(buildAnswerContext([oneCloud], 'Which managed services does Quillstack suggest for each cloud?')),
    ).toBeNull();
  });

  it('counts the cloud a named layout is written for as asked', () => {
    const harbor = buildAskArchitectureWith(
      [
        buildLedgerInput({
          managed: [
            { cloud: 'aws', service: 'amazon-rds-postgresql', source: cite },
            { cloud: 'azure', service: 'azure-database-postgresql', source: cite },
            { cloud: 'gcp', service: 'cloud-sql-postgresql', source: cite },
          ],
        }),
      ],
      {
        variants: [
          { id: 'standard', name: 'Standard', summary: 'One box.', source: cite },
          { id: 'harbor', name: 'Harbor layout', summary: 'Containers on one cloud.', cloud: 'aws', source: cite },
        ],
      },
    );
    const draft = answerManagedPerCloud(
      buildAnswerContext([harbor], 'Which managed service does the Quillstack harbor layout name for the ledger, and which on Azure?'),
    );
    expect(factsOf(draft)).toEqual([
      'ledger-db: AWS: Amazon RDS for PostgreSQL',
      'ledger-db: Azure: Azure Database for PostgreSQL flexible server',
    ]);
    expect(draft?.text).toMatch(/^Quillstack \(Harbor layout\): /);
  });

  it('takes, between parts with services on as many clouds, the one the question ranks first', () => {
    const ledger = answerManagedPerCloud(
      buildAnswerContext([twoParts], 'Which managed database does Quillstack suggest for the ledger on each cloud?'),
    );
    expect(factsOf(ledger)).toEqual(['ledger-db: AWS: Amazon RDS for PostgreSQL', 'ledger-db: Google Cloud: Cloud SQL for PostgreSQL']);
    // The API's purpose matches this question best, but its managed services do not: only those rank the parts.
    const postgres = answerManagedPerCloud(
      buildAnswerContext([twoParts], 'Which managed PostgreSQL does Quillstack suggest on each cloud for sign-ins and token refresh?'),
    );
    expect(factsOf(postgres)).toEqual(['ledger-db: AWS: Amazon RDS for PostgreSQL', 'ledger-db: Google Cloud: Cloud SQL for PostgreSQL']);
  });

  it('takes the part with services on the most clouds, even one the question’s words do not rank', () => {
    const wide = buildAskArchitectureWith([
      buildQuillApiInput({
        managed: [
          { cloud: 'aws', service: 'amazon-ecs', source: cite },
          { cloud: 'azure', service: 'azure-kubernetes-service', source: cite },
          { cloud: 'gcp', service: 'google-kubernetes-engine', source: cite },
        ],
      }),
      buildLedgerInput({ managed: [{ cloud: 'aws', service: 'amazon-rds-postgresql', source: cite }] }),
    ]);
    const draft = answerManagedPerCloud(
      buildAnswerContext([wide], 'Which managed database does Quillstack suggest for the ledger on each cloud?'),
    );
    expect(factsOf(draft)).toEqual([
      'quill-api: AWS: Amazon ECS',
      'quill-api: Azure: Azure Kubernetes Service (AKS)',
      'quill-api: Google Cloud: Google Kubernetes Engine (GKE)',
    ]);
  });

  it('reads only managed-service facts, not other facts whose text starts with a cloud’s name', () => {
    const limits = buildAskArchitectureWith([
      buildQuillApiInput({
        limits: [
          { resource: 'vcpu', times: 2, text: 'AWS: CPU limit twice the request.', source: cite },
          { resource: 'vcpu', times: 3, text: 'Azure: CPU limit three times the request.', source: cite },
          { resource: 'vcpu', times: 4, text: 'Google Cloud: CPU limit four times the request.', source: cite },
        ],
      }),
      buildLedgerInput({
        managed: [
          { cloud: 'azure', service: 'azure-database-postgresql', source: cite },
          { cloud: 'gcp', service: 'cloud-sql-postgresql', source: cite },
        ],
      }),
    ]);
    const draft = answerManagedPerCloud(buildAnswerContext([limits], 'Which managed services does Quillstack suggest for each cloud?'));
    expect(factsOf(draft)).toEqual([
      'ledger-db: Azure: Azure Database for PostgreSQL flexible server',
      'ledger-db: Google Cloud: Cloud SQL for PostgreSQL',
    ]);
  });

  it('gives the service of the layout the question names, else the one of any layout, labelled by its layout', () => {
    const perVariant = buildAskArchitectureWith([
      buildLedgerInput({
        managed: [
          { cloud: 'azure', service: 'azure-database-postgresql', source: cite },
          { cloud: 'gcp', service: 'cloud-sql-postgresql', source: cite },
        ],
        overrides: {
          clustered: {
            managed: [
              { cloud: 'azure', service: 'azure-cosmos-db-mongodb', source: cite },
              { cloud: 'gcp', service: 'cloud-sql-postgresql', source: cite },
            ],
          },
        },
      }),
    ]);
    const clustered = answerManagedPerCloud(
      buildAnswerContext([perVariant], 'Which managed services does clustered Quillstack suggest for each cloud?'),
    );
    expect(factsOf(clustered)).toEqual([
      'ledger-db: Azure: Azure Cosmos DB for MongoDB',
      'ledger-db: Google Cloud: Cloud SQL for PostgreSQL',
    ]);
    // Azure is named in the clustered layout only: its service still counts, under that layout's label.
    const split = buildAskArchitectureWith([
      buildLedgerInput({
        managed: [{ cloud: 'gcp', service: 'cloud-sql-postgresql', source: cite }],
        overrides: { clustered: { managed: [{ cloud: 'azure', service: 'azure-database-postgresql', source: cite }] } },
      }),
    ]);
    expect(answerManagedPerCloud(buildAnswerContext([split], 'Which managed services does Quillstack suggest for each cloud?'))?.text).toBe(
      'Quillstack (Clustered (high availability)): Ledger database: Azure: Azure Database for PostgreSQL flexible server. ' +
        'Quillstack (Standard): Ledger database: Google Cloud: Cloud SQL for PostgreSQL.',
    );
  });
});
