/**
 * The disclosure registry check on fixture data: a requirement whose content disappears, goes
 * stale or loses its section makes the build fail with the requirement named.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { DisclosureSchema, DisclosuresFileSchema, type Disclosure } from '../../content/schemas/disclosure.ts';
import {
  assertDisclosuresComplete,
  evaluateDisclosure,
  type DisclosureContext,
} from '../../site/lib/disclosures/evaluate.ts';
import { latestDuePeriod } from '../../site/lib/disclosures/periodic.ts';
import { brokenTargets, contentChecks, type BuiltSite } from '../../site/lib/disclosures/targets.ts';
import { SAMPLE_MARK_ATTRIBUTE } from '../../site/lib/sample-mark.ts';

const monthlyLimits = DisclosureSchema.parse({
  id: 'C03',
  title: 'Предельные уровни нерегулируемых цен',
  basis: ['ПП № 1179'],
  audience: ['businesses'],
  periodicity: 'monthly',
  target: {
    type: 'collection',
    collection: 'fixturePriceLimits',
    path: '/tarify/predelnye-urovni/',
    rule: { kind: 'monthly', field: 'period', dueDay: 15 },
    expect: [{ heading: 'Предельные уровни' }],
  },
});

const annualStatements = DisclosureSchema.parse({
  id: 'D01',
  title: 'Годовая бухгалтерская отчётность',
  basis: ['ПП № 24, п. 9 «а»'],
  audience: ['all'],
  periodicity: 'annual',
  target: {
    type: 'collection',
    collection: 'docs',
    where: { kind: 'fin-statements' },
    path: '/dokumenty/',
    anchor: 'otchetnost',
    rule: { kind: 'annual', due: '06-01' },
    expect: [{ phrase: 'Годовая бухгалтерская отчётность' }],
  },
});

function context(collections: Record<string, Array<Record<string, unknown>>>, today: string): DisclosureContext {
  return {
    collections: new Map(Object.entries(collections)),
    companySampleFields: ['inn'],
    today,
    updatedAt: () => '2026-11-01T10:00:00+07:00',
  };
}

const limits = [{ period: '2026-08' }, { period: '2026-09' }, { period: '2026-10' }];

test('the latest due month is the previous one after the due day, the one before until then', () => {
  const rule = { kind: 'monthly', field: 'period', dueDay: 15 } as const;
  assert.equal(latestDuePeriod(rule, '2026-11-15'), '2026-09');
  assert.equal(latestDuePeriod(rule, '2026-11-16'), '2026-10');
  assert.equal(latestDuePeriod(rule, '2027-01-20'), '2026-12');
  assert.equal(latestDuePeriod({ kind: 'annual', field: 'period', due: '06-01' }, '2026-06-01'), '2024');
  assert.equal(latestDuePeriod({ kind: 'annual', field: 'period', due: '06-01' }, '2026-06-02'), '2025');
});

test('a monthly series published up to last month is OK', () => {
  const row = evaluateDisclosure(monthlyLimits, context({ fixturePriceLimits: limits }, '2026-11-20'));
  assert.equal(row.status, 'ok');
  assert.equal(row.url, '/tarify/predelnye-urovni/');
});

test('a month missing after its due day makes the item stale and the build fail naming it', () => {
  const rows = [evaluateDisclosure(monthlyLimits, context({ fixturePriceLimits: limits }, '2026-12-16'))];
  assert.equal(rows[0]?.status, 'stale');
  assert.throws(() => {
    assertDisclosuresComplete(rows);
  }, /C03 «Предельные уровни нерегулируемых цен»: нет публикации за период 2026-11 \(поле period; последняя: 2026-10\)/);
});

test('removing every entry of a required collection fails the build naming the requirement', () => {
  const rows = [evaluateDisclosure(monthlyLimits, context({ fixturePriceLimits: [] }, '2026-11-20'))];
  assert.equal(rows[0]?.status, 'missing');
  assert.throws(() => {
    assertDisclosuresComplete(rows);
  }, /C03 «Предельные уровни нерегулируемых цен»: в коллекции/);
});

test('an annual report filters its collection and checks the year after the due date', () => {
  const docs = [
    { kind: 'fin-statements', period: '2025' },
    { kind: 'cost-structure', period: '2026' },
  ];
  assert.equal(evaluateDisclosure(annualStatements, context({ docs }, '2026-11-20')).status, 'ok');
  const nextYear = evaluateDisclosure(annualStatements, context({ docs }, '2027-06-02'));
  assert.equal(nextYear.status, 'stale');
  assert.match(nextYear.problem ?? '', /период 2026/);
  assert.equal(nextYear.url, '/dokumenty/#otchetnost');
});

test('sample entries and sample company fields show as «пример», not OK', () => {
  const sampled = evaluateDisclosure(
    monthlyLimits,
    context({ fixturePriceLimits: [...limits, { period: '2026-11', sample: true }] }, '2026-11-20'),
  );
  assert.equal(sampled.status, 'sample');
  const inn = DisclosureSchema.parse({
    id: 'A02',
    title: 'ИНН',
    basis: ['п. 3.9 «б»'],
    audience: ['all'],
    periodicity: 'on-change',
    target: { type: 'page', path: '/o-kompanii/kontakty/', anchor: 'requisites', expect: [{ field: 'inn' }] },
    companyFields: ['inn'],
  });
  assert.equal(evaluateDisclosure(inn, context({}, '2026-11-20')).status, 'sample');
});

/** B03 as the registry has it: not applicable, with its reason. */
const otherResources = {
  id: 'B03',
  title: 'Формы договоров на иные энергоресурсы',
  basis: ['п. 3.10 «л»'],
  audience: ['all'],
  periodicity: 'on-change',
  target: {
    type: 'not-applicable',
    reason: 'Компания продаёт только электрическую энергию.',
    legalBasis: 'Стандарт, п. 3.10 «л»: только при продаже иных энергоресурсов',
  },
};

