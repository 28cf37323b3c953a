// The comparison for static builds: the engine behind /compare/custom/, run in the browser over every architecture's
// data, and the matrix drawn as ComparisonMatrix.astro draws it, with textContent only. Loaded on first use.
import {
  buildComparison,
  formatCellStatus,
  groupRowsByCategory,
  listFootprintRows,
  parseComparisonSelection,
  type Comparison,
  type GuidanceItem,
} from '../lib/compare/index.ts';
import { NOT_STATED, resourceLabels, type ResolvedSource } from '../lib/model/index.ts';
import { loadEveryArchitecture } from './static-data.ts';

/** Creates an element with optional text and class. */
function createElement<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** A link to a site path (anything else stays text). */
function createLink(text: string, href: string, className?: string): HTMLElement {
  const link = createElement('a', text, className);
  if (href.startsWith('/')) link.href = href;
  return link;
}

/** The citation links of one fact, as CitationLinks.astro writes them. */
function createCitations(sources: readonly ResolvedSource[], base: string): HTMLElement[] {
  return sources.map((source) => {
    const link = createLink(`[${source.sectionTitle}]`, `${base}#${source.anchor}`, 'cite');
    link.title = `${source.documentTitle}: ${source.sectionTitle}`;
    return link;
  });
}

/** A header cell of a row or column group. */
function createHeader(text: string, scope: 'row' | 'col' | 'colgroup', className?: string): HTMLTableCellElement {
  const cell = createElement('th', text, className);
  cell.scope = scope;
  return cell;
}

