// Sizing island: recomputes a sizing page for any user count and target by calling /api/sizing, and keeps
// ?users=&cloud= in the address. It builds DOM with textContent only, so nothing from the response becomes markup.
import { NOT_STATED } from '../lib/model/index.ts';
import { buildSizingTable, SIZING_COLUMNS, type SizingTable } from '../lib/sizing/index.ts';
import type { SizingResult } from '../lib/sizing/index.ts';

/** Creates an element with optional text and class. */
function createElement<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** A table cell holding a figure, styled as not stated when it is. */
function createFigureCell(value: string): HTMLTableCellElement {
  return createElement('td', value, value === NOT_STATED ? 'not-stated' : undefined);
}

/** Renders a sizing table like SizingTable.astro does. */
function renderSizingTable(table: SizingTable): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const scroll = createElement('div', undefined, 'table-scroll');
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-label', table.caption);
  const element = createElement('table', undefined, 'sizing');
  element.append(createElement('caption', table.caption, 'visually-hidden'));
  const head = element.createTHead().insertRow();
  for (const label of SIZING_COLUMNS) {
    const th = createElement('th', label);
    th.scope = 'col';
    head.append(th);
  }
  const body = element.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    if (row.excluded) tr.className = 'excluded';
    const name = createElement('th', row.name);
    name.scope = 'row';
    name.append(createElement('div', row.necessity, 'muted'));
    if (row.excluded) name.append(createElement('div', row.excluded, 'muted'));
    const notes = createElement('td', undefined, 'cite');
    notes.append(...row.notes.map((note) => createElement('div', note)));
    tr.append(name, createFigureCell(row.nodes), createFigureCell(row.vcpu), createFigureCell(row.memory), createFigureCell(row.storage));
    tr.append(createElement('td', row.service), createElement('td', row.instance), notes);
  }
  const foot = element.createTFoot().insertRow();
  const label = createElement('th', 'Total of stated figures');
  label.scope = 'row';
  const note = createElement('td', 'Required and recommended components only.', 'muted');
  note.colSpan = 3;
  foot.append(label, createFigureCell(table.totals.nodes), createFigureCell(table.totals.vcpu), createFigureCell(table.totals.memory));
  foot.append(createFigureCell(table.totals.storage), note);
  scroll.append(element);
  fragment.append(scroll, createElement('h4', 'Not stated by the vendor (left out of the totals)'));
  const unstated = createElement('ul');
  unstated.append(...table.unstated.map((text) => createElement('li', text)));
  fragment.append(table.unstated.length > 0 ? unstated : createElement('p', 'Every counted figure is stated.', 'muted'));
  fragment.append(createElement('h4', 'Recommendations at this size'));
  const recommendations = createElement('ul');
  for (const r of table.recommendations) {
    const item = createElement('li', `${r.text} `);
    item.append(createElement('span', `(${r.source})`, 'cite muted'));
    recommendations.append(item);
  }
  fragment.append(table.recommendations.length > 0 ? recommendations : createElement('p', 'None stated.', 'muted'));
  return fragment;
}

/** Fetches the sizing for the form's values and shows it, or the API's error. */
async function recompute(form: HTMLFormElement, output: HTMLElement): Promise<void> {
  const data = new FormData(form);
  const users = String(data.get('users') ?? '').trim();
  const cloud = String(data.get('cloud') ?? '');
  const query = new URLSearchParams({ architecture: form.dataset.architecture ?? '', variant: form.dataset.variant ?? '', users, cloud });
  output.replaceChildren(createElement('p', 'Computing…', 'muted'));
  try {
    const response = await fetch(`/api/sizing?${query}`, { headers: { Accept: 'application/json' } });
    const body = (await response.json()) as SizingResult | { error: { parameter: string; message: string } };
    if ('error' in body) {
      output.replaceChildren(createElement('p', `Cannot size this: ${body.error.message}`, 'not-stated'));
      return;
    }
    const table = buildSizingTable(body);
    output.replaceChildren(createElement('h3', table.caption), renderSizingTable(table));
    history.replaceState(null, '', `?${new URLSearchParams({ users, cloud })}#your-size`);
  } catch {
    output.replaceChildren(createElement('p', 'The sizing service did not answer; the precomputed sizes below still apply.', 'not-stated'));
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
  const users = form.elements.namedItem('users');
  const cloud = form.elements.namedItem('cloud');
  if (params.has('users') && users instanceof HTMLInputElement) users.value = params.get('users') ?? '';
  if (params.has('cloud') && cloud instanceof HTMLSelectElement) cloud.value = params.get('cloud') ?? '';
  if (params.has('users')) void recompute(form, output);
}