test('a not-applicable item carries its reason and never fails the build', () => {
  const item = DisclosureSchema.parse(otherResources);
  const row = evaluateDisclosure(item, context({}, '2026-11-20'));
  assert.deepEqual(
    [row.status, row.url, row.note],
    [
      'not-applicable',
      null,
      'Компания продаёт только электрическую энергию. Основание: Стандарт, п. 3.10 «л»: только при продаже иных энергоресурсов.',
    ],
  );
  assert.doesNotThrow(() => {
    assertDisclosuresComplete([row]);
  });
});

/** A built site made of HTML strings by path. */
function site(pages: Record<string, string>, onDemand: string[] = []): BuiltSite {
  return {
    page: (path) => pages[path] ?? null,
    hasFile: (path) => path in pages,
    isOnDemand: (path) => onDemand.includes(path),
  };
}

const sroki = DisclosureSchema.parse({
  id: 'E01',
  title: 'Порядок и сроки оплаты',
  basis: ['п. 3.10 «д»'],
  audience: ['all'],
  periodicity: 'on-change',
  target: {
    type: 'page',
    path: '/oplata/',
    anchor: 'sroki',
    expect: [{ heading: 'Сроки оплаты' }, { phrase: 'до 10-го числа' }],
  },
});
const withSection = (section: string): string =>
  `<html><body><header><h2 id="sroki">Шапка</h2></header><main><h1>Оплата</h1><h2 id="sroki">Сроки оплаты</h2>${section}<h2 id="dalshe">Дальше</h2><p>Ещё один достаточно длинный абзац текста о другом.</p></main></body></html>`;

test('a page section with text satisfies its item', () => {
  const html = withSection('<p>Граждане оплачивают до 10-го числа месяца, следующего за расчётным.</p>');
  assert.deepEqual(brokenTargets([sroki], site({ '/oplata/': html })), []);
});

