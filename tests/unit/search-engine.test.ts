import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preload, search } from '../../site/lib/search/engine.ts';
import type { PagefindResult, SearchIndex } from '../../site/lib/search/index-api.ts';
import { VOCABULARY_MARK } from '../../site/lib/search/passage.ts';

interface FakePage {
  title: string;
  /** Stems Pagefind would match by prefix. */
  words: string[];
  /** The indexed text; the title and the words by default. */
  content?: string;
  kind?: string;
  /** Pagefind's score, 1 by default. */
  score?: number;
  /** Where Pagefind found the searched words, in words from the page's start; none by default. */
  at?: number[];
}

/** A Pagefind stand-in over a few pages: a page matches a search when it holds every word. */
function fakePagefind(pages: Record<string, FakePage>) {
  const searched: string[] = [];
  const preloaded: string[] = [];
  const index: SearchIndex = {
    preload: (term) => {
      preloaded.push(term);
      return Promise.resolve();
    },
    search: (term) => {
      searched.push(term ?? '');
      const words = (term ?? '').split(' ');
      const results: PagefindResult[] = Object.entries(pages)
        .filter(([, page]) => words.every((word) => page.words.some((w) => w.startsWith(word))))
        .map(([url, page]) => ({
          id: url,
          score: page.score ?? 1,
          words: page.at ?? [],
          data: () =>
            Promise.resolve({
              url,
              content: page.content ?? `${page.title} ${page.words.join(' ')}`,
              meta: { title: page.title, ...(page.kind ? { kind: page.kind } : {}) },
              filters: {},
            }),
        }));
      return Promise.resolve({ results });
    },
  };
  return { index, searched, preloaded };
}

const options = { synonyms: { groups: [], weak: [] }, filters: {}, totalPages: 3, firstCount: 10 };

test('a one-word query runs one Pagefind search, not the same search twice', async () => {
  const { index, searched } = fakePagefind({
    '/a/': { title: 'Рассрочка', words: ['рассрочк'] },
    '/b/': { title: 'Оплата', words: ['оплат'] },
  });
  const ranked = await search(index, 'рассрочка', options);
  assert.deepEqual(
    ranked.first.map((shown) => shown.url),
    ['/a/'],
  );
  assert.equal(searched.length, 1);
});

test('a two-word query searches each word and the whole query once each', async () => {
  const { index, searched } = fakePagefind({
    '/a/': { title: 'Рассрочка долга', words: ['рассрочк', 'долг'] },
    '/b/': { title: 'Долг', words: ['долг'] },
  });
  const ranked = await search(index, 'рассрочка долга', options);
  assert.deepEqual(
    ranked.first.map((shown) => shown.url),
    ['/a/', '/b/'],
  );
  assert.equal(searched.length, 3);
  assert.equal(new Set(searched).size, 3);
});

test('a question worded like a title outranks pages that merely share its words with a higher score', async () => {
  const { index } = fakePagefind({
    '/long/': { title: 'Оплата и показания', words: ['передат', 'показан', 'оплат'], score: 1.5 },
    '/faq/': { title: 'Как передать показания?', words: ['передат', 'показан'], kind: 'answer' },
  });
  const ranked = await search(index, 'как передать показания', options);
  assert.equal(ranked.first[0]?.url, '/faq/');
});

test('a keyword query naming a task puts the task page first; a question prefers the answer', async () => {
  const pages = {
    '/form/': { title: 'Жалоба или претензия', words: ['жалоб', 'претенз'], kind: 'task' },
    '/faq/': { title: 'Как подать жалобу?', words: ['подат', 'жалоб'], kind: 'answer' },
  };
  const { index } = fakePagefind(pages);
  assert.equal((await search(index, 'жалоба', options)).first[0]?.url, '/form/');
  assert.equal((await search(index, 'как подать жалобу', options)).first[0]?.url, '/faq/');
});

test('a task query («написать обращение онлайн») puts the form first, above pages using all its words', async () => {
  const { index } = fakePagefind({
    '/order/': { title: 'Порядок рассмотрения обращений', words: ['написа', 'обращен', 'онлайн'], score: 2 },
    '/form/': { title: 'Обращение', words: ['обращен'], kind: 'task' },
  });
  assert.equal((await search(index, 'написать обращение онлайн', options)).first[0]?.url, '/form/');
});

test('a question ranks first the answer whose question asks the same («когда» → «до какого числа»)', async () => {
  const { index } = fakePagefind({
    '/what/': {
      title: 'Что будет, если не передать показания вовремя?',
      words: ['передат', 'показан'],
      kind: 'answer',
      score: 1.2,
    },
    '/when/': { title: 'До какого числа нужно передать показания?', words: ['передат', 'показан'], kind: 'answer' },
  });
  assert.equal((await search(index, 'когда передать показания', options)).first[0]?.url, '/when/');
});

