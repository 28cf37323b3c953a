import { describe, expect, it } from 'vitest';
import { answerManagedPerCloud } from '../../../../src/lib/ask/answerers/managed-per-cloud.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildAskArchitectureWith, buildLedgerInput, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

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

  it('answers the clouds the question names', () => {
    expect(answer('Which managed service does Quillstack name on Azure and Google Cloud?')?.facts).toHaveLength(2);
  });

  it('leaves a question about one cloud, or not about managed services, to the lookup', () => {
    expect(answer('Which managed service does Quillstack name on Azure?')).toBeNull();
    expect(answer('What does the Quillstack ledger keep on each cloud?')).toBeNull();
  });
});
