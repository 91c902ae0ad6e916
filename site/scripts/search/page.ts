/**
 * The search page in the browser: reads ?q=, ?section=, ?audience= (stable deep links), runs
 * the search, renders results with section, title and highlighted excerpt, and announces the
 * count in a live region. Without JavaScript none of this runs and the page shows the FAQ index.
 */
import { SearchSynonymsSchema } from '../../../content/schemas/search-synonyms.ts';
import { plural, t } from '../../../core/i18n/i18n.ts';
import { preload, search, type Filters, type Ranked, type Shown } from '../../lib/search/engine.ts';
import { loadPagefind } from './pagefind-api.ts';

const PAGE_SIZE = 10;
const FILTER_FIELDS = ['section', 'audience'] as const;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`#${id} is missing from the search page`);
  return found;
}

const form = element('search-form', HTMLFormElement);
const input = element('search-query', HTMLInputElement);
const status = element('search-status', HTMLParagraphElement);
const list = element('search-results', HTMLOListElement);
const more = element('search-more', HTMLButtonElement);
const ask = element('search-ask', HTMLDivElement);
const askLink = element('search-ask-link', HTMLAnchorElement);
element('search-needs-js', HTMLParagraphElement).hidden = true;
const synonyms = SearchSynonymsSchema.parse(JSON.parse(form.dataset['synonyms'] ?? '{}'));

let pending: Ranked['rest'] = [];

function filterSelect(name: (typeof FILTER_FIELDS)[number]): HTMLSelectElement | null {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLSelectElement ? field : null;
}

function filtersFromForm(): Filters {
  const filters: Filters = {};
  for (const name of FILTER_FIELDS) {
    const value = filterSelect(name)?.value ?? '';
    if (value !== '') filters[name] = value;
  }
  return filters;
}

function resultItem(data: Shown): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'es-search-result';
  const section = data.section;
  if (section) {
    const label = document.createElement('p');
    label.className = 'es-search-section';
    label.textContent = section;
    item.append(label);
  }
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.title;
  heading.append(link);
  const excerpt = document.createElement('p');
  // The ranking escapes the page text and only adds <mark> around the matched words (passage.ts).
  excerpt.innerHTML = data.excerpt;
  item.append(heading, excerpt);
  return item;
}

async function showMore(): Promise<void> {
  const next = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  list.append(...(await Promise.all(next.map(async (load) => resultItem(await load())))));
  more.hidden = pending.length === 0;
}

function announce(query: string, count: number): void {
  const quoted = `«${query}»`;
  status.textContent =
    count === 0
      ? `${t('search.nothing')} ${quoted}. ${t('search.tips')}`
      : `${t('search.found')} ${plural(count, { one: t('search.result.one'), few: t('search.result.few'), many: t('search.result.many') })} ${t('search.resultsFor')} ${quoted}.`;
}

async function run(query: string): Promise<void> {
  const started = performance.now();
  list.replaceChildren();
  more.hidden = true;
  ask.hidden = true;
  if (query === '') {
    status.textContent = '';
    return;
  }
  status.textContent = t('search.loading');
  try {
    const { api, totalPages } = await loadPagefind();
    const ranked = await search(api, query, {
      synonyms,
      filters: filtersFromForm(),
      totalPages,
      firstCount: PAGE_SIZE,
    });
    list.append(...ranked.first.map(resultItem));
    pending = ranked.rest;
    more.hidden = pending.length === 0;
    announce(query, ranked.first.length + ranked.rest.length);
  } catch (error) {
    status.textContent = t('search.failed');
    throw error;
  } finally {
    askLink.href = `${askLink.pathname}?${new URLSearchParams({ text: query }).toString()}`;
    ask.hidden = false;
    // The benchmark (tests/bench/search.ts) reads this measure.
    performance.measure('es-search', { start: started, detail: query });
    document.dispatchEvent(new CustomEvent('es-search-done'));
  }
}

function readUrl(): string {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of FILTER_FIELDS) {
    const select = filterSelect(name);
    if (select) select.value = params.get(name) ?? '';
  }
  return input.value.trim();
}

function writeUrl(): void {
  const params = new URLSearchParams();
  params.set('q', input.value.trim());
  for (const [name, value] of Object.entries(filtersFromForm())) params.set(name, value);
  history.pushState(null, '', `${location.pathname}?${params.toString()}`);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeUrl();
  void run(input.value.trim());
});
for (const name of FILTER_FIELDS) {
  filterSelect(name)?.addEventListener('change', () => {
    if (input.value.trim() === '') return;
    writeUrl();
    void run(input.value.trim());
  });
}
more.addEventListener('click', () => {
  const first = list.children.length;
  void showMore().then(() => {
    // Keyboard and screen reader users continue from the first newly shown result.
    list.children[first]?.querySelector('a')?.focus();
  });
});
// The index chunks the query needs start downloading while it is typed. A failure here is
// reported by the search that needs them.
input.addEventListener('input', () => {
  const typed = input.value;
  if (typed.trim() === '') return;
  loadPagefind()
    .then(({ api }) => preload(api, typed, { synonyms, filters: filtersFromForm() }))
    .catch(() => undefined);
});
window.addEventListener('popstate', () => void run(readUrl()));
const initialQuery = readUrl();
if (initialQuery === '') {
  // Nothing to search yet: download the search library while the visitor types. A failure
  // here is reported by the search that needs it.
  loadPagefind().catch(() => undefined);
}
void run(initialQuery);