test('excerpts show the page text with the query marked, never the vocabulary lines', async () => {
  const { index } = fakePagefind({
    '/a/': {
      title: 'Замена счётчика',
      words: ['замен', 'счетчик', 'пу'],
      content: `Замена счётчика. Счётчик заменяет <сетевая> организация. ${VOCABULARY_MARK} прибор учёта, ПУ`,
    },
  });
  const [shown] = (await search(index, 'счётчик', options)).first;
  assert.ok(shown);
  assert.equal(
    shown.excerpt,
    'Замена <mark>счётчика.</mark> <mark>Счётчик</mark> заменяет &#60;сетевая&#62; организация.',
  );
});

test('while typing, the words so far are preloaded, a word is left out until its fourth letter', async () => {
  const { index, preloaded } = fakePagefind({});
  const typing = { synonyms: { groups: [], weak: [] }, filters: {} };
  for (const typed of ['с', 'сч', 'счё', 'счёт', 'показания сч', 'показания ', 'замена ПУ ']) {
    await preload(index, typed, typing);
  }
  assert.deepEqual(preloaded, ['счет', 'показан', 'показан', 'замена пу']);
});

test('a word no page uses is searched by its longest prefix pages use, so a typo near its end still finds them', async () => {
  const { index, searched } = fakePagefind({
    '/meter/': { title: 'Замена счётчика', words: ['замен', 'счетчик'] },
    '/pay/': { title: 'Оплата', words: ['оплат'] },
  });
  const ranked = await search(index, 'счетчек', options);
  assert.deepEqual(
    ranked.first.map((shown) => shown.url),
    ['/meter/'],
  );
  assert.ok(searched.includes('счетч'));
  // Never shorter than 5 letters: «счет» would find «счёт» as well.
  assert.ok(!searched.includes('счет'));
  assert.match(ranked.first[0]?.excerpt ?? '', /<mark>счётчика<\/mark>/);
});

test('a kind of question no title asks («сколько…») does not push the answer naming the rare word down', async () => {
  const pages: Record<string, FakePage> = {
    '/pay/': {
      title: 'Оплата электроэнергии',
      words: ['оплат', 'электроэнерг', 'задолжен'],
      // Its first sentence is about paying; the debt comes later, as on the real payment page.
      content: 'Оплата электроэнергии. Оплатить электроэнергию можно онлайн. Задолженность видна в кабинете.',
      score: 1.5,
    },
    '/debt/': { title: 'Задолженность', words: ['задолжен', 'электроэнерг'] },
  };
  for (const n of [1, 2, 3, 4])
    pages[`/power-${String(n)}/`] = { title: 'Электроэнергия и договор', words: ['электроэнерг'] };
  for (const n of [1, 2, 3]) pages[`/contract-${String(n)}/`] = { title: 'Договор', words: ['договор'] };
  const { index } = fakePagefind(pages);
  const many = { ...options, totalPages: Object.keys(pages).length };
  assert.equal((await search(index, 'задолженность электроэнергия', many)).first[0]?.url, '/debt/');
  assert.equal((await search(index, 'сколько задолженность электроэнергия', many)).first[0]?.url, '/debt/');
});

test('a section whose title names most of a keyword query is lifted as a section, not only one naming all of it', async () => {
  const { index } = fakePagefind({
    '/answer/': {
      title: 'Оплата электроэнергии',
      words: ['оплат', 'электроэнерг', 'карт'],
      kind: 'answer',
      score: 1.1,
    },
    '/section/': { title: 'Оплата электроэнергии', words: ['оплат', 'электроэнерг', 'карт'], kind: 'section' },
  });
  assert.equal((await search(index, 'оплата электроэнергии картой', options)).first[0]?.url, '/section/');
});

test('a verbal noun in the query finds a page that uses its verb («регистрация», «регистрируется»)', async () => {
  const { index } = fakePagefind({
    '/org/': { title: 'Личный кабинет организации', words: ['личн', 'кабинет', 'организац', 'регистрир'] },
    '/appeals/': { title: 'Регистрация обращений', words: ['регистрац', 'обращен'] },
  });
  const found = (await search(index, 'регистрация', options)).first.map((shown) => shown.url);
  assert.deepEqual(found.sort(), ['/appeals/', '/org/']);
});

test('a title worded like the query outweighs a Pagefind score six times as high', async () => {
  const { index } = fakePagefind({
    '/long/': { title: 'Оплата и показания', words: ['передат', 'показан', 'оплат'], score: 6 },
    '/faq/': { title: 'Как передать показания?', words: ['передат', 'показан'], kind: 'answer' },
  });
  assert.equal((await search(index, 'как передать показания', options)).first[0]?.url, '/faq/');
});