/** The matrix of `comparison`, as ComparisonMatrix.astro renders it. */
function renderMatrix(comparison: Comparison, caption: string): HTMLElement {
  const { columns } = comparison;
  const scroll = createElement('div', undefined, 'scroll-x');
  scroll.dataset.scrollCue = '';
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-label', caption);
  const table = createElement('table', undefined, 'matrix');
  table.append(createElement('caption', caption, 'visually-hidden'));
  const head = table.createTHead().insertRow();
  head.append(createHeader('Role', 'col'));
  for (const column of columns) {
    const cell = createHeader('', 'col');
    cell.append(createLink(column.product, column.path), createElement('div', column.variantName, 'muted'));
    head.append(cell);
  }
  const groupRow = (body: HTMLTableSectionElement, label: string) => {
    const row = body.insertRow();
    row.className = 'group';
    const cell = createHeader(label, 'colgroup');
    cell.colSpan = columns.length + 1;
    row.append(cell);
  };
  for (const group of groupRowsByCategory(comparison.rows)) {
    const body = table.createTBody();
    groupRow(body, group.label);
    for (const role of group.rows) {
      const row = body.insertRow();
      if (role.differs) row.className = 'differs';
      const label = createHeader(role.label, 'row');
      if (role.differs) label.append(createElement('div', 'differs', 'muted small'));
      row.append(label);
      role.cells.forEach((cell, index) => {
        const td = createElement('td', undefined, `cell-${cell.status}`);
        td.append(createElement('span', formatCellStatus(cell.status), `badge badge-${cell.status}`));
        for (const component of cell.components) {
          const box = createElement('div', undefined, 'component');
          box.append(createLink(component.technology ?? component.name, component.href));
          if (component.technology && component.technology !== component.name)
            box.append(createElement('span', ` (${component.name})`, 'muted'));
          if (component.necessity !== cell.status)
            box.append(createElement('span', ` (${formatCellStatus(component.necessity).toLowerCase()})`, 'muted'));
          if (component.condition) box.append(createElement('div', component.condition, 'muted small'));
          box.append(...component.requirements.map((text) => createElement('div', text, 'small')));
          const cite = createElement('div', undefined, 'cite');
          cite.append(...createCitations(component.sources, columns[index]?.path ?? ''));
          box.append(cite);
          td.append(box);
        }
        row.append(td);
      });
    }
  }
  const footprint = table.createTBody();
  groupRow(footprint, 'Minimum footprint (stated figures of required and recommended components)');
  for (const resourceRow of listFootprintRows(comparison)) {
    const row = footprint.insertRow();
    row.append(createHeader(resourceRow.label, 'row'));
    for (const value of resourceRow.values) row.append(createElement('td', value, value === NOT_STATED ? 'not-stated' : undefined));
  }
  const sourcesRow = footprint.insertRow();
  sourcesRow.append(createHeader('Figures from', 'row'));
  comparison.footprint.forEach((cell, index) => {
    const td = createElement('td', undefined, 'small');
    const base = columns[index]?.path ?? '';
    if (cell.contributions.length === 0) td.append(createElement('span', NOT_STATED, 'not-stated'));
    for (const contribution of cell.contributions) {
      const line = createElement('div');
      line.append(
        createLink(contribution.name, contribution.href),
        `: ${contribution.text} `,
        ...createCitations(contribution.source, base),
      );
      td.append(line);
    }
    for (const rule of cell.loadRules) {
      const line = createElement('div');
      line.append(createLink(rule.text, rule.href), ' ', ...createCitations(rule.source, base));
      td.append(line);
    }
    sourcesRow.append(td);
  });
  const unstatedRow = footprint.insertRow();
  unstatedRow.append(createHeader('Not stated', 'row'));
  for (const cell of comparison.footprint) {
    const td = createElement('td', undefined, 'small');
    if (cell.unstatedPartly.length === 0 && cell.unstatedEntirely.length === 0) td.append(createElement('span', 'Nothing', 'muted'));
    for (const entry of cell.unstatedPartly)
      td.append(createElement('div', `${entry.name}: ${entry.resources.map((r) => resourceLabels[r].noun).join(', ')}`));
    if (cell.unstatedEntirely.length > 0) {
      const details = createElement('details');
      details.append(createElement('summary', `No figures for ${cell.unstatedEntirely.length} components`));
      const list = createElement('ul');
      list.append(...cell.unstatedEntirely.map((name) => createElement('li', name)));
      details.append(list);
      td.append(details);
    }
    unstatedRow.append(td);
  }
  const sizingRow = footprint.insertRow();
  sizingRow.append(createHeader('Sizing', 'row'));
  for (const column of columns) {
    const td = createElement('td', undefined, 'small');
    td.append(createLink(`Size ${column.product} for your users`, column.sizingPath));
    sizingRow.append(td);
  }
  const guidance = table.createTBody();
  groupRow(guidance, 'Guidance');
  const guidanceRows: { label: string; cells: GuidanceItem[][] }[] = [
    { label: 'High availability', cells: comparison.highAvailability },
    { label: 'Managed services', cells: comparison.managedServices },
  ];
  for (const guidanceRow of guidanceRows) {
    const row = guidance.insertRow();
    row.append(createHeader(guidanceRow.label, 'row'));
    guidanceRow.cells.forEach((items, index) => {
      const td = createElement('td', undefined, 'small');
      if (items.length === 0) td.append(createElement('span', NOT_STATED, 'not-stated'));
      for (const item of items) {
        const line = createElement('div');
        line.append(createLink(item.text, item.href), ' ', ...createCitations(item.source, columns[index]?.path ?? ''));
        td.append(line);
      }
      row.append(td);
    });
  }
  scroll.append(table);
  // The same frame, cue and hint as ScrollBox.astro, so the shell's script marks it when it overflows.
  const frame = createElement('div', undefined, 'scroll-frame');
  const hint = createElement('p', 'Scroll sideways for more', 'scroll-hint');
  hint.setAttribute('aria-hidden', 'true');
  frame.append(scroll, hint);
  return frame;
}

/** What /compare/custom/ would show for its ?v= values: the note on unknown values, then the matrix or the prompt. */
export async function renderSelection(values: readonly string[]): Promise<HTMLElement[]> {
  const architectures = await loadEveryArchitecture();
  const { keys, ignored } = parseComparisonSelection(values, architectures);
  const shown: HTMLElement[] = [];
  if (ignored > 0) {
    const note = createElement(
      'p',
      `${ignored === 1 ? 'One selection was' : `${ignored} selections were`} not recognised and left out.`,
      'not-stated',
    );
    note.setAttribute('role', 'status');
    shown.push(note);
  }
  if (keys.length > 0) shown.push(renderMatrix(buildComparison(architectures, keys), 'Components by role for the selected variants'));
  else {
    const alert = createElement('p', 'Pick at least one architecture variant below.');
    alert.setAttribute('role', 'alert');
    shown.push(alert);
  }
  return shown;
}
