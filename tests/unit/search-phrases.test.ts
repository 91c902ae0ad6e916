/**
 * The editors' other phrasings of a FAQ question, a content page or a task page («Как ещё
 * спрашивают», `searchPhrases`): indexed with the page after the vocabulary mark, so a query in a
 * customer's words finds the page, and never part of what a result shows.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createServerSearchIndex } from '../../forms-api/src/site/search-index.ts';
import {
  PHRASES_WEIGHT,
  SYNONYMS_SLOT,
  indexSite,
  synonymsSlot,
  taskPageHtml,
  withSynonyms,
} from '../../site/integrations/pagefind.ts';
import { search } from '../../site/lib/search/engine.ts';
import { dedicatedRoutePages } from '../../site/lib/search/on-request-pages.ts';
import { TASK_PAGES } from '../../site/lib/search/task-pages.ts';
import { VOCABULARY_MARK } from '../../site/lib/search/passage.ts';

const synonyms = { groups: [['квитанция', 'квиток', 'платёжка']], weak: [] };

const page = (title: string, text: string, phrases: readonly string[] = []) =>
  `<html lang="ru"><body><main data-pagefind-body><span data-pagefind-meta="kind:answer"></span><h1>${title}</h1><p>${text}</p>${synonymsSlot(phrases)}</main></body></html>`;

test('a page with no phrasings and nothing from the vocabulary is indexed as written', () => {
  const html = page('Как рассчитывается плата?', 'Объём умножается на тариф.');
  assert.ok(html.includes(SYNONYMS_SLOT));
  assert.equal(withSynonyms(html, synonyms), html);
});

test('phrasings go after the vocabulary mark, weighed above the text, and bring the names their words lack', () => {
  const html = page('Как рассчитывается плата?', 'Объём умножается на тариф.', [
    'пришёл квиток на большую сумму',
    'почему "дорого" & <много>',
  ]);
  const indexed = withSynonyms(html, synonyms);
  const [own, added] = indexed.split(VOCABULARY_MARK);
  assert.doesNotMatch(own ?? '', /сумм|дорого|data-es-search-phrases/);
  assert.ok(
    added?.includes(
      `<div data-pagefind-weight="${String(PHRASES_WEIGHT)}">пришёл квиток на большую сумму. почему &#34;дорого&#34; &#38; &#60;много&#62;</div>`,
    ),
    added,
  );
  // «квиток» of a phrasing brings the other names of the receipt, as a word of the text would.
  assert.match(added ?? '', /<div data-pagefind-weight="0\.5">квитанция, платёжка<\/div>/);
});

test('a phrasing finds its answer in a built index, and neither results nor the page carry it', async () => {
  const site = mkdtempSync(join(tmpdir(), 'es-phrases-'));
  const pages = {
    'plata/index.html': page(
      'Как рассчитывается плата?',
      'Плата равна объёму потребления за месяц, умноженному на тариф для вашей категории.',
      ['откуда такая сумма за электричество', 'начислили много'],
    ),
    'tarify/index.html': page('Где посмотреть тарифы?', 'Тарифы на электроэнергию утверждает комитет по тарифам.'),
    'summa/index.html': page(
      'Как узнать сумму задолженности?',
      'Сумма задолженности указана в квитанции и в личном кабинете.',
    ),
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  await indexSite(site, synonyms);
  const { index, totalPages } = await createServerSearchIndex(join(site, 'pagefind')).open();
  const ranked = await search(index, 'откуда такая сумма за электричество', {
    synonyms,
    filters: {},
    totalPages,
    firstCount: 10,
  });
  assert.equal(ranked.first[0]?.url, '/plata/');
  for (const shown of ranked.first) assert.doesNotMatch(shown.excerpt, /откуда|начислили|⁂/);
  // Found by words the page's own text does not have, and the fragment carries none of them (the task
  // pages, indexed by every build, aside: the complaint form's phrasings speak of «начисление»).
  const found = await index.search('начислили');
  const urls = await Promise.all((found?.results ?? []).map(async (result) => (await result.data()).url));
  assert.deepEqual(
    urls.filter((url) => !TASK_PAGES.some((task) => task.path === url)),
    ['/plata/'],
  );
  assert.doesNotMatch(readFileSync(join(site, 'plata/index.html'), 'utf8'), /откуда|data-es-search-phrases/);
  const fragments = join(site, 'pagefind', 'fragment');
  for (const name of readdirSync(fragments)) {
    assert.doesNotMatch(readFileSync(join(fragments, name), 'utf8'), /откуда|начислили|⁂/);
  }
});

test('a section page phrasing, a page rendered on request and a task page are found by their phrasings', async () => {
  const site = mkdtempSync(join(tmpdir(), 'es-page-phrases-'));
  const section = (title: string, text: string, phrases: readonly string[] = []) =>
    page(title, text, phrases).replace('kind:answer', 'kind:section');
  const pages = {
    'oplata/index.html': section('Оплата электроэнергии', 'Способы оплаты и сроки оплаты для граждан и организаций.', [
      'где заплатить за электричество',
    ]),
    'uchet/index.html': section('Приборы учёта электроэнергии', 'Кто устанавливает приборы и как их допускают.'),
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  const outages = {
    path: '/otklyucheniya/',
    title: 'Плановые и аварийные отключения',
    task: 'Адреса, время и причины отключений.',
    phrases: ['когда дадут свет'],
  };
  assert.match(taskPageHtml(outages, 'section'), /data-es-search-phrases="\[&#34;когда дадут свет&#34;\]"/);
  await indexSite(site, synonyms, [outages]);
  const { index, totalPages } = await createServerSearchIndex(join(site, 'pagefind')).open();
  const first = async (query: string) =>
    (await search(index, query, { synonyms, filters: {}, totalPages, firstCount: 10 })).first[0]?.url;
  assert.equal(await first('где заплатить за электричество'), '/oplata/');
  assert.equal(await first('когда дадут свет'), '/otklyucheniya/');
  // Phrasings of the status lookup and the calculator (site/lib/search/task-pages.ts) among all task pages.
  for (const [query, path] of [
    ['где мой ответ на обращение', '/internet-priemnaya/status/'],
    ['сколько платить за киловатты', '/tarify/kalkulyator/'],
  ] as const) {
    assert.ok(TASK_PAGES.find((task) => task.path === path)?.phrases?.includes(query), query);
    assert.equal(await first(query), path, query);
  }
  assert.doesNotMatch(readFileSync(join(site, 'oplata/index.html'), 'utf8'), /заплатить|data-es-search-phrases/);
});

test('every task page and every content page rendered on request carries valid phrasings to the index', () => {
  for (const task of TASK_PAGES) assert.ok((task.phrases?.length ?? 0) >= 3, `${task.path}: ${String(task.phrases)}`);
  const onRequest = dedicatedRoutePages(new URL('../../', import.meta.url));
  assert.ok(onRequest.some((page) => page.path === '/otklyucheniya/' && (page.phrases?.length ?? 0) > 0));
});
