/** What an editor and the publisher see when content is invalid, and who may open the admin. */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { isLoopbackHost, refuseAdmin } from '../../forms-api/src/site/admin-guard.ts';
import { adminContentSecurityPolicy, buildCmsConfig } from '../../cms/config.ts';
import { contentTypes } from '../../cms/content-types.ts';
import { checkFormat } from '../../cms/admin/formats.ts';
import { entryProblems } from '../../cms/admin/save-gate.ts';
import { referenceProblems } from '../../cms/publish/references.ts';
import { uploadProblems, validateContent } from '../../cms/publish/validate-content.ts';
import { loadCmsSettings } from '../../cms/settings.ts';

const company = contentTypes.find((type) => type.name === 'company');
const pages = contentTypes.find((type) => type.name === 'pages');
const tariffs = contentTypes.find((type) => type.name === 'tariffs');
/** A day inside the sample tariff periods, so the check does not depend on the calendar. */
const TODAY = '2026-11-22';
const PRICE_MESSAGE = 'Цена за кВт·ч должна быть больше нуля, например 5.42';
const URBAN_SINGLE =
  'Периоды → 1 → Цены по группам потребителей → Население, проживающее в городских населённых пунктах → Одноставочный тариф';
const demoCompany = parse(readFileSync(fromRepoRoot('content/company.yaml'), 'utf8')) as Record<string, unknown>;
const INN_MESSAGE = 'ИНН должен состоять из 10 или 12 цифр с верной контрольной суммой, например 7000000003';

/** A throwaway copy of content/, so tests never touch the real files. */
function contentCopy(t: { after: (fn: () => void) => void }): string {
  const root = mkdtempSync(join(tmpdir(), 'es-content-'));
  cpSync(fromRepoRoot('content'), join(root, 'content'), { recursive: true });
  t.after(() => {
    rmSync(root, { recursive: true, force: true });
  });
  return root;
}

for (const [value, expected] of [
  ['7000000003', true],
  ['7707083893', true],
  ['500100732259', true],
  ['7000000004', INN_MESSAGE],
  ['70000000', INN_MESSAGE],
  ['', true],
] as const) {
  test(`the ИНН field in the admin ${expected === true ? 'accepts' : 'refuses'} «${value}»`, () => {
    const result = checkFormat('inn', value);
    assert.deepEqual(result, expected === true ? true : { error: { message: expected } });
  });
}

test('the save gate refuses a bad ИНН and names the field by its Russian label', () => {
  assert.ok(company);
  assert.deepEqual(entryProblems(company, { ...demoCompany, inn: '7000000004' }, false), [`«ИНН»: ${INN_MESSAGE}`]);
  assert.deepEqual(entryProblems(company, { ...demoCompany, phones: [{ label: 'Факс', number: '12-34' }] }, false), [
    '«Телефоны → 1 → Номер»: Укажите российский номер телефона с кодом, например 8-800-222-49-02 или (3822) 75-00-75',
    '«Телефоны»: Нужен бесплатный номер 8-800: по Томскому стандарту (п. 1.2) он обязателен',
  ]);
});

test('a new page cannot be saved without its ASCII address', () => {
  assert.ok(pages);
  const page = { title: 'Новая страница', description: 'Описание новой страницы для поисковиков.' };
  assert.deepEqual(entryProblems(pages, page, true), ['«Адрес страницы»: заполните — это имя файла и адрес на сайте']);
  assert.deepEqual(entryProblems(pages, page, false), []);
  assert.deepEqual(entryProblems(pages, { ...page, slug: 'novaya-stranica' }, true), []);
});

