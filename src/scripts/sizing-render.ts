// Draws a sizing result like SizingTable.astro does, with textContent only, so nothing from the result becomes markup.
// Loaded by the sizing island on first use.
import { NOT_STATED } from '../lib/model/index.ts';
import { buildSizingTable, listSizingColumns, type SizingResult, type SizingTable } from '../lib/sizing/index.ts';

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

/** A list of texts, or a muted paragraph when there are none. */
function createList(items: readonly string[], empty: string): HTMLElement {
  if (items.length === 0) return createElement('p', empty, 'muted');
  const list = createElement('ul');
  list.append(...items.map((text) => createElement('li', text)));
  return list;
}

/** Renders a sizing table like SizingTable.astro does. */
function renderSizingTable(table: SizingTable): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (table.warnings.length > 0) {
    const callout = createElement('div', undefined, 'callout warning');
    callout.setAttribute('role', 'note');
    callout.append(...table.warnings.map((warning) => createElement('p', warning)));
    fragment.append(callout);
  }
  if (table.sharedRunsOn) fragment.append(createElement('p', `Runs on: ${table.sharedRunsOn}`, 'runs-on'));
  const frame = createElement('div', undefined, 'scroll-frame');
  const scroll = createElement('div', undefined, 'scroll-x');
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-label', table.caption);
  scroll.dataset.scrollCue = '';
  const element = createElement('table', undefined, 'sizing');
  element.append(createElement('caption', table.caption, 'visually-hidden'));
  const head = element.createTHead().insertRow();
  for (const label of listSizingColumns(table)) {
    const th = createElement('th', label);
    th.scope = 'col';
    head.append(th);
  }
  const body = element.createTBody();
  for (const row of table.rows.filter((r) => r.stated)) {
    const tr = body.insertRow();
    if (row.excluded) tr.className = 'excluded';
    const name = createElement('th', row.name);
    name.scope = 'row';
    name.append(createElement('div', row.necessity, 'muted'));
    if (row.excluded) name.append(createElement('div', row.excluded, 'muted'));
    const runsOn = createElement('td', row.runsOn);
    if (row.runsOnBasis) runsOn.append(createElement('div', row.runsOnBasis, 'cite'));
    const notes = createElement('td', undefined, 'cite');
    if (row.limits) notes.append(createElement('div', row.limits));
    notes.append(...row.notes.map((note) => createElement('div', note)));
    tr.append(
      name,
      ...table.resources.map((resource) => createFigureCell(row.figures[resource])),
      ...(table.sharedRunsOn ? [] : [runsOn]),
      notes,
    );
  }
  const foot = element.createTFoot().insertRow();
  const label = createElement('th', 'Total of stated figures');
  label.scope = 'row';
  const note = createElement(
    'td',
    `Required and recommended components only; a range means the vendor gives a range. ${table.emptyResources}`.trim(),
    'muted',
  );
  note.colSpan = table.sharedRunsOn ? 1 : 2;
  foot.append(label, ...table.resources.map((resource) => createFigureCell(table.totals[resource])), note);
  if (table.limitTotals) {
    const limits = element.tFoot?.insertRow();
    const limitLabel = createElement('th', 'Limits (where stated)');
    limitLabel.scope = 'row';
    const limitCell = createElement('td', table.limitTotals);
    limitCell.colSpan = table.resources.length + (table.sharedRunsOn ? 1 : 2);
    limits?.append(limitLabel, limitCell);
  }
  scroll.append(element);
  frame.append(scroll, createElement('p', 'Scroll sideways for more', 'scroll-hint'));
  fragment.append(frame);
  const unstatedRows = table.rows.filter((r) => !r.stated);
  if (unstatedRows.length > 0) {
    const details = createElement('details', undefined, 'unstated-rows');
    details.append(
      createElement('summary', `${unstatedRows.length} ${unstatedRows.length === 1 ? 'component states' : 'components state'} no figures`),
    );
    details.append(
      createList(
        unstatedRows.map((row) => `${row.name} (${row.necessity.toLowerCase()}).${table.sharedRunsOn ? '' : ` Runs on: ${row.runsOn}`}`),
        '',
      ),
    );
    fragment.append(details);
  }
  fragment.append(createElement('h4', 'Not stated by the vendor (left out of the totals)'));
  fragment.append(createList(table.unstated, 'Every counted figure is stated.'));
  fragment.append(createElement('h4', 'Recommendations at this load'));
  fragment.append(
    createList(
      table.recommendations.map((r) => `${r.text} (${r.source})`),
      'None stated.',
    ),
  );
  return fragment;
}

/** The heading and table of a sizing result, ready to replace the island's output. */
export function renderSizingResult(result: SizingResult): Node[] {
  const table = buildSizingTable(result);
  return [createElement('h3', table.caption), renderSizingTable(table)];
}
