import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerQuestion, getFactIndex, readQuestion } from '../../../src/lib/ask/index.ts';
import { attachDocuments } from '../../../src/lib/content/index.ts';
import { ArchitectureSchema } from '../../../src/schemas/architecture.ts';
import { buildSyntheticArchitecture } from '../../../scripts/generate-synthetic-architectures.ts';
import { judgeAnswer, type QuestionCase } from '../../ask/judge-answer.ts';
import { loadContentArchitectures, loadRealSourceDocuments } from '../../fixtures/load-real-content.ts';

const architectures = loadContentArchitectures();
const cases = parse(readFileSync(path.resolve(import.meta.dirname, '../../ask/dev-set.yaml'), 'utf8')) as QuestionCase[];

/**
 * The development set must keep passing at the level the engine reached (277 of 283 when this was last checked), less a
 * small margin for deliberate trade-offs; raise it when the engine improves. The judge is the real one, not a list of
 * expected answers.
 */
const MINIMUM_PASSING = 276;

/**
 * The spent held-out sets (each read after its blind runs, so no longer blind) must keep passing at the level the
 * engine reached (9,382 of 10,080 in one hundred and twenty-six sets, the unread twenty-fourth, twenty-sixth, twenty-ninth,
 * thirty-first, thirty-third, thirty-fifth, thirty-seventh, thirty-ninth, fortieth, forty-second, forty-fifth, forty-eighth,
 * fiftieth, fifty-third, fifty-fourth, fifty-sixth, fifty-seventh, fifty-ninth, sixty-first, seventy-eighth,
 * hundred-and-twenty-fifth and hundred-and-twenty-sixth included, when this was last raised), less a small margin: an engine change
 * that trades answers of earlier sets away shows here, not only in the next blind run.
 */
const MINIMUM_SPENT_PASSING = 9340;

describe('the spent held-out question sets', () => {
  it(`pass at least ${MINIMUM_SPENT_PASSING} of their questions together with the real judge`, () => {
    const directory = path.resolve(import.meta.dirname, '../../ask');
    const spent = readdirSync(directory)
      .filter((file) => /^held-out(-\d+)?\.yaml$/.test(file))
      .flatMap((file) => parse(readFileSync(path.join(directory, file), 'utf8')) as QuestionCase[]);
    expect(spent.length).toBeGreaterThanOrEqual(960);
    const failing = spent.filter((question) => !judgeAnswer(question, answerQuestion(question.question, architectures)).pass);
    expect(spent.length - failing.length, failing.map((question) => question.id).join(', ')).toBeGreaterThanOrEqual(MINIMUM_SPENT_PASSING);
    // 1,120 questions take about 4 s on a free core; a shared machine needs the room. Speed is measured by bench:ask.
  }, 60_000);
});

describe('the development question set', () => {
  it(`passes at least ${MINIMUM_PASSING} of its questions with the real judge`, () => {
    const failing = cases.filter((question) => !judgeAnswer(question, answerQuestion(question.question, architectures)).pass);
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(cases.length - failing.length, failing.map((question) => question.id).join(', ')).toBeGreaterThanOrEqual(MINIMUM_PASSING);
  }, 60_000);

  it('covers every architecture and every style of question', () => {
    const cited = new Set(cases.flatMap((question) => question.architectures ?? []));
    for (const architecture of architectures) expect(cited, architecture.id).toContain(architecture.id);
    const styles = new Set(cases.map((question) => question.style));
    for (const style of ['terse', 'typo', 'long', 'two-part', 'comparison', 'arithmetic', 'out-of-scope', 'not-stated', 'yes-no'])
      expect(styles).toContain(style);
  });

  it('changes no answer about a real product when a synthetic product joins the catalogue', () => {
    const synthetic = ArchitectureSchema.parse(attachDocuments(buildSyntheticArchitecture(7), loadRealSourceDocuments()));
    const grown = [...architectures, synthetic];
    const index = getFactIndex(architectures);
    const aboutRealProducts = cases.filter((question) => readQuestion(question.question, index).products.length > 0);
    expect(aboutRealProducts.length).toBeGreaterThan(200);
    for (const question of aboutRealProducts) {
      const before = answerQuestion(question.question, architectures);
      const after = answerQuestion(question.question, grown);
      expect(after, question.id).toEqual(before);
    }
  });
});
