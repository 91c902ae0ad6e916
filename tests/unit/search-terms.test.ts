import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { SearchSynonymsSchema } from '../../content/schemas/search-synonyms.ts';
import { dedicatedRoutePages } from '../../site/lib/search/on-request-pages.ts';
import { excerpt, ownWords, proximity } from '../../site/lib/search/passage.ts';
import { pageKind } from '../../site/lib/search/sections.ts';
import { stem } from '../../site/lib/search/stem.ts';
import {
  analyze,
  isQuestion,
  isTaskQuery,
  missingSynonyms,
  nameStems,
  questionKind,
  searchText,
  titleSimilarity,
} from '../../site/lib/search/terms.ts';
import { TASK_PAGES } from '../../site/lib/search/task-pages.ts';

const synonyms = SearchSynonymsSchema.parse(
  parse(readFileSync(new URL('../../content/search/synonyms.yaml', import.meta.url), 'utf8')),
);

test('the synonym list has at least the pairs the issue asks for', () => {
  const grouped = (a: string, b: string) => synonyms.groups.some((group) => group.includes(a) && group.includes(b));
  for (const [a, b] of [
    ['счётчик', 'прибор учёта'],
    ['счётчик', 'ПУ'],
    ['лицевой счёт', 'ЛС'],
    ['личный кабинет', 'ЛК'],
    ['личный кабинет', 'ЛКК'],
    ['ЦОК', 'центр обслуживания'],
    ['ЦОК', 'офис'],
    ['отключение', 'ограничение'],
    ['отключение', 'приостановление'],
    ['квитанция', 'платёжный документ'],
    ['квитанция', 'счёт'],
  ] as const) {
    assert.ok(grouped(a, b), `${a} = ${b}`);
  }
});

test('word forms share a Snowball stem, and different words do not', () => {
  assert.equal(stem('счётчика'.replace('ё', 'е')), stem('счетчик'));
  assert.equal(stem('лицевого'), stem('лицевой'));
  assert.equal(stem('учёта'.replace('ё', 'е')), 'учет');
  assert.equal(stem('личном'), stem('личный'));
  assert.notEqual(stem('счетчик'), stem('счет'));
});

test('a verb ending in -ат or -ут after ж, ч, ш, щ loses it, as Snowball cuts -ят and -ют', () => {
  // Pagefind matches the stem as a prefix: «отключат» has to be sent as «отключ» to find «отключить».
  assert.equal(stem('отключат'), stem('отключить'));
  assert.equal(stem('получат'), stem('получить'));
  assert.equal(stem('скажут'), 'скаж');
  // Nouns ending so after other letters keep their stem.
  assert.equal(stem('результат'), 'результат');
  assert.equal(stem('маршрут'), 'маршрут');
});

test('a query is split into synonym groups, longest phrase first, stop words dropped', () => {
  const terms = analyze('Как передать показания по лицевому счёту?', synonyms);
  assert.deepEqual(
    terms.map((term) => term.typed),
    ['передать показания', 'лицевому счету'],
  );
  assert.ok(terms[1]?.alternatives.includes('ЛС'));
  const receipt = analyze('счёт за свет', synonyms)[0];
  assert.ok(receipt?.alternatives.includes('квитанция'), '«счёт» alone is the receipt');
  assert.deepEqual(
    analyze('Здравствуйте, подскажите пожалуйста тарифы', synonyms).map((term) => term.typed),
    ['тарифы'],
    'courtesies are no topic',
  );
});

test('«приём» is weak and a phrase with it is searched through its strong synonyms', () => {
  const [readings] = analyze('приём показаний', synonyms);
  assert.ok(readings);
  assert.equal(readings.weak, false);
  assert.ok(readings.alternatives.includes('передать показания'));
  assert.ok(!readings.alternatives.includes('приём показаний'));
  const alone = analyze('приём', synonyms);
  assert.equal(alone[0]?.weak, true);
});

