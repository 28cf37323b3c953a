import type { Answer } from '../ask/index.ts';
import { escapeMarkdownCell } from '../formats/index.ts';

/** Escapes one line of text for Markdown so a question or fact is shown literally, never read as markup or HTML. */
function escapeMarkdown(text: string): string {
  // The cell escaper covers inline syntax and HTML; a line may also start a block (heading, list, quote, rule).
  return escapeMarkdownCell(text)
    .replace(/^[#>+=-]/, (match) => `\\${match}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Renders an engine answer as Markdown: the question, the direct answer (or the plain refusal), then the sources. */
export function renderAnswerMarkdown(answer: Answer, options: { origin?: string } = {}): string {
  const origin = options.origin ?? '';
  const lines = [`## Question`, '', `> ${escapeMarkdown(answer.question)}`, '', '## Answer', ''];
  if (answer.answer === null) lines.push(escapeMarkdown(answer.declined ?? 'archkb does not hold an answer to this question.'));
  else lines.push(escapeMarkdown(answer.answer), '', `Confidence: ${answer.confidence.toFixed(2)} (${answer.kind ?? 'unclassified'})`);
  lines.push('', answer.answer === null ? '## Nearest pages' : '## Sources', '');
  for (const source of answer.sources) {
    lines.push(`- [${escapeMarkdown(source.title)}](${origin}${source.url}): ${escapeMarkdown(source.excerpt)}`);
  }
  if (answer.sources.length === 0) lines.push('- None.');
  return `${lines.join('\n')}\n`;
}
