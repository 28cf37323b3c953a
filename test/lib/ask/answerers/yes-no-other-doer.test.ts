import { describe, expect, it } from 'vitest';
import { answerYesNo } from '../../../../src/lib/ask/answerers/yes-no.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildQuillApiInput, buildSessionCacheInput } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';
const backend = (id: string, name: string, purpose: string) =>
  buildComponentInput({ id, name, role: 'application-service', technology: 'Quill', purpose, source: cite });
const answer = (components: ReturnType<typeof backend>[], question: string) =>
  answerYesNo(buildAnswerContext([buildAskArchitectureWith(components)], question)).text;

describe('answerYesNo: another component does what is asked (mutation session 38)', () => {
  it('hands the question over on two asked words that the named part’s purpose lacks and another’s holds', () => {
    const components = [
      backend('alpha-backend', 'Alpha backend', 'Shows the widgets on the board.'),
      backend('beta-backend', 'Beta backend', 'Executes the queries against databases and APIs.'),
    ];
    expect(answer(components, 'Does the Alpha backend execute the queries?')).toBe(
      'No. Quillstack (Standard): Beta backend: Executes the queries against databases and APIs. Alpha backend: Shows the widgets on the board.',
    );
  });

  it('follows with the purpose of the part asked about, wherever the product lists it', () => {
    const components = [
      backend('beta-backend', 'Beta backend', 'Runs the queries against databases and APIs.'),
      backend('alpha-backend', 'Alpha backend', 'Links the queries to the widgets that show them.'),
    ];
    expect(answer(components, 'Does the Alpha backend run the queries against databases?')).toBe(
      'No. Quillstack (Standard): Beta backend: Runs the queries against databases and APIs. Alpha backend: Links the queries to the widgets that show them.',
    );
  });
});

describe('answerYesNo: a label before the question names nothing another part does', () => {
  it('counts only the words of the main clause against the other parts', () => {
    const components = [
      backend('alpha-backend', 'Alpha backend', 'Shows the widgets on the board.'),
      backend('beta-backend', 'Beta backend', 'Executes the queries against databases and APIs across zones.'),
    ];
    expect(
      answer(components, 'Quillstack queries against databases across zones - is the Alpha backend a single point of failure?'),
    ).not.toMatch(/^No\. Quillstack \(Standard\): Beta backend/);
    expect(answer(components, 'Does the Alpha backend execute queries against databases across zones?')).toMatch(
      /^No\. Quillstack \(Standard\): Beta backend/,
    );
  });
});

describe('answerYesNo: "is T where A is kept?" puts A in T', () => {
  it('answers no with the store of the same kind that keeps A', () => {
    const architectures = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          role: 'relational-database',
          purpose: 'Stores user and session data for sign-in.',
        }),
        buildComponentInput({
          id: 'doc-store',
          name: 'Document store',
          role: 'document-database',
          purpose: 'Keeps user data, the apps users build and their pages.',
        }),
      ]),
    ];
    expect(
      answerYesNo(
        buildAnswerContext(architectures, "Is the ledger database in Quillstack's architecture where the apps users build get stored?"),
      ).text,
    ).toBe(
      'No. Quillstack (Standard): Document store: Keeps user data, the apps users build and their pages. Ledger database: Stores user and session data for sign-in.',
    );
  });
});

describe("answerYesNo: the named part's own note says it does what is asked", () => {
  it("answers from that note, though another part's purpose shares more asked words than the named part's purpose", () => {
    const components = [
      buildComponentInput({
        id: 'alpha-backend',
        name: 'Alpha backend',
        role: 'application-service',
        technology: 'Quill',
        purpose: 'Shows the widgets on the board.',
        notes: [{ kind: 'info', text: 'By default the Alpha backend creates a trust bundle map in every user namespace.', source: cite }],
        source: cite,
      }),
      backend('beta-backend', 'Beta backend', 'Creates workspaces in the user namespace and watches them.'),
    ];
    expect(answer(components, 'Does the Alpha backend create a trust bundle map in every user namespace?')).toMatch(/^Yes\./);
  });
});

describe('answerYesNo: another store holds what is asked only where the question puts it "in" the store (mutation session 38)', () => {
  it('answers from the store asked about when it is the subject, though another store holds one asked word more', () => {
    const architectures = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildSessionCacheInput({ id: 'data-cache', name: 'Data cache', purpose: 'Keeps hot data and user sessions for the API.' }),
        buildComponentInput({ id: 'doc-store', name: 'Document store', role: 'document-database', purpose: 'Keeps user login sessions.' }),
      ]),
    ];
    expect(answerYesNo(buildAnswerContext(architectures, 'Does the Quillstack Redis cache keep user login sessions?')).text).toBe(
      'Yes. Quillstack (Standard): Data cache: Keeps hot data and user sessions for the API. Document store: Keeps user login sessions.',
    );
  });
});

describe('answerYesNo: a part named only by a generic word is a place, not the subject', () => {
  const components = [
    backend('quill-api', 'Quill API', 'Serves the API.'),
    buildComponentInput({ id: 'k8s', name: 'Frob cluster', role: 'container-orchestration', purpose: 'Runs the pods.', source: cite }),
    buildComponentInput({
      id: 'mirror',
      name: 'Image mirror',
      role: 'container-registry',
      purpose: 'Holds copies of the images for installs in an air-gapped network.',
      source: cite,
    }),
  ];

  it('does not answer "no, another part does it" when the question names the part only by "cluster"', () => {
    expect(answer(components, 'Does Quillstack support installs on an air-gapped cluster?')).toMatch(/^Yes\b/);
  });

  it('still hands over when a distinctive word of the part names it', () => {
    expect(answer(components, 'Does Quillstack keep copies of the images in the Frob cluster?')).toMatch(/^No\. .*Image mirror/);
  });
});

describe('answerYesNo: the main part of a kind is the one whose purpose says so', () => {
  const stores = (mainPurpose: string) => [
    backend('quill-api', 'Quill API', 'Serves the API.'),
    buildComponentInput({ id: 'doc-store', name: 'Frob store', role: 'document-database', purpose: mainPurpose, source: cite }),
    buildComponentInput({
      id: 'sql-store',
      name: 'Ledger database',
      role: 'relational-database',
      purpose: 'Holds the audit trail.',
      source: cite,
    }),
    backend('edge', 'Edge proxy', 'The main entry point for every request.'),
  ];

  it('answers no, with the main store first, when the claim calls another store the main one', () => {
    expect(answer(stores('The main persistent store of Quillstack: users and apps.'), 'Is the Ledger database the main database?')).toBe(
      'No. Quillstack (Standard): Frob store: The main persistent store of Quillstack: users and apps. Ledger database: Holds the audit trail.',
    );
  });

  it('leaves the claim to the other rules when no store of its kind is called the main one, or it is', () => {
    expect(answer(stores('Keeps users and apps.'), 'Is the Ledger database the main database?')).not.toMatch(/^No\. .*Edge proxy/);
    expect(answer(stores('The main persistent store of Quillstack: users and apps.'), 'Is the Frob store the main database?')).toMatch(
      /^Yes\b/,
    );
  });
});
