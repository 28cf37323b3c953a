// Asks the knowledge base a question from the terminal, with the same engine as /api/ask.
// Usage: npm run ask -- "<question>" [--json] [--architecture <id>]   (content from $ARCHKB_CONTENT_DIR or content/architectures)
import { answerQuestion, checkQuestion } from '../src/lib/ask/index.ts';
import { renderAnswerMarkdown } from '../src/lib/markdown/index.ts';
import { loadArchitecturesFromDisk } from './load-architectures.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const archFlag = args.indexOf('--architecture');
const architectureId = archFlag >= 0 ? args[archFlag + 1] : undefined;
const words = args.filter((arg, i) => arg !== '--json' && (archFlag < 0 || (i !== archFlag && i !== archFlag + 1)));

const check = checkQuestion(words.length > 0 ? [words.join(' ')] : []);
if (!check.ok) {
  const reason = words.length === 0 ? 'No question given.' : check.error.replace(/ as \?q=<question>|: pass it/g, '');
  console.error(`${reason} Usage: npm run ask -- "<question>" [--json] [--architecture <id>]`);
  process.exit(2);
}
const architectures = loadArchitecturesFromDisk();
if (architectureId !== undefined && !architectures.some((a) => a.id === architectureId)) {
  console.error(`Unknown architecture "${architectureId}"; use one of ${architectures.map((a) => a.id).join(', ')}.`);
  process.exit(2);
}
const answer = answerQuestion(check.question, architectures, { architectureId });
console.log(json ? JSON.stringify(answer, null, 2) : renderAnswerMarkdown(answer));