test('ё and е and capitals are the same to the analysis', () => {
  assert.deepEqual(analyze('ПРИБОР УЧЕТА', synonyms), analyze('прибор учёта', synonyms));
});

test('search text cuts words to bases that Pagefind matches by prefix, keeping short words whole', () => {
  assert.equal(searchText('лицевого счёта'), 'лицев счет');
  assert.equal(searchText('ЛС'), 'лс');
  // A verbal noun is searched without its suffix, so that it finds its verb by prefix too.
  assert.equal(searchText('регистрация'), 'регистр');
  assert.equal(searchText('отключение'), 'отключ');
  assert.equal(searchText('цена'), 'цена', 'under 5 letters left: whole');
});

test('a vocabulary phrase is found in another form of its words, even where the stemmer cuts them apart', () => {
  // Snowball stems «замена» to «зам» but «замену» to «замен».
  assert.deepEqual(
    analyze('заявка на замену прибора учёта', synonyms).map((term) => term.typed),
    ['заявка', 'замену прибора учета'],
  );
  assert.ok(missingSynonyms('Оставьте заявку на замену прибора учёта', synonyms).includes('поменять счётчик'));
});

test('a page that says «счётчик» gets «прибор учёта» and «ПУ» in its index entry', () => {
  const extra = missingSynonyms('Ремонт счётчика по заявке', synonyms);
  assert.ok(extra.includes('прибор учёта'));
  assert.ok(extra.includes('ПУ'));
});

test('a title worded like the query is more similar than one sharing a common word, synonyms counting', () => {
  const names = (query: string) =>
    analyze(query, synonyms, { nearWords: true }).map((term) => term.alternatives.map(nameStems));
  const terms = names('оплатить электроэнергию');
  const weights = terms.map(() => 1);
  assert.equal(titleSimilarity('Оплата электроэнергии', terms, weights).score, 1);
  assert.equal(titleSimilarity('Тарифы на электроэнергию', terms, weights).recall, 0.5);
  const receipt = names('нет квитка');
  assert.equal(titleSimilarity('Не пришла квитанция', receipt, [1]).recall, 1, '«квиток» is a name of the receipt');
  assert.ok(
    titleSimilarity('Как оплатить электроэнергию без комиссии?', terms, weights).score <
      titleSimilarity('Оплата электроэнергии', terms, weights).score,
  );
});

test('a verb names its noun in a title when their stems differ in two letters at most, past 6 common ones', () => {
  const names = (query: string) =>
    analyze(query, synonyms, { nearWords: true }).map((term) => term.alternatives.map(nameStems));
  const title = 'Где узнать о плановых отключениях электроэнергии?';
  assert.equal(titleSimilarity(title, names('отключат'), [1]).recall, 1, '«отключат» and «отключениях»');
  assert.equal(titleSimilarity(title, names('отключатель'), [1]).recall, 0, 'another word of the same root');
});

test('a vocabulary name typed with two neighbouring letters swapped still counts as that name', () => {
  const groupOf = (query: string) => analyze(query, synonyms, { nearWords: true })[0]?.alternatives ?? [];
  assert.ok(groupOf('сдать покаазния').includes('передать показания'), '«покаазния» for «показания»');
  assert.ok(groupOf('квитнация').includes('квитанция'), '«квитнация» for «квитанция»');
  assert.deepEqual(groupOf('кваитнция'), ['кваитнция'], 'two swaps apart is another word');
});

test("a word only near a name of a phrase is searched by that phrase, not by the group's first name", () => {
  const [meter] = analyze('приоры учета', synonyms, { nearWords: true });
  assert.equal(meter?.searched, 'прибор учёта', '«приоры» for «приборы»: the phrase it is near');
  const [receipt] = analyze('квитка', synonyms, { nearWords: true });
  assert.equal(receipt?.searched, 'квитанция', "a single word near a name: the group's first name");
});