test('a query word the title does not name counts, at half, when the first sentence of the page does', async () => {
  const { index } = fakePagefind({
    '/other/': {
      title: 'Обработка данных',
      words: ['обработк', 'данные', 'удал'],
      content: 'Обработка данных. Мы обрабатываем данные клиентов по закону. Удалить ваши данные можно по запросу.',
      score: 1.5,
    },
    '/request/': {
      title: 'Запрос о данных',
      words: ['запрос', 'данные', 'удал'],
      content: 'Запрос о данных. Удалить ваши данные или уточнить их можно здесь. Ответим по закону.',
    },
  });
  assert.equal((await search(index, 'удалить данные', options)).first[0]?.url, '/request/');
});

test('a page written for customers outranks a chapter of the standard with the same title and a slightly higher score', async () => {
  const { index } = fakePagefind({
    '/standard/': { title: 'Предложения клиентов', words: ['предложен'], score: 1.2 },
    '/faq/': { title: 'Предложения клиентов', words: ['предложен'], kind: 'answer' },
  });
  assert.equal((await search(index, 'предложения', options)).first[0]?.url, '/faq/');
});

test('an answer naming the query in its opening is fetched and re-ranked though Pagefind puts ten long pages before it', async () => {
  const pages: Record<string, FakePage> = {
    '/answer/': { title: 'Рассрочка долга', words: ['рассрочк', 'долг'], score: 1, at: [0, 1] },
  };
  for (let i = 0; i < 10; i += 1) {
    pages[`/chapter-${String(i)}/`] = {
      title: `Глава ${String(i)}`,
      words: ['рассрочк', 'долг'],
      score: 1.3,
      at: [80, 95],
    };
  }
  const { index } = fakePagefind(pages);
  const ranked = await search(index, 'рассрочка долга', { ...options, totalPages: 40 });
  assert.equal(ranked.first[0]?.url, '/answer/');
});

test('a word none of the fetched pages uses, one edit from a word they do, is searched again as that word', async () => {
  const { index, searched } = fakePagefind({
    '/a/': { title: 'Передать документы', words: ['переда', 'документ'] },
    '/b/': { title: 'Передать показания', words: ['переда', 'показан'] },
    '/c/': { title: 'Показания счётчика', words: ['показан', 'счетчик'] },
  });
  // «покаания» (a letter dropped) is in no page; «показания» of a page fetched for «передать» is one edit from it.
  const ranked = await search(index, 'передать покаания', options);
  assert.ok(searched.includes('показан'), 'searched again by the corrected word');
  const [top] = ranked.first;
  assert.ok(top);
  assert.equal(top.url, '/b/');
  assert.match(top.excerpt, /<mark>показания<\/mark>/);
  assert.ok(
    ranked.first.some((shown) => shown.url === '/c/'),
    'a page with the corrected word only is fetched',
  );
});

/**
 * A Pagefind stand-in with its index in two chunks, split inside the words starting «оплат»: like
 * Pagefind, a search loads the chunks of its words (each download taking the time given) and
 * matches a word's prefix only in chunks loaded by then.
 */
function chunkedPagefind(pages: Record<string, string[]>, downloadMs: Record<string, number>) {
  const loaded = new Set<string>();
  const chunkOf = (word: string) => (word < 'оплатить' ? 'first' : 'second');
  const load = async (text: string) => {
    await new Promise((resolve) => setTimeout(resolve, downloadMs[text] ?? 0));
    for (const word of text.split(' ')) loaded.add(chunkOf(word));
  };
  const index: SearchIndex = {
    preload: (term) => load(term),
    search: async (term) => {
      await load(term ?? '');
      const words = (term ?? '').split(' ');
      const results: PagefindResult[] = Object.entries(pages)
        .filter(([, own]) => words.every((word) => own.some((w) => w.startsWith(word) && loaded.has(chunkOf(w)))))
        .map(([url, own]) => ({
          id: url,
          score: 1,
          words: [],
          data: () => Promise.resolve({ url, content: own.join(' '), meta: { title: own.join(' ') }, filters: {} }),
        }));
      return { results };
    },
  };
  return index;
}

test('the same query gives the same results whichever chunk of the index downloads first', async () => {
  const pages = {
    '/oplata-sberbank/': ['оплата', 'сбербанк'],
    '/oplatit-online/': ['оплатить', 'онлайн'],
    '/oplata/': ['оплата'],
  };
  const shown = async (downloadMs: Record<string, number>) =>
    (await search(chunkedPagefind(pages, downloadMs), 'оплата сбер', { ...options, totalPages: 3 })).first.map(
      (result) => result.url,
    );
  // The chunk of «сбер» arrives after the search for «оплат» has run, then before it.
  assert.deepEqual(await shown({ сбер: 30 }), await shown({ оплат: 30 }));
});
