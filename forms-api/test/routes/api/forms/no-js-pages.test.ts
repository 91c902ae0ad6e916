/**
 * The form page a browser without JavaScript gets back after a post that is not accepted: refused
 * before validation (too large, too many from one address) — in Russian, with the right status code
 * and the entered values where the body could be read, while scripts still get JSON — and with any
 * markup typed into the fields shown as text. The answer rating page, reached by a signed link.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { Readable } from 'node:stream';
import { fromRepoRoot } from '../../../../../core/repo-paths.ts';
import { buildSiteIfStale } from '../../../../src/site/build-if-stale.ts';
import { build } from '../../../helper.ts';
import { forms } from '../../../../../content/schemas/forms/index.ts';
import { multipart } from '../../../support/multipart.ts';
import { ATTACK } from '../../../support/attack.ts';
import { validQuestion } from './fixtures.ts';
import { insertAppeal, insertEvent } from '../../../support/appeal-rows.ts';
import { TEST_ANTISPAM_ENV } from '../../../support/antispam.ts';
import { issueRatingToken } from '../../../../src/appeals/rating-token.ts';

const URL = '/api/forms/question';
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const PDF_HEADER = Buffer.from('%PDF-1.4\n');
const person = { ...validQuestion, lastName: 'Иванова-<b>Петрова</b>', consent: 'on' };

// These tests render the real form pages, so they need the built site (as `npm start` does). Keep
// page tests in this one file: test files run in parallel, and two builds must not race for dist/.
before(() => {
  buildSiteIfStale(fromRepoRoot('dist'), () => undefined);
});

const urlencoded = (fields: Record<string, string | boolean>) =>
  new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)])).toString();

test('rate limited without JavaScript: the form comes back with 429, the reason and the text kept', async (t) => {
  const app = await build(t, { FORMS_RATE_LIMIT_MAX: '1' }, { serveSite: true });
  const send = (payload: string) =>
    app.inject({
      method: 'POST',
      url: URL,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: HTML },
      payload,
    });
  assert.equal((await send('')).statusCode, 400);

  const limited = await send(urlencoded(person));
  assert.equal(limited.statusCode, 429);
  assert.match(String(limited.headers['content-type']), /^text\/html/);
  assert.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After tells when to try again');
  assert.match(limited.body, /<title>Ошибка: Вопрос специалисту/);
  assert.match(limited.body, /Форма не отправлена/);
  assert.match(limited.body, /Подождите минуту и отправьте ещё раз/);
  // What the person typed is there to send again.
  assert.match(limited.body, /value="Иванова-<b>Петрова<\/b>"/);
  assert.ok(limited.body.includes(validQuestion.text));
  assert.equal(await app.database.db.selectFrom('submissions').select('id').executeTakeFirst(), undefined);

  const script = await app.inject({
    method: 'POST',
    url: URL,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    payload: person,
  });
  assert.equal(script.statusCode, 429);
  assert.match(script.json<{ message: string }>().message, /Подождите минуту/);
});

test('a file over 10 МБ without JavaScript: 413, the error at the file field, the fields kept', async (t) => {
  const app = await build(t, {}, { serveSite: true });
  const big = Buffer.concat([PDF_HEADER, Buffer.alloc(10 * 1024 * 1024)]);
  const response = await app.inject({
    method: 'POST',
    url: URL,
    ...(await multipart(person, [['scan.pdf', big]], HTML)),
  });
  assert.equal(response.statusCode, 413);
  assert.match(String(response.headers['content-type']), /^text\/html/);
  assert.match(response.body, /Исправьте ошибки в форме/);
  assert.match(response.body, /<a href="#attachments">Файлы: каждый файл — не больше 10 МБ/);
  assert.match(response.body, /id="attachments-error"/);
  assert.match(response.body, /value="Иванова-<b>Петрова<\/b>"/);
  assert.ok(response.body.includes(validQuestion.text));
  assert.equal(await app.database.db.selectFrom('submissions').select('id').executeTakeFirst(), undefined);
});

test('a body too large to read, without JavaScript: 413 and the form page explaining why', async (t) => {
  const app = await build(t, {}, { serveSite: true });
  const response = await app.inject({
    method: 'POST',
    url: URL,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: HTML },
    payload: urlencoded({ ...person, text: 'а'.repeat(1024 * 1024) }),
  });
  assert.equal(response.statusCode, 413);
  assert.match(String(response.headers['content-type']), /^text\/html/);
  assert.match(response.body, /Форма не отправлена/);
  assert.match(response.body, /Запрос слишком большой/);
  assert.match(response.body, /<form[^>]+action="\/api\/forms\/question"/);
});

test('every field of every form, posted without JavaScript, comes back escaped on the page', async (t) => {
  const app = await build(t, { FORMS_RATE_LIMIT_MAX: '1000' }, { serveSite: true });
  for (const form of forms) {
    const fields = form.fields.filter((spec) => spec.kind !== 'checkbox').map((spec) => [spec.name, ATTACK]);
    const response = await app.inject({
      method: 'POST',
      url: `/api/forms/${form.type}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: new URLSearchParams(fields).toString(),
    });
    assert.equal(response.statusCode, 400, form.type);
    assert.match(response.body, /<title>Ошибка: /, form.type);
    assert.ok(!response.body.includes(ATTACK), `${form.type}: markup reached the page unescaped`);
  }
});

// Page POSTs (Astro pages that take a form) are checked by the server before Astro parses anything.
const STATUS_PAGE = '/internet-priemnaya/status/';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

test('an over-long page POST gets a Russian 413 page, by length and when streamed, and nothing is echoed', async (t) => {
  const app = await build(t, {}, { serveSite: true });
  const huge = `registrationNumber=${'9'.repeat(200_000)}&contact=a%40b.ru`;
  const declared = await app.inject({ method: 'POST', url: STATUS_PAGE, headers: FORM, payload: huge });
  assert.equal(declared.statusCode, 413);
  assert.match(declared.body, /Слишком большой запрос/);
  assert.ok(!declared.body.includes('9999999999'), 'the value is not echoed');
  const streamed = await app.inject({
    method: 'POST',
    url: STATUS_PAGE,
    headers: { ...FORM, 'transfer-encoding': 'chunked' },
    payload: Readable.from([Buffer.from(huge.slice(0, 100_000)), Buffer.from(huge.slice(100_000))]),
  });
  assert.equal(streamed.statusCode, 413);
  for (const url of ['/staff/vhod/', '/versiya-dlya-slabovidyashchih/']) {
    const page = await app.inject({ method: 'POST', url, headers: FORM, payload: `x=${'a'.repeat(300_000)}` });
    assert.equal(page.statusCode, 413, url);
  }
  // A value over the field's limit but within the cap is refused without being shown again.
  const long = await app.inject({
    method: 'POST',
    url: STATUS_PAGE,
    headers: FORM,
    payload: `registrationNumber=${'7'.repeat(5000)}&contact=a%40b.ru`,
  });
  assert.equal(long.statusCode, 400);
  assert.ok(!long.body.includes('7'.repeat(300)), 'the over-long value is not echoed');
  assert.equal((await app.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
});

test('a form posted to an address with no page gets the Russian 404 page, not silence', async (t) => {
  const app = await build(t, {}, { serveSite: true });
  for (const url of ['/net-takoy-stranicy/', '/tarify/']) {
    const page = await app.inject({ method: 'POST', url, headers: FORM, payload: 'a=1' });
    assert.equal(page.statusCode, 404, url);
    assert.match(page.body, /Страница не найдена/, url);
  }
  const api = await app.inject({ method: 'POST', url: '/%2e%2e/%2E%2E/api/health', headers: FORM, payload: 'a=1' });
  assert.equal(api.statusCode, 404);
  assert.match(api.json<{ message: string }>().message, /Такого адреса/);
});

test('a malformed a11y cookie is ignored on prerendered and on-demand pages', async (t) => {
  const app = await build(t, {}, { serveSite: true });
  for (const url of ['/', STATUS_PAGE, '/versiya-dlya-slabovidyashchih/']) {
    const page = await app.inject({ method: 'GET', url, headers: { cookie: 'a11y=%' } });
    assert.equal(page.statusCode, 200, url);
    assert.doesNotMatch(page.body, /<html[^>]*data-a11y/, url);
  }
});

test('the accessible-version settings never send the visitor to another site', async (t) => {
  const app = await build(t, {}, { serveSite: true });
  const back = '/.//evil.example/login';
  const page = await app.inject({ method: 'GET', url: `/versiya-dlya-slabovidyashchih/?back=${back}` });
  assert.equal(page.statusCode, 200);
  assert.ok(!page.body.includes('evil.example'));
  const saved = await app.inject({
    method: 'POST',
    url: `/versiya-dlya-slabovidyashchih/?back=${back}`,
    headers: FORM,
    payload: `action=on&back=${encodeURIComponent(back)}`,
  });
  assert.equal(saved.statusCode, 303);
  assert.ok(!String(saved.headers.location).includes('evil.example'), String(saved.headers.location));
});

test('behind a TLS proxy a page POST from the public origin is accepted, a foreign one refused in Russian', async (t) => {
  const app = await build(t, { TRUST_PROXY: 'true', PUBLIC_ORIGIN: 'https://energosbyt.example' }, { serveSite: true });
  const post = (origin: string) =>
    app.inject({
      method: 'POST',
      url: STATUS_PAGE,
      headers: { ...FORM, host: 'energosbyt.example', origin, 'x-forwarded-proto': 'https' },
      payload: 'registrationNumber=&contact=',
    });
  const own = await post('https://energosbyt.example');
  assert.equal(own.statusCode, 400, 'the form is checked, not refused');
  assert.match(own.body, /Узнать статус/);
  const foreign = await post('https://evil.example');
  assert.equal(foreign.statusCode, 403);
  assert.match(foreign.body, /не с нашего сайта/);
});

const RATING_PAGE = '/internet-priemnaya/ocenka/';

test('the rating link: the form, the field named in Russian, thanks, 409 when used again, 400/410 for bad links', async (t) => {
  const app = await build(t, {}, { serveSite: true });
  const { db } = app.database;
  const answered = async (number: string, createdAt: string) => {
    const id = await insertAppeal(db, {
      number,
      createdAt,
      deadlines: { register: createdAt.slice(0, 10), final: createdAt.slice(0, 10) },
      status: 'answered',
      closedAt: createdAt,
    });
    await insertEvent(db, id, { kind: 'final-answer', at: createdAt, body: 'Ответ.' });
    return issueRatingToken(TEST_ANTISPAM_ENV.FORM_SECRET, { id, created_at: createdAt });
  };
  const token = await answered('ВП-2026-000901', new Date().toISOString());
  const post = (fields: Record<string, string>) =>
    app.inject({ method: 'POST', url: RATING_PAGE, headers: FORM, payload: urlencoded(fields) });

  const opened = await app.inject({ url: `${RATING_PAGE}?t=${token}` });
  assert.equal(opened.statusCode, 200);
  assert.equal(opened.headers['cache-control'], 'no-store');
  assert.match(opened.body, /обращение № ВП-2026-000901/);
  assert.match(opened.body, /<input type="hidden" name="t" value="[^"]+"/);

  const empty = await post({ t: token, comment: '<b>Спасибо</b>' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /<a href="#rating">Выберите оценку ответа: от 1 \(очень плохо\) до 5 \(отлично\)<\/a>/);
  assert.match(empty.body, /&lt;b&gt;Спасибо&lt;\/b&gt;/);

  const saved = await post({ t: token, rating: '5' });
  assert.equal(saved.statusCode, 200);
  assert.match(saved.body, /Спасибо за оценку/);
  const again = await post({ t: token, rating: '1' });
  assert.equal(again.statusCode, 409);
  assert.match(again.body, /Ответ уже оценён/);

  const expired = await answered('ВП-2025-000902', '2025-01-10T03:00:00.000Z');
  assert.equal((await app.inject({ url: `${RATING_PAGE}?t=${expired}` })).statusCode, 410);
  // Forged, missing or hostile links: a Russian 400 page, never a server error.
  for (const bad of [`${token.slice(0, -1)}x`, '', ATTACK, 'x'.repeat(5000), '..%2F..%2Fetc%2Fpasswd']) {
    for (const response of [
      await app.inject({ url: `${RATING_PAGE}?t=${encodeURIComponent(bad)}` }),
      await post({ t: bad, rating: '5' }),
    ]) {
      assert.equal(response.statusCode, 400, bad);
      assert.match(response.body, /Ссылка для оценки не действует/);
    }
  }
});
