// Sizing island: recomputes a sizing page for any load and target by calling /api/sizing (in a static build, by running
// the same handler in the browser over the architecture's data file, loaded on first use), and keeps the query in the
// address. It builds DOM with textContent only, so nothing from the response becomes markup; it mirrors SizingTable.astro.
import type { SizingResult } from '../lib/sizing/index.ts';

/** A paragraph of status text in the given style. */
function createMessage(text: string, className: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  paragraph.className = className;
  return paragraph;
}

/** The sizing for `query`: from /api/sizing, or in a static build from the same handler run here (loaded on first use). */
async function requestSizing(query: URLSearchParams): Promise<SizingResult | { error: { parameter: string | null; message: string } }> {
  if (import.meta.env.ARCHKB_STATIC) return (await (await import('./static-sizing.ts')).answerSizing(query)).body;
  const response = await fetch(`/api/sizing?${query}`, { headers: { Accept: 'application/json' } });
  return (await response.json()) as SizingResult | { error: { parameter: string | null; message: string } };
}

/** Computes the sizing for the form's values and shows it, or the error. The drawing code loads on first use. */
async function recompute(form: HTMLFormElement, output: HTMLElement): Promise<void> {
  const query = new URLSearchParams({ architecture: form.dataset.architecture ?? '', variant: form.dataset.variant ?? '' });
  const kept = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    const text = String(value).trim();
    if (text === '') continue;
    query.set(name, text);
    kept.set(name, text);
  }
  output.replaceChildren(createMessage('Computing…', 'muted'));
  try {
    const [body, { renderSizingResult }] = await Promise.all([requestSizing(query), import('./sizing-render.ts')]);
    if ('error' in body) {
      output.replaceChildren(createMessage(`Cannot size this: ${body.error.message}`, 'not-stated'));
      return;
    }
    output.replaceChildren(...renderSizingResult(body));
    history.replaceState(null, '', `?${kept}#your-size`);
  } catch {
    output.replaceChildren(createMessage('The sizing service did not answer; the precomputed sizes below still apply.', 'not-stated'));
  }
}

const form = document.querySelector<HTMLFormElement>('form[data-sizing-form]');
const output = document.querySelector<HTMLElement>('[data-sizing-output]');
if (form && output) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void recompute(form, output);
  });
  const params = new URLSearchParams(location.search);
  let given = false;
  for (const [name, value] of params) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
      field.value = value;
      given = true;
    }
  }
  if (given) void recompute(form, output);
}
