/**
 * The form page a browser without JavaScript gets back after a post that is not accepted: refused
 * before validation (too large, too many from one address) — in Russian, with the right status code
 * and the entered values where the body could be read, while scripts still get JSON — and with any
 * markup typed into the fields shown as text.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { fromRepoRoot } from '../../../../../core/repo-paths.ts';
import { buildSiteIfStale } from '../../../../src/site/build-if-stale.ts';
import { build } from '../../../helper.ts';
import { forms } from '../../../../../content/schemas/forms/index.ts';
import { multipart } from '../../../support/multipart.ts';
import { ATTACK } from '../../../support/attack.ts';
import { validQuestion } from './fixtures.ts';

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
