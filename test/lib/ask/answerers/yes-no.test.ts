import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

const catalogue = [buildAskArchitecture()];
const ask = (question: string) => answerQuestion(question, catalogue);

describe('answerYesNo: necessity', () => {
  it('answers "is X required" and "can I skip X" with opposite verdicts for the same component', () => {
    expect(ask('Is the session cache required for Quillstack?').answer).toMatch(/^No: it is optional/);
    expect(ask('Can I skip the session cache in Quillstack?').answer).toMatch(/^Yes: it is optional/);
    expect(ask('Is the ledger database required for Quillstack?').answer).toMatch(/^Yes: it is required/);
    expect(ask('Is the ledger database optional for Quillstack?').answer).toMatch(/^No: it is required/);
  });

  it('reads whether the situation asked about meets a conditional component’s condition', () => {
    expect(ask('Is the Quillstack worker required with several API instances?').answer).toMatch(/^Yes, in that case/);
    expect(ask('Is the Quillstack worker required with a single API instance?').answer).toMatch(
      /^No: it is needed only when several API instances run/,
    );
    expect(ask('Is the Quillstack worker required?').answer).toMatch(/^No, only conditionally/);
  });

  it('leaves a question about an option of the component to its facts, not its necessity', () => {
    const answer = ask('Do I need a persistent session cache for Quillstack?');
    expect(answer.answer).toMatch(/^No\b/);
    expect(answer.answer).toContain('Persistence is optional');
  });
});

describe('answerYesNo: polarity from the facts', () => {
  it("reads a switch setting's value against the state asked", () => {
    expect(ask('Is autoscaling enabled by default for the Quillstack API?').answer).toMatch(/^No\b/);
    expect(ask('Is autoscaling disabled by default for the Quillstack API?').answer).toMatch(/^Yes\b/);
  });

  it('answers "no" where the fact says the opposite of what is asked', () => {
    expect(ask('Should I leave the Quillstack cache console enabled if the cache is exposed to the internet?').answer).toMatch(/^No\b/);
  });

  it('answers "no" to an exclusive question met by a restricting fact', () => {
    expect(ask('Can I use a different ledger image with Quillstack?').answer).toMatch(/^No\b.*only the vendor image is supported/);
  });

  it('answers "no" to an unsupported version, with what the component is for', () => {
    const answer = ask('Does Quillstack support PostgreSQL 12?');
    expect(answer.answer).toMatch(/^No\b/);
    expect(answer.answer).toContain('Keeps accounts, tenants and audit records.');
  });
});

describe('answerYesNo: a condition stated in the negative', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = [
    buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({
          id: 'token-resolver',
          name: 'Token resolver',
          role: 'application-service',
          technology: 'Quill',
          purpose: 'Checks sign-in tokens for your backend.',
          necessity: { level: 'conditional', condition: 'not needed when your backend checks tokens itself', source: cite },
        }),
      ],
    }),
  ];
  const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

  it('answers that it can go when the situation meets a "not needed when" condition', () => {
    expect(ask('Can I skip the Quillstack token resolver if my backend checks tokens itself?')).toMatch(
      /^Yes, in that case: it is not needed when/,
    );
    expect(ask('Do I need the Quillstack token resolver if my backend checks tokens itself?')).toMatch(
      /^No, in that case: it is not needed when/,
    );
  });

  it('says "only conditionally" when the question gives no situation', () => {
    expect(ask('Is the Quillstack token resolver required?')).toMatch(
      /^Only conditionally: it is not needed when your backend checks tokens itself/,
    );
  });
});

describe('answerYesNo: thresholds at the load asked', () => {
  const CITE = 'authgear-self-managed#resources-reference';
  /** A product whose search index is optional, and recommended above 10,000 users. */
  const searchy = [
    buildArchitecture({
      id: 'searchy',
      product: 'Searchy',
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source: CITE }],
      components: [
        buildComponentInput(),
        buildComponentInput({
          id: 'search-index',
          name: 'Search index',
          role: 'search-engine',
          technology: 'OpenSearch',
          purpose: 'Speeds up user search.',
          necessity: { level: 'optional', source: CITE },
          thresholds: [{ driver: 'users', above: 10_000, level: 'recommended', text: 'Recommended above 10,000 users.', source: CITE }],
        }),
      ],
    }),
  ];
  const askSearchy = (question: string) => answerQuestion(question, searchy);

  it('says a component becomes recommended when the load asked crosses its threshold, and cites the threshold', () => {
    const answer = askSearchy('Is the search index needed for Searchy with 50,000 users?');
    expect(answer.answer).toMatch(/^No, not strictly: the vendor recommends it/);
    expect(answer.answer).toContain('Search index is optional, and recommended at the load asked.');
    expect(answer.answer).toContain('Recommended above 10,000 users.');
  });

  it('keeps the stated level below the threshold', () => {
    const answer = askSearchy('Is the search index needed for Searchy with 5,000 users?');
    expect(answer.answer).toMatch(/^No: it is optional/);
    expect(answer.answer).not.toContain('at the load asked');
  });
});

describe('answerYesNo: which fact decides', () => {
  const CITE = 'authgear-self-managed#introduction';
  const regional = [
    buildArchitecture({
      id: 'regionhub',
      product: 'Regionhub',
      variants: [
        {
          id: 'default',
          name: 'Default',
          summary: 'Regionhub is not region aware: it runs one hub per region, and each region keeps its own data.',
          source: CITE,
        },
      ],
      components: [
        buildComponentInput({
          id: 'hub',
          name: 'Region hubs (one per region)',
          role: 'application-service',
          technology: 'Hub',
          purpose: 'Several regions, each running its own region hub.',
        }),
      ],
    }),
  ];

  it('answers no from a variant summary that negates what is asked', () => {
    expect(answerQuestion('Is Regionhub region aware?', regional).answer).toMatch(/^No\b/);
  });
});
