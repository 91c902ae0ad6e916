/**
 * The search page in the browser: the server answers ?q=, ?section=, ?audience= (stable deep
 * links) with results already on the page; here the next queries are searched in the browser
 * with the same ranking, rendered the same way and announced in a live region.
 */
import type { SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';
import type { UiKey } from '../../../core/i18n/i18n.ts';
import type { Filters, Ranked } from '../../lib/search/engine.ts';
import { resultHtml, statusText } from '../../lib/search/results-html.ts';
import { loadPagefind } from './pagefind-api.ts';

/**
 * The ranking with its Russian stemmer (about 9 KB with brotli) is only needed to search, so it
 * is fetched beside Pagefind rather than with the page.
 */
let engine: Promise<typeof import('../../lib/search/engine.ts')> | undefined;
function loadEngine() {
  engine ??= import('../../lib/search/engine.ts').catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

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
/** The server's «Показать ещё» link for its own results; the browser's searches use the button. */
const moreLink = document.getElementById('search-more-link');
// Checked against its schema when the site was built; zod itself stays out of the browser.
const synonyms = JSON.parse(form.dataset['synonyms'] ?? '{}') as SearchSynonyms;
const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Partial<Record<UiKey, string>>;
const t = (key: UiKey): string => strings[key] ?? key;

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

async function showMore(): Promise<void> {
  const next = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const shown = await Promise.all(next.map((load) => load()));
  const start = list.children.length + 1;
  list.insertAdjacentHTML('beforeend', shown.map((result, i) => resultHtml(result, start + i)).join(''));
  more.hidden = pending.length === 0;
}

async function run(query: string): Promise<void> {
  const started = performance.now();
  list.replaceChildren();
  more.hidden = true;
  moreLink?.remove();
  ask.hidden = true;
  if (query === '') {
    status.textContent = '';
    return;
  }
  status.textContent = t('search.loading');
  try {
    const [{ api, totalPages }, { search }] = await Promise.all([loadPagefind(), loadEngine()]);
    const ranked = await search(api, query, {
      synonyms,
      filters: filtersFromForm(),
      totalPages,
      firstCount: PAGE_SIZE,
    });
    list.innerHTML = ranked.first.map((result, i) => resultHtml(result, i + 1)).join('');
    pending = ranked.rest;
    more.hidden = pending.length === 0;
    status.textContent = statusText(query, ranked.first.length + ranked.rest.length, t);
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
  Promise.all([loadPagefind(), loadEngine()])
    .then(([{ api }, { preload }]) => preload(api, typed, { synonyms, filters: filtersFromForm() }))
    .catch(() => undefined);
});
window.addEventListener('popstate', () => void run(readUrl()));
readUrl();
// The server has answered the URL's query already: the search library is fetched and compiled
// only when the visitor turns to the form for the next one, so reading the results never waits
// behind it (it was most of the page's blocking time). A failure here is reported by the search
// that needs it. A visitor may have reached the field before this script ran.
const warmEngine = () => void Promise.all([loadPagefind(), loadEngine()]).catch(() => undefined);
if (form.contains(document.activeElement)) warmEngine();
else form.addEventListener('focusin', warmEngine, { once: true });