test('a query with a question word or a question mark is a question', () => {
  assert.ok(isQuestion('как оплатить'));
  assert.ok(isQuestion('можно ли в рассрочку'));
  assert.ok(isQuestion('рассрочка?'));
  assert.ok(!isQuestion('рассрочка долга'));
});

test('each term is searched by one name: the words typed unless they are weak or an abbreviation under 4 letters', () => {
  const searched = (query: string) => analyze(query, synonyms).map((term) => term.searched);
  assert.deepEqual(searched('показания прибора учёта'), ['показания', 'прибора учета']);
  assert.deepEqual(searched('приём показаний'), ['передать показания']);
  assert.deepEqual(searched('заменить ПУ'), ['замена счётчика']);
  // An abbreviation by the name it abbreviates, else by the group's first usable name.
  assert.deepEqual(searched('передать ПУ'), ['передать', 'прибор учёта']);
  assert.deepEqual(searched('вход в ЛК'), ['вход', 'личный кабинет']);
  // Pagefind matches by prefix: «цок» and «инн» would find other words as well.
  assert.deepEqual(searched('адреса ЦОК'), ['адреса', 'центр обслуживания']);
  assert.deepEqual(searched('ИНН компании'), ['реквизиты', 'компании']);
  assert.deepEqual(searched('до какого числа платить'), ['до какого числа', 'платить']);
});

test('a question asks a kind of thing: «когда» the same as «до какого числа», not as «что будет»', () => {
  const kind = (text: string) => questionKind(text)?.kind;
  assert.equal(kind('когда передавать показания'), kind('До какого числа нужно передать показания?'));
  assert.notEqual(kind('когда передавать показания'), kind('Что будет, если не передать показания вовремя?'));
  assert.equal(kind('куда сдать показания'), kind('Как передать показания?'));
  assert.notEqual(kind('куда сдать показания'), kind('Можно ли передать показания ночью?'));
  assert.equal(kind('можно ли платить картой'), kind('Можно ли оплатить через терминал?'));
  assert.equal(kind('почему не приняли показания'), kind('Почему мои показания не приняли в расчёт?'));
  assert.equal(kind('кто меняет счётчик'), kind('Кто устанавливает тарифы?'));
  assert.notEqual(kind('кто меняет счётчик'), kind('Как заменить счётчик?'));
  assert.equal(kind('рассрочка долга'), undefined);
  // «Что», «какие» alone ask what there is, not how to do something.
  assert.notEqual(kind('что есть в личном кабинете'), undefined);
  assert.equal(kind('что есть в личном кабинете'), kind('Что можно сделать в личном кабинете?'));
  assert.notEqual(kind('что есть в личном кабинете'), kind('Как зарегистрироваться в личном кабинете?'));
  assert.equal(kind('какие документы нужны для договора'), kind('Какие сведения должны быть в чеке?'));
  assert.notEqual(kind('что будет если не платить'), kind('что есть в личном кабинете'));
  // «Сколько» with a unit of time asks how long, not how much.
  assert.equal(kind('сколько дней ждать ответа'), kind('В какой срок ответят на обращение?'));
  assert.notEqual(kind('сколько стоит замена счётчика'), kind('В какой срок ответят на обращение?'));
});

test('a title asking what the query asks is more similar than one asking something else', () => {
  const terms = analyze('когда передавать показания', synonyms, { nearWords: true }).map((term) =>
    term.alternatives.map(nameStems),
  );
  const weights = terms.map(() => 1);
  const asked = { kind: questionKind('когда передавать показания')?.kind ?? '', weight: 1 };
  const when = titleSimilarity('До какого числа нужно передать показания?', terms, weights, { asked });
  const what = titleSimilarity('Что будет, если не передать показания вовремя?', terms, weights, { asked });
  assert.ok(when.score > what.score, `${String(when.score)} > ${String(what.score)}`);
});

