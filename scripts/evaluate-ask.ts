// Runs a question set against the ask engine in process and reports what passes: every fact regex matches, no
// must-not regex matches, the answer cites each expected architecture, and declines decline; then how well confidence
// tracks that (precision at confidence >= 0.8, AUROC).
// Usage: npm run ask:evaluate -- [test/ask/dev-set.yaml] [--failures] [--json]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { answerQuestion } from '../src/lib/ask/index.ts';
import { judgeAnswer, type QuestionCase } from '../test/ask/judge-answer.ts';
import { loadArchitecturesFromDisk } from './load-architectures.ts';
import { describeQuality } from './measure-ask-quality.ts';

const { values, positionals } = parseArgs({
  options: { failures: { type: 'boolean' }, json: { type: 'boolean' } },
  allowPositionals: true,
});
const file = path.resolve(positionals[0] ?? 'test/ask/dev-set.yaml');
const architectures = loadArchitecturesFromDisk();
const known = new Set(architectures.map((a) => a.id));
// Questions about products not in the catalogue yet are left out, so a partial catalogue can be evaluated.
const cases = (parse(readFileSync(file, 'utf8')) as QuestionCase[]).filter((q) => (q.architectures ?? []).every((id) => known.has(id)));
const results = cases.map((question) => {
  const answer = answerQuestion(question.question, architectures);
  return { question, answer, verdict: judgeAnswer(question, answer) };
});
const passed = results.filter((r) => r.verdict.pass).length;
if (values.json) {
  console.log(
    JSON.stringify(
      results.map((r) => ({
        id: r.question.id,
        pass: r.verdict.pass,
        confidence: r.answer.confidence,
        kind: r.answer.kind,
        declined: r.answer.answer === null,
      })),
      null,
      1,
    ),
  );
} else {
  if (values.failures) {
    for (const r of results.filter((x) => !x.verdict.pass)) {
      console.log(`\n✗ ${r.question.id} [${r.question.style}] ${r.question.question}`);
      console.log(`  why: ${r.verdict.reasons.join('; ')}`);
      console.log(`  got (${r.answer.kind}, ${r.answer.confidence}): ${r.answer.answer ?? `DECLINED: ${r.answer.declined}`}`);
    }
  }
  console.log(
    `\n${passed}/${results.length} passed (${((passed / results.length) * 100).toFixed(1)} %) on ${path.relative(process.cwd(), file)}`,
  );
  console.log(
    describeQuality(
      'confidence',
      results.map((r) => ({ confidence: r.answer.confidence, pass: r.verdict.pass })),
    ),
  );
}
