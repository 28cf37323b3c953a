// Ask island for static builds: with no server to render /ask/?q=, it answers the question in the browser with the same
// engine over the architectures' data file (both loaded only when a question is asked) and shows the answer as the
// server's page would. It builds DOM with textContent only. In server mode the page is rendered on the server and this
// module does nothing.
import type { Answer } from '../lib/ask/index.ts';

/** Creates an element with optional text and class. */
function createElement<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** The answer section, as src/pages/ask/index.astro renders it. */
function renderAnswer(answer: Answer): HTMLElement {
  const section = createElement('section', undefined, 'ask-answer');
  section.setAttribute('aria-labelledby', 'answer-heading');
  const heading = createElement('h2', 'Answer');
  heading.id = 'answer-heading';
  section.append(heading);
  if (answer.answer !== null) {
    section.append(
      createElement('p', answer.answer),
      createElement('p', `Confidence ${answer.confidence.toFixed(2)} · read as: ${answer.kind ?? ''}`, 'muted'),
    );
  } else {
    section.append(createElement('p', answer.declined ?? ''));
  }
  section.append(createElement('h3', answer.answer === null ? 'Nearest pages' : 'Sources'));
  const list = createElement('ol', undefined, 'sources');
  for (const source of answer.sources) {
    const item = createElement('li');
    const link = createElement('a', source.title);
    // Sources are site paths from the engine; anything else is shown as text only.
    if (source.url.startsWith('/')) link.href = source.url;
    item.append(link, createElement('div', source.excerpt, 'muted'));
    list.append(item);
  }
  section.append(list);
  return section;
}

/** Answers the question in the address, if any, into `output`. */
async function answerFromAddress(output: HTMLElement, input: HTMLInputElement | null): Promise<void> {
  if (!new URLSearchParams(location.search).has('q')) return;
  output.replaceChildren(createElement('p', 'Answering…', 'muted'));
  try {
    const { answerQuestion } = await import('./static-ask.ts');
    const response = await answerQuestion(location.search);
    if (response.status === 400) {
      const error = createElement('p', response.body.error.message, 'ask-error');
      error.setAttribute('role', 'alert');
      output.replaceChildren(error);
      return;
    }
    if (input) input.value = response.body.question.replace(/[<>]/g, ' ');
    output.replaceChildren(renderAnswer(response.body));
  } catch {
    output.replaceChildren(createElement('p', 'The answer data could not be loaded; search the site instead.', 'not-stated'));
  }
}

const output = document.querySelector<HTMLElement>('[data-ask-output]');
// The page's own question box: the header's site search is also named "q" and comes first in the document.
if (import.meta.env.ARCHKB_STATIC && output) void answerFromAddress(output, document.querySelector<HTMLInputElement>('#ask-q'));
