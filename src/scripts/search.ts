// The search page's client: loads Pagefind's JS API on demand (only on this page, only once the reader starts a
// search), fills the filters from the index and renders results, with each component row as its own result.

/** What Pagefind returns for one result once its data is loaded. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** The part of Pagefind's JS API this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const BUNDLE_PATH = '/pagefind/pagefind.js';
const MAX_RESULTS = 25;
let pagefind: Promise<Pagefind> | undefined;

/** Imports Pagefind once, when first needed. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ BUNDLE_PATH) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return pagefind;
}

/** Turns the entities Pagefind escapes back into text (the result is only ever set as text). */
function decodeEntities(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };
  return html.replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? whole);
}

/** Keeps only Pagefind's <mark> highlighting from an excerpt; everything else becomes text. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  for (const part of excerpt.split(/(<mark>.*?<\/mark>)/g)) {
    const mark = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = decodeEntities(mark ? (mark[1] ?? '') : part);
    if (!text) continue;
    if (mark) {
      const element = document.createElement('mark');
      element.textContent = text;
      parent.append(element);
    } else parent.append(text);
  }
}

/** Renders one result: title link, kind, excerpt and up to three sections of the page that matched. */
function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.kind) {
    const kind = document.createElement('span');
    kind.className = 'badge';
    kind.textContent = data.meta.kind;
    heading.append(' ', kind);
  }
  const excerpt = document.createElement('p');
  appendExcerpt(excerpt, data.excerpt);
  item.append(excerpt);
  const sections = (data.sub_results ?? []).filter((sub) => sub.url !== data.url).slice(0, 3);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    for (const sub of sections) {
      const entry = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      entry.append(subLink);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** Wires the search form: live results as the user types or picks a filter, and ?q= on load. */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const results = document.querySelector<HTMLOListElement>('#search-results');
  const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  if (!form || !input || !status || !results) return;
  let latest = 0;

  /** Fills each filter with the values the index holds, with counts. */
  async function fillFilters(): Promise<void> {
    const available = await (await loadPagefind()).filters();
    for (const select of selects) {
      const values = Object.entries(available[select.name] ?? {}).sort(([a], [b]) => a.localeCompare(b));
      for (const [value, count] of values) select.add(new Option(`${value} (${count})`, value));
      const wanted = new URLSearchParams(location.search).get(select.name);
      if (wanted && values.some(([value]) => value === wanted)) select.value = wanted;
    }
  }

  /** Runs the current query and replaces the results; older queries that finish late are dropped. */
  async function runSearch(): Promise<void> {
    const query = ++latest;
    const term = input!.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]]));
    const params = new URLSearchParams({
      ...(term ? { q: term } : {}),
      ...Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value])),
    });
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    if (!term && Object.keys(filters).length === 0) {
      results!.replaceChildren();
      status!.textContent = '';
      return;
    }
    status!.textContent = 'Searching…';
    await prepare();
    const search = await (await loadPagefind()).search(term || null, { filters });
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (query !== latest) return;
    results!.replaceChildren(...data.map(renderResult));
    const shown = search.results.length > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : '';
    status!.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}${shown}.`;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSearch(), 150);
  });
  for (const select of selects) select.addEventListener('change', () => void runSearch());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runSearch();
  });
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  // Pagefind (about 25 KiB of JS plus its index) loads on demand: when the reader reaches for the search box or a
  // filter, or arrives with a query in the address; a plain visit to this page fetches none of it.
  let filled: Promise<void> | undefined;
  const prepare = () => (filled ??= fillFilters());
  for (const element of [input, ...selects]) {
    element.addEventListener('focus', () => void prepare(), { once: true });
    element.addEventListener('pointerdown', () => void prepare(), { once: true });
  }
  const params = new URLSearchParams(location.search);
  if (params.has('q') || selects.some((select) => params.has(select.name))) void prepare().then(runSearch);
}
