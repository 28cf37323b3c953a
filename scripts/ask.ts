// Asks the knowledge base a question from the terminal, with the same engine as /api/ask.
// Usage: npm run ask -- "<question>" [--json] [--architecture <id>]   (content from $ARCHKB_CONTENT_DIR or content/architectures)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { answerQuestion } from '../src/lib/answer-question.ts';
import { formatContentIssues } from '../src/lib/format-content-issues.ts';
import { checkQuestion } from '../src/lib/parse-question.ts';
import { renderAnswerMarkdown } from '../src/lib/render-answer-markdown.ts';
import { validateArchitectureFiles } from '../src/lib/validate-architecture-files.ts';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = path.resolve(root, process.env.ARCHKB_CONTENT_DIR ?? 'content/architectures');
const args = process.argv.slice(2);
const json = args.includes('--json');
const archFlag = args.indexOf('--architecture');
const architectureId = archFlag >= 0 ? args[archFlag + 1] : undefined;
const words = args.filter((arg, i) => arg !== '--json' && i !== archFlag && i !== archFlag + 1);

const check = checkQuestion(words.length > 0 ? [words.join(' ')] : []);
if (!check.ok) {
  console.error(`${check.error} Usage: npm run ask -- "minimum PostgreSQL for Authgear" [--json]`);
  process.exit(2);
}
const files = readdirSync(contentDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => ({
    path: path.relative(process.cwd(), path.join(contentDir, name)),
    text: readFileSync(path.join(contentDir, name), 'utf8'),
  }));
const validation = validateArchitectureFiles(files);
if (validation.issues.length > 0) {
  console.error(formatContentIssues(validation.issues));
  process.exit(1);
}
const architectures = validation.valid.map((file) => file.architecture).sort((a, b) => a.product.localeCompare(b.product));
const answer = answerQuestion(check.question, architectures, { architectureId });
console.log(json ? JSON.stringify(answer, null, 2) : renderAnswerMarkdown(answer));