test('the publish check refuses an outage naming a network company that is not in the list', (t) => {
  const root = contentCopy(t);
  assert.deepEqual(referenceProblems(contentTypes, root), []);
  const file = join(root, 'content/power-outages.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('network: tomskaya-rsk', 'network: tomskaya-rs'));
  assert.deepEqual(referenceProblems(contentTypes, root), [
    'content/power-outages.yaml: outages.0.network («Отключения → 1 → Сетевая организация»): «tomskaya-rs» нет в ' +
      'разделе «Сетевые организации»; выберите одну из: tomskaya-rsk, severskaya-set',
  ]);
});

test('the publish check passes the real content and names file and field of a hand-edited error', (t) => {
  const root = contentCopy(t);
  assert.deepEqual(validateContent(contentTypes, root, TODAY), []);
  const file = join(root, 'content/company.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace("inn: '7000000003'", "inn: '7000000004'"));
  const page = join(root, 'content/pages/oplata.md');
  writeFileSync(page, readFileSync(page, 'utf8').replace(/^description: .*$/m, 'description: Коротко'));
  assert.deepEqual(validateContent(contentTypes, root, TODAY), [
    'content/pages/oplata.md: description («Описание»): Опишите страницу одним предложением (не короче 20 знаков)',
    `content/company.yaml: inn («ИНН»): ${INN_MESSAGE}`,
  ]);
});

test('a negative tariff price is refused by the save gate and the publish check, naming the field', (t) => {
  assert.ok(tariffs);
  const root = contentCopy(t);
  const file = join(root, 'content/tariffs/tariffs.yaml');
  const data = parse(readFileSync(file, 'utf8')) as { periods: Array<{ groups: { urban: { single: number } } }> };
  const first = data.periods[0];
  assert.ok(first);
  first.groups.urban.single = -4;
  assert.deepEqual(entryProblems(tariffs, data, false, TODAY), [`«${URBAN_SINGLE}»: ${PRICE_MESSAGE}`]);
  writeFileSync(file, readFileSync(file, 'utf8').replace('single: 4.00', 'single: -4.00'));
  assert.deepEqual(validateContent(contentTypes, root, TODAY), [
    `content/tariffs/tariffs.yaml: periods.0.groups.urban.single («${URBAN_SINGLE}»): ${PRICE_MESSAGE}`,
  ]);
});

test('the tariffs are checked as of the day of publication: an ended period needs its successor', () => {
  assert.ok(tariffs);
  const data = parse(readFileSync(fromRepoRoot('content/tariffs/tariffs.yaml'), 'utf8')) as Record<string, unknown>;
  assert.deepEqual(entryProblems(tariffs, data, false, TODAY), []);
  const later = entryProblems(tariffs, data, false, '2099-01-01');
  assert.equal(later.length, 1);
  assert.match(later[0] ?? '', /^«Периоды → \d+ → Действует по»: Период .* закончился, а цены с .* не внесены/);
});

test('uploads over the size limit stop publication', (t) => {
  const root = contentCopy(t);
  mkdirSync(join(root, 'uploads/docs'), { recursive: true });
  writeFileSync(join(root, 'uploads/small.pdf'), Buffer.alloc(1024 * 1024));
  writeFileSync(join(root, 'uploads/docs/big.pdf'), Buffer.alloc(1024 * 1024 + 1));
  assert.deepEqual(uploadProblems(root, 'uploads', 1024 * 1024), [
    'uploads/docs/big.pdf: файл больше 1 МБ; уменьшите его или разместите документ частями',
  ]);
});

test('the admin policy allows only the Git host or the local backend, never inline scripts', () => {
  const production = adminContentSecurityPolicy(buildCmsConfig(loadCmsSettings({ CMS_BACKEND: 'github' })));
  assert.match(production, /connect-src 'self' blob: https:\/\/api\.github\.com;/);
  assert.doesNotMatch(production, /script-src[^;]*unsafe-inline/);
  assert.match(production, /frame-ancestors 'none'/);
  const local = buildCmsConfig(loadCmsSettings({ CMS_LOCAL_BACKEND: 'http://127.0.0.1:8081/api/v1' }));
  assert.match(adminContentSecurityPolicy(local), /connect-src 'self' blob: http:\/\/127\.0\.0\.1:8081;/);
  assert.equal(local['publish_mode'], undefined);
  assert.equal(buildCmsConfig(loadCmsSettings({}))['publish_mode'], 'editorial_workflow');
  assert.throws(() => loadCmsSettings({ CMS_LOCAL_BACKEND: 'http://10.0.0.5:8081/api/v1' }), /127\.0\.0\.1/);
});

test('an admin built for local editing is refused unless the server listens on loopback', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'es-admin-'));
  t.after(() => {
    rmSync(root, { recursive: true, force: true });
  });
  cpSync(fromRepoRoot('content/company.yaml'), join(root, 'admin/placeholder.yaml'));
  writeFileSync(join(root, 'admin/config.yml'), 'locale: ru\nlocal_backend:\n  url: http://127.0.0.1:8081/api/v1\n');
  assert.equal(refuseAdmin(root, '0.0.0.0'), true);
  assert.equal(refuseAdmin(root, '127.0.0.1'), false);
  writeFileSync(join(root, 'admin/config.yml'), 'locale: ru\nbackend:\n  name: gitea\n');
  assert.equal(refuseAdmin(root, '0.0.0.0'), false);
  assert.deepEqual(['127.0.0.1', 'localhost', '::1', '0.0.0.0', '192.168.1.2'].map(isLoopbackHost), [
    true,
    true,
    true,
    false,
    false,
  ]);
});
