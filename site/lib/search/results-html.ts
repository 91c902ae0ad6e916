/**
 * The search results as HTML and the status line announcing them, one rendering for the server
 * (/poisk/?q=… without JavaScript) and the browser (the next queries); `t` is the dictionary on the
 * server and the page's own few strings in the browser.
 */
import { plural, type Translate } from '../../../core/i18n/strings.ts';
import type { Shown } from './engine.ts';
import { escapeHtml } from '../../../core/escape-html.ts';

/** One result: its section, its title as a link, the excerpt (already escaped, with <mark>). */
export function resultHtml(shown: Shown, position: number): string {
  const section = shown.section ? `<p class="es-search-section">${escapeHtml(shown.section)}</p>` : '';
  return `<li class="es-search-result" id="result-${String(position)}">${section}<h2><a href="${escapeHtml(
    shown.url,
  )}">${escapeHtml(shown.title)}</a></h2><p>${shown.excerpt}</p></li>`;
}

/** «Найдено 12 результатов по запросу «…».» or «Ничего не найдено по запросу «…». Проверьте…» */
export function statusText(query: string, count: number, t: Translate): string {
  const quoted = `«${query}»`;
  return count === 0
    ? `${t('search.nothing')} ${quoted}. ${t('search.tips')}`
    : `${t('search.found')} ${plural(count, { one: t('search.result.one'), few: t('search.result.few'), many: t('search.result.many') })} ${t('search.resultsFor')} ${quoted}.`;
}
