import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

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

  it('filters by necessity, bringing conditional components along with the optional ones', () => {
    expect(ask('Which parts of Quillstack are optional?').answer).toBe(
      'Quillstack (Standard): Conditional (1): Quill worker (when several API instances run). Optional (1): Session cache.',
    );
    expect(ask('Which Quillstack components are mandatory?').answer).toBe(
      'Quillstack (Standard): Required (2): Quill API; Ledger database.',
    );
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
        buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service', technology: 'Quill' }),
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
        buildComponentInput({
          id: 'edge-gateway',
          name: 'Edge gateway',
          role: 'reverse-proxy',
          technology: 'Envoy',
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

  it('does not answer a part list for a component that has one set of figures', () => {
    expect(ask('which containers does the Quillstack ledger database run?').answer ?? '').not.toMatch(/runs as \d+ parts/);
  });
});