test('words asking to do something make a task query and are not searched; «как…» stays a question', () => {
  assert.ok(isTaskQuery('написать обращение онлайн'));
  assert.ok(isTaskQuery('подать жалобу'));
  assert.ok(!isTaskQuery('как подать жалобу'));
  assert.ok(!isTaskQuery('жалоба на начисление'));
  const terms = analyze('написать обращение онлайн', synonyms);
  assert.deepEqual(
    terms.filter((term) => !term.weak).map((term) => term.typed),
    ['обращение'],
  );
});

test('task pages are indexed with the deadlines filled in, as their pages show them', () => {
  for (const page of TASK_PAGES) assert.doesNotMatch(page.task, /\{\{/, page.path);
});

test("an editors' page on one topic ranks like a section's own page; FAQ answers and other pages keep their kinds", () => {
  assert.equal(pageKind('/uchet/', true), 'section');
  assert.equal(pageKind('/oplata/'), 'section');
  assert.equal(pageKind('/internet-priemnaya/voprosy-otvety/kak-peredat-pokazaniya/'), 'answer');
  assert.equal(pageKind('/novosti/2026-11-20-novyj-sajt/'), undefined);
});

test('a word standing in a vocabulary phrase is not named by another group: «счёт» of a receipt is not «лицевой счёт»', () => {
  const names = (query: string) =>
    analyze(query, synonyms, { nearWords: true }).map((term) => term.alternatives.map(nameStems));
  const receipt = names('не пришел счет');
  const weights = receipt.map(() => 1);
  const account = 'Как изменить данные в лицевом счёте?';
  assert.equal(titleSimilarity(account, receipt, weights, { synonyms }).score, 0);
  assert.ok(titleSimilarity('Не пришла квитанция', receipt, weights, { synonyms }).score > 0);
  // The account's own names still name it, and so does a word of no group («данные»).
  assert.equal(titleSimilarity(account, names('лицевой счет'), [1], { synonyms }).recall, 1);
  assert.equal(titleSimilarity(account, names('данные'), [1], { synonyms }).recall, 1);
  // A phrase made of the term's names still names it: «замена счётчика» is about the meter.
  assert.equal(titleSimilarity('Перенос счётчика', names('счетчик'), [1], { synonyms }).recall, 1);
  assert.equal(titleSimilarity('Замена счётчика', names('прибор учета'), [1], { synonyms }).recall, 1);
  // In the text likewise: no receipt marked, no proximity, in «…данные в лицевом счёте…».
  const words = ownWords('Изменить данные в лицевом счёте можно в офисе.', synonyms);
  assert.equal(proximity(words, names('данные счет')), 0);
  assert.doesNotMatch(excerpt(words, names('счет'), 24), /<mark>/);
  assert.match(excerpt(words, names('лицевой счет'), 24), /<mark>лицевом<\/mark> <mark>счёте<\/mark>/);
});

test('pages rendered on request with live data (outages, offices) are found by their title and description', () => {
  const pages = dedicatedRoutePages(new URL('../../', import.meta.url));
  const outages = pages.find((page) => page.path === '/otklyucheniya/');
  assert.equal(outages?.title, 'Плановые и аварийные отключения');
  assert.match(outages.task, /адреса, время, причины/);
  assert.ok(pages.some((page) => page.path === '/o-kompanii/ofisy/'));
  assert.ok(pages.every((page) => !page.path.includes('.md')));
});

test('everyday words for a broken meter, a payment not credited and the price list name the official titles', () => {
  const recall = (query: string, title: string) => {
    const terms = analyze(query, synonyms, { nearWords: true }).map((term) => term.alternatives.map(nameStems));
    return titleSimilarity(
      title,
      terms,
      terms.map(() => 1),
      { synonyms },
    ).recall;
  };
  assert.equal(
    recall('счетчик не работает', 'Как заменить сломанный счётчик или счётчик с истёкшим сроком поверки?'),
    1,
  );
  assert.equal(recall('деньги не пришли', 'Когда зачислят платёж?'), 1);
  assert.equal(recall('стоимость услуг', 'Каталог услуг и прейскурант'), 1);
});