test('removing the anchor, emptying the section or the page each fail the build naming the item', () => {
  const cases: Array<[BuiltSite, RegExp]> = [
    [
      site({
        '/oplata/': '<main><h1>Оплата</h1><p>Текст страницы без нужного раздела, но достаточно длинный.</p></main>',
      }),
      /E01 «Порядок и сроки оплаты»: на странице нет якоря #sroki/,
    ],
    [site({ '/oplata/': withSection('<p> </p>') }), /E01 «Порядок и сроки оплаты»: раздел #sroki пуст/],
    [site({}), /E01 «Порядок и сроки оплаты»: страница \/oplata\/ не существует/],
  ];
  for (const [built, message] of cases) {
    assert.throws(() => {
      assertDisclosuresComplete(brokenTargets([sroki], built));
    }, message);
  }
});

test('a section in a <details> block ends with the block; on-demand pages are left to the end-to-end test', () => {
  const details: Disclosure = {
    ...sroki,
    target: { type: 'page', path: '/oplata/', anchor: 'rassrochka', expect: [] },
  };
  const html =
    '<main><details id="rassrochka"><summary>Рассрочка</summary><p>Да</p></details><p>Длинный текст после блока, который не относится к рассрочке.</p></main>';
  assert.match(brokenTargets([details], site({ '/oplata/': html }))[0]?.problem ?? '', /раздел #rassrochka пуст/);
  assert.deepEqual(brokenTargets([sroki], site({}, ['/oplata/'])), []);
});

test('every item of the real registry is valid and the checklist A01–I09 is complete', () => {
  const { disclosures } = DisclosuresFileSchema.parse(
    parse(readFileSync(new URL('../../content/disclosures.yaml', import.meta.url), 'utf8')),
  );
  const ids = disclosures.map((item) => item.id);
  const expected = { A: 15, B: 5, C: 7, D: 11, E: 6, F: 6, G: 7, H: 3, I: 9 };
  for (const [letter, count] of Object.entries(expected)) {
    for (let n = 1; n <= count; n += 1)
      assert.ok(ids.includes(`${letter}${String(n).padStart(2, '0')}`), `${letter}${n}`);
  }
  assert.equal(
    ids.length,
    Object.values(expected).reduce((a, b) => a + b, 0),
  );
});

const tariffsWithBenefits = DisclosureSchema.parse({
  id: 'C01',
  title: 'Тарифы для населения, льготы и порядок их применения',
  basis: ['п. 3.10 «в»'],
  audience: ['individuals'],
  periodicity: 'on-change',
  target: {
    type: 'collection',
    collection: 'tariffs',
    path: '/tarify/',
    anchor: 'naselenie',
    expect: [{ heading: 'Тарифы для населения' }],
  },
  alsoAt: [
    {
      type: 'collection',
      collection: 'tariffBenefits',
      path: '/tarify/',
      anchor: 'lgoty',
      expect: [{ heading: 'Льготы' }],
    },
  ],
});

test('an item published in two places fails, naming the second place, when that one is missing', () => {
  const tariffs = [{ validFrom: '2026-07-01' }];
  const benefits = [{ id: 'lgotnye-tarify' }];
  assert.equal(
    evaluateDisclosure(tariffsWithBenefits, context({ tariffs, tariffBenefits: benefits }, '2026-11-20')).status,
    'ok',
  );
  const withoutBenefits = evaluateDisclosure(tariffsWithBenefits, context({ tariffs }, '2026-11-20'));
  assert.equal(withoutBenefits.url, '/tarify/#naselenie');
  assert.throws(() => {
    assertDisclosuresComplete([withoutBenefits]);
  }, /C01 «Тарифы для населения, льготы и порядок их применения»: \/tarify\/#lgoty: в коллекции «tariffBenefits» нет подходящих записей/);
  const sampleBenefit = [{ id: 'lgotnye-tarify', sample: true }];
  assert.equal(
    evaluateDisclosure(tariffsWithBenefits, context({ tariffs, tariffBenefits: sampleBenefit }, '2026-11-20')).status,
    'sample',
  );
});

test('the build fails naming the item when its second section is missing from the page', () => {
  const tariffsOnly =
    '<main><h1>Тарифы</h1><h2 id="naselenie">Тарифы для населения</h2><p>Одноставочный тариф для городского населения и другие.</p></main>';
  assert.match(
    brokenTargets([tariffsWithBenefits], site({ '/tarify/': tariffsOnly }))[0]?.problem ?? '',
    /^\/tarify\/#lgoty: на странице нет якоря #lgoty$/,
  );
  const both = tariffsOnly.replace(
    '</main>',
    '<h2 id="lgoty">Льготы</h2><p>Сельским жителям тариф ниже; оформлять ничего не нужно.</p></main>',
  );
  assert.deepEqual(brokenTargets([tariffsWithBenefits], site({ '/tarify/': both })), []);
});

test('a not-applicable item cannot name places where it is published', () => {
  const result = DisclosureSchema.safeParse({ ...otherResources, alsoAt: [{ type: 'page', path: '/dokumenty/' }] });
  assert.deepEqual(
    result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ['alsoAt: У неприменимого пункта не может быть мест публикации (alsoAt)'],
  );
});

test('an item without a declared assertion is rejected: the registry checks content, not only links', () => {
  const result = DisclosureSchema.safeParse({ ...sroki, target: { type: 'page', path: '/oplata/', anchor: 'sroki' } });
  assert.deepEqual(
    result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ['target.expect: Укажите, что должно быть на странице (expect): заголовок, фразу, поле или ссылку'],
  );
  // A second place needs its own assertions: the first one's do not prove the second.
  const second = DisclosureSchema.safeParse({
    ...sroki,
    alsoAt: [{ type: 'page', path: '/oplata/', anchor: 'rassrochka' }],
  });
  assert.deepEqual(
    second.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ['alsoAt.0.expect: Укажите, что должно быть на странице (expect): заголовок, фразу, поле или ссылку'],
  );
});

test('a section with text but without the declared content fails, naming what is missing', () => {
  const html = withSection('<p>Оплачивайте электроэнергию вовремя, чтобы не начислялись пени и долг не рос.</p>');
  assert.match(
    brokenTargets([sroki], site({ '/oplata/': html }))[0]?.problem ?? '',
    /\/oplata\/#sroki: нет — текст «до 10-го числа»/,
  );
});

test('an item showing sample values needs the «пример» mark on its page', () => {
  const html = withSection('<p>Граждане оплачивают до 10-го числа месяца, следующего за расчётным.</p>');
  assert.match(
    brokenTargets([sroki], site({ '/oplata/': html }), () => true)[0]?.problem ?? '',
    /нет — отметка «пример» у значений-образцов/,
  );
  const marked = html.replace('расчётным.', `расчётным. <span ${SAMPLE_MARK_ATTRIBUTE}>пример</span>`);
  assert.deepEqual(
    brokenTargets([sroki], site({ '/oplata/': marked }), () => true),
    [],
  );
});

test('checks of an on-demand page are left to the running server, and reported as such', () => {
  assert.deepEqual(
    contentChecks(sroki, site({}, ['/oplata/']), false).map((check) => [check.assertion, check.ok]),
    [
      ['заголовок «Сроки оплаты»', null],
      ['текст «до 10-го числа»', null],
    ],
  );
});
