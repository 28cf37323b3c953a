import { describe, expect, it } from 'vitest';
import { answerYesNo } from '../../../../src/lib/ask/answerers/yes-no.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildQuillApiInput,
} from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';

/** answerYesNo's draft for a question over the catalogue given, scoped to Quillstack as answerQuestion scopes it. */
const draftFor = (architectures: Parameters<typeof buildAnswerContext>[0], question: string) =>
  answerYesNo(buildAnswerContext(architectures, question, ['quillstack']));

describe('answerYesNo: a claim naming a technology the product never mentions (mutation session 38)', () => {
  const catalogue = () => [buildAskArchitecture(), buildLanternpad()];

  it('answers a claim about a name nothing places with the two facts ranked nearest the claim', () => {
    const draft = draftFor(catalogue(), 'Sales says Quillstack stores its sessions in Zapwell. True?');
    expect(draft.text).toBe(
      'No: the sources archkb holds for Quillstack (Standard) list no Zapwell component. Session cache: cache.console = true (default): Web console; turn it off if the cache is exposed to the internet. Session cache: Keeps sign-in sessions.',
    );
    expect(draft.facts).toHaveLength(2);
  });

  it('names the technology another product uses rather than an unplaced name beside it, in either order', () => {
    const none = /^No: the sources archkb holds for Quillstack \(Standard\) list no Kafka component\. /;
    expect(draftFor(catalogue(), 'Sales told us Quillstack passes its messages through Kafka and Zapwell. True?').text).toMatch(none);
    expect(draftFor(catalogue(), 'Sales told us Quillstack passes its messages through Zapwell and Kafka. True?').text).toMatch(none);
  });

  it('takes no unplaced name from the sentences setting the scene before the claim', () => {
    expect(draftFor(catalogue(), 'Our team runs Zapwell. Sales says Quillstack stores its sessions in Redis. True?').text).toMatch(
      /^Yes\. /,
    );
  });

  it('names an unplaced name of several words joined by a slash whole, as the claim writes it', () => {
    expect(draftFor(catalogue(), 'Sales told us Quillstack runs on FrobDB/ZapDB. True?').text).toMatch(
      /^No: the sources archkb holds for Quillstack \(Standard\) list no FrobDB\/ZapDB component\. /,
    );
  });

  it('answers no unplaced name of a plain question that puts no claim to a check', () => {
    expect(draftFor(catalogue(), 'Does Quillstack need Zapwell?').text ?? '').not.toMatch(/Zapwell component/);
    expect(answerQuestion('Does Quillstack need Zapwell?', catalogue()).answer ?? '').not.toMatch(/Zapwell component/);
  });
});

describe('answerYesNo: a claim of which component does what, put to a check (mutation session 38)', () => {
  const backend = (id: string, name: string, purpose: string) =>
    buildComponentInput({ id, name, role: 'application-service', technology: 'Quill', purpose, source: cite });
  const backends = () => [
    buildAskArchitectureWith([
      backend('alpha-backend', 'Alpha backend', 'Links the queries to the widgets that show them.'),
      backend('beta-backend', 'Beta backend', 'Runs the queries against databases and APIs.'),
    ]),
  ];
  const byBeta =
    'No. Quillstack (Standard): Beta backend: Runs the queries against databases and APIs. Alpha backend: Links the queries to the widgets that show them.';

  it('reads the component the claim reports, after the reporting word, as the subject', () => {
    expect(draftFor(backends(), 'Our draft says the Alpha backend runs the queries against databases. Right?').text).toBe(byBeta);
    expect(draftFor(backends(), 'We were told the Alpha backend runs the queries against databases. Right?').text).toBe(byBeta);
  });

  it('reads a check word closing the question ("…, right?") as no reporting word', () => {
    expect(draftFor(backends(), 'Does the Alpha backend run the queries against databases, right?').text).toBe(byBeta);
    expect(draftFor(backends(), 'Does the Alpha backend run the queries against databases, is that right?').text).toBe(byBeta);
    // A check word and one word after it close the question as much as the check word alone.
    expect(draftFor(backends(), 'Does the Alpha backend run the queries against databases, right then?').text).toBe(byBeta);
  });
});

describe('answerYesNo: a rule against one major version, asked by a release of it (mutation session 38)', () => {
  const ruled = () => [
    buildAskArchitectureWith([
      buildQuillApiInput({
        incompatible: [{ with: 'Quill CLI V1', text: 'The Quill CLI V1 is not supported; Quill CLI v2 is.', source: cite }],
      }),
    ]),
  ];
  const rule = /^No\. Quillstack \(Standard\): Quill API: Not supported: Quill CLI V1\./;

  it('answers by the rule, for sure, for a release of the ruled-out major version, with or without a "v"', () => {
    for (const question of [
      'Can I run Quillstack with the Quill CLI 1.4.2?',
      'Can I run Quillstack with the Quill CLI 1.4?',
      'Can I run Quillstack with the Quill CLI V1.4?',
      'Really? Can I run Quillstack with the Quill CLI 1.4.2? Really?',
    ]) {
      const draft = draftFor(ruled(), question);
      expect(draft.text, question).toMatch(rule);
      expect(draft.guessed, question).toBe(false);
      expect(draft.coverage, question).toBe(0.7);
    }
  });

  it('reads a major version of two digits ("V10" against 10.4.2)', () => {
    const ruledTen = [
      buildAskArchitectureWith([
        buildQuillApiInput({
          incompatible: [{ with: 'Quill CLI V10', text: 'The Quill CLI V10 is not supported; Quill CLI v20 is.', source: cite }],
        }),
      ]),
    ];
    const draft = draftFor(ruledTen, 'Can I run Quillstack with the Quill CLI 10.4.2?');
    expect(draft.text).toMatch(/^No\. Quillstack \(Standard\): Quill API: Not supported: Quill CLI V10\./);
    expect(draft.guessed).toBe(false);
  });

  it('reads neither a release of another major version nor a bare count as the ruled-out version', () => {
    // The rule names v2 as the one to use, so a 2.x release is a yes by the rule's own words (thirty-eighth session).
    const other = draftFor(ruled(), 'Can I run Quillstack with the Quill CLI 2.4.1?');
    expect(other.text).toMatch(/^Yes\. /);
    expect(other.guessed).toBe(false);
    expect(draftFor(ruled(), 'Can I run the Quill CLI on 1 node of Quillstack?').guessed).toBe(true);
  });
});

describe('answerQuestion: a count of a stated scope offered to be checked', () => {
  it('answers "does X run a 3-node part at minimum?" with the stated count and whether it is the one offered', () => {
    const catalogue = [buildAskArchitecture()];
    expect(answerQuestion('Does Quillstack run a 3-node ledger database at minimum?', catalogue).answer).toBe(
      'No. Quillstack (Standard) (minimum figures): nodes: 1 node (Ledger database).',
    );
    expect(answerQuestion('Does Quillstack run a 1-node ledger database at minimum?', catalogue).answer).toMatch(/^Yes\. /);
    // A count in a yes/no question naming no scope is still the count to compute with.
    expect(answerQuestion('Do 3 Quillstack ledger database nodes need 6 vCPU?', catalogue).answer).toContain(
      '3 × 4 vCPU (Ledger database) = 12 vCPU',
    );
    // A count in a question that checks nothing is still the count to compute with.
    expect(answerQuestion('What CPU do 3 ledger database nodes need at minimum?', catalogue).answer).toMatch(
      /3 × 2 vCPU \(Ledger database\)/,
    );
  });
});
