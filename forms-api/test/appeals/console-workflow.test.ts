/**
 * The specialist's workflow on a real SQLite and a real PostgreSQL, through the same services the
 * console pages call (Astro.locals.appeals), with the real outbox worker mailing a real SMTP sink
 * and a clock the test moves: queue order and deadline flags, answers, refusals, extensions, the
 * expected-date notice, and who may act at all.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { ParsedMail } from 'mailparser';
import type { Actor } from '../../src/appeals/workflow.ts';
import { GUARD_MESSAGES } from '../../src/staff/guard.ts';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.ts';
import { onBothDatabases } from '../databases.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validBodies } from '../routes/api/forms/fixtures.ts';
import { asPerson } from '../support/antispam.ts';
import { urgency } from '../../../core/appeals/status.ts';

const TOMSK = 'Asia/Tomsk';
/** Local Tomsk time (UTC+7) as an instant. */
const tomsk = (local: string) => new Date(`${local}+07:00`);
const PASSWORD = 'correct horse battery';

onBothDatabases('the staff console workflow', (newDatabaseUrl) => {
  let sink: SmtpSink;
  before(async () => {
    sink = await startSmtpSink();
  });
  after(() => sink.close());

  async function setUp(t: import('node:test').TestContext, start: string) {
    const clock = { now: tomsk(start) };
    const app = await build(
      t,
      { DATABASE_URL: await newDatabaseUrl(), SMTP_URL: sink.url, OUTBOX_POLL_MS: '100', FORMS_RATE_LIMIT_MAX: '100' },
      { now: () => clock.now },
    );
    const add = async (email: string, name: string, role: Actor['role']): Promise<Actor> => {
      const user = await app.staff.users.add({ email, name, role, password: PASSWORD });
      return { id: user.id, email: user.email, role };
    };
    return { app, clock, add };
  }

  async function submit(app: FastifyInstance, type: string, body: object, human = true): Promise<string> {
    const payload = human ? await asPerson(app, type, body) : body;
    const response = await app.inject({ method: 'POST', url: `/api/forms/${type}`, headers: JSON_HEADERS, payload });
    assert.ok(response.statusCode === 201 || response.statusCode === 202, response.body);
    return response.json<{ registrationNumber: string }>().registrationNumber;
  }

  const mailsTo = (number: string, subject: string): ParsedMail[] =>
    sink.messages.filter((mail) => mail.subject?.startsWith(`${subject} ${number}`));

  /** The letter about `number` with `subject` (and `containing` in its text: the sink is shared by the file's tests). */
  async function letter(number: string, subject: string, containing = ''): Promise<ParsedMail> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const found = mailsTo(number, subject).find((mail) => mail.text?.includes(containing));
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return assert.fail(`no letter «${subject} ${number}» reached the SMTP sink`);
  }

  test('the queue puts the nearest deadline first and flags due-today and overdue by the Tomsk clock', async (t) => {
    const { app, clock } = await setUp(t, '2026-11-09T10:00:00');
    const appeal = await submit(app, 'appeal', validBodies['appeal'] ?? {}); // interim due Wed 11 Nov
    const question = await submit(app, 'question', validBodies['question'] ?? {}); // answer due Thu 12 Nov
    const service = await submit(app, 'service', validBodies['service'] ?? {}); // callback due Tue 10 Nov
    const spam = await submit(app, 'appeal', validBodies['appeal'] ?? {}, false);
    const { queue } = app.appeals;
    const page = { limit: 10, offset: 0 };

    clock.now = tomsk('2026-11-10T12:00:00');
    let today = '2026-11-10';
    const open = await queue.list({ status: 'open' }, today, page);
    assert.deepEqual(
      open.items.map((item) => [item.registrationNumber, item.nextDue, urgency(item.nextDue, clock.now, TOMSK)]),
      [
        [service, '2026-11-10', 'due-today'],
        [appeal, '2026-11-11', 'upcoming'],
        [question, '2026-11-12', 'upcoming'],
      ],
    );
    assert.equal(open.more, false);

    // 11 Nov, one minute after midnight in Tomsk (still 10 Nov in Moscow): the callback is overdue.
    clock.now = tomsk('2026-11-11T00:01:00');
    today = '2026-11-11';
    const overdue = await queue.list({ urgency: 'overdue' }, today, page);
    assert.deepEqual(
      overdue.items.map((item) => item.registrationNumber),
      [service],
    );
    assert.equal(urgency(overdue.items[0]?.nextDue ?? null, clock.now, TOMSK), 'overdue');
    const dueToday = await queue.list({ urgency: 'due-today' }, today, page);
    assert.deepEqual(
      dueToday.items.map((item) => item.registrationNumber),
      [appeal],
    );

    assert.deepEqual(
      (await queue.list({ kind: 'question' }, today, page)).items.map((item) => item.registrationNumber),
      [question],
    );
    const firstTwo = await queue.list({}, today, { limit: 2, offset: 0 });
    assert.equal(firstTwo.more, true);
    assert.deepEqual(
      (await queue.list({}, today, { limit: 2, offset: 2 })).items.map((item) => item.registrationNumber),
      [question],
    );

    // The spam-flagged submission is kept out of the queue until a person releases it.
    assert.equal(await queue.countQuarantined(), 1);
    assert.deepEqual(
      (await queue.list({ status: 'quarantined' }, today, page)).items.map((item) => item.registrationNumber),
      [spam],
    );
    assert.ok(!(await queue.list({}, today, page)).items.some((item) => item.registrationNumber === spam));
  });

  test('releasing a quarantined submission puts it in the queue and sends the acknowledgement it was denied', async (t) => {
    const { app, add } = await setUp(t, '2026-11-09T10:00:00');
    const manager = await add('boss@example.ru', 'Сидорова Ольга Ивановна', 'manager');
    const number = await submit(app, 'question', validBodies['question'] ?? {}, false);
    assert.equal((await app.appeals.find(number))?.submission.status, 'quarantined');
    const answered = await app.appeals.workflow.perform(number, manager, { action: 'final', text: 'Ответ' });
    assert.equal(answered.ok, false, 'no answer before release');

    assert.equal((await app.appeals.workflow.perform(number, manager, { action: 'release' })).ok, true);
    const view = await app.appeals.find(number);
    assert.equal(view?.submission.status, 'registered');
    assert.equal(view.submission.next_due, '2026-11-12');
    assert.deepEqual(
      view.events.map((event) => event.kind),
      ['released-from-quarantine'],
    );
    const ack = await letter(number, 'Обращение');
    assert.equal(ack.subject, `Обращение ${number} зарегистрировано`);
  });

  test('assigning takes a request into work and the recorded callback moves its next deadline on', async (t) => {
    const { app, clock, add } = await setUp(t, '2026-11-09T10:00:00');
    const manager = await add('boss@example.ru', 'Сидорова Ольга Ивановна', 'manager');
    const specialist = await add('ivanova@example.ru', 'Иванова Мария Петровна', 'specialist');
    const auditor = await add('audit@example.ru', 'Петров Пётр Ильич', 'auditor');
    const number = await submit(app, 'service', validBodies['service'] ?? {}); // callback Tue 10, decision Thu 12 Nov
    const { workflow, queue } = app.appeals;

    assert.deepEqual(await workflow.perform(number, manager, { action: 'assign', assignee: String(auditor.id) }), {
      ok: false,
      status: 400,
      errors: [{ field: 'assign-assignee', message: 'Выберите исполнителя из списка' }],
    });
    assert.equal(
      (await workflow.perform(number, manager, { action: 'assign', assignee: String(specialist.id) })).ok,
      true,
    );
    const [item] = (await queue.list({}, '2026-11-09', { limit: 10, offset: 0 })).items;
    assert.deepEqual(
      [item?.status, item?.assigneeName, item?.nextDue],
      ['in-progress', 'Иванова Мария Петровна', '2026-11-10'],
    );

    clock.now = tomsk('2026-11-09T14:30:00');
    assert.equal(
      (await workflow.perform(number, specialist, { action: 'callback', note: 'Договорились о визите' })).ok,
      true,
    );
    const view = await app.appeals.find(number);
    assert.equal(view?.submission.next_due, '2026-11-12');
    assert.deepEqual(
      view.events.map((event) => [event.kind, event.actorName]),
      [
        ['assigned', 'Сидорова Ольга Ивановна'],
        ['called-back', 'Иванова Мария Петровна'],
      ],
    );
    assert.deepEqual(
      (await app.staff.audit.list({}))
        .filter((entry) => entry.action.startsWith('appeal-'))
        .map((entry) => entry.action),
      ['appeal-called-back', 'appeal-assigned'],
    );
  });

  test('a final answer recorded in the console reaches the customer in the company letter and closes the appeal', async (t) => {
    const { app, clock, add } = await setUp(t, '2026-11-09T10:00:00');
    const specialist = await add('ivanova@example.ru', 'Иванова Мария Петровна', 'specialist');
    const number = await submit(app, 'question', validBodies['question'] ?? {});
    clock.now = tomsk('2026-11-10T09:30:00');

    const answer = 'Начисление выросло из-за <b>перерасчёта</b> за сентябрь & октябрь.';
    assert.deepEqual(await app.appeals.workflow.perform(number, specialist, { action: 'final', text: answer }), {
      ok: true,
      action: 'final',
    });

    const mail = await letter(number, 'Ответ на обращение');
    assert.equal(mail.to && 'text' in mail.to ? mail.to.text : '', 'anna.ivanova@example.ru');
    // The patronymic shows the gender: no «Уважаемый(ая)».
    assert.match(mail.text ?? '', /^Уважаемая Анна Петровна!/);
    // A verb and one full stop after «г.», not «от 9 ноября 2026 г..».
    assert.match(
      mail.text ?? '',
      new RegExp(`Ваше обращение № ${number} от 9 ноября 2026 г\\. рассмотрено\\. Сообщаем ответ\\.`),
    );
    assert.doesNotMatch(mail.text ?? '', /г\.\./);
    // The answer letter links the status page, at the origin this server serves when PUBLIC_ORIGIN is unset.
    assert.match(
      mail.text ?? '',
      /Статус обращения и ответы на него: http:\/\/127\.0\.0\.1:\d+\/internet-priemnaya\/status\//,
    );
    assert.match(mail.text ?? '', /Краткое содержание: Вопрос специалисту; тема: .+; «Почему в ноябре начисление выше/);
    assert.ok(mail.text?.includes(answer));
    assert.match(
      mail.text ?? '',
      /С уважением,\nИванова Мария Петровна, Акционерное общество «Томская энергосбытовая компания»/,
    );
    assert.match(mail.text ?? '', /8-800-222-49-02/);
    assert.ok(mail.html && mail.html.includes('&#60;b&#62;перерасчёта&#60;/b&#62;'), 'the answer is escaped in HTML');

    const view = await app.appeals.find(number);
    assert.equal(view?.submission.status, 'answered');
    assert.equal(view.submission.next_due, null);
    assert.equal(view.submission.closed_at, clock.now.toISOString());
    assert.deepEqual(
      view.events.map((event) => [event.kind, event.body, event.actorName]),
      [['final-answer', answer, 'Иванова Мария Петровна']],
    );
    const audit = await app.staff.audit.list({ action: 'appeal-final-answer' });
    assert.deepEqual(
      audit.map((entry) => [entry.actor_email, entry.target]),
      [['ivanova@example.ru', number]],
    );

    // Closed is closed: no second answer, no letter.
    const again = await app.appeals.workflow.perform(number, specialist, { action: 'final', text: 'Ещё ответ' });
    assert.equal(again.ok, false);
  });

  test('before a final answer is recorded, the console shows the very letter the customer will get', async (t) => {
    const { app, clock, add } = await setUp(t, '2026-11-09T10:00:00');
    const specialist = await add('ivanova@example.ru', 'Иванова Мария Петровна', 'specialist');
    const number = await submit(app, 'question', validBodies['question'] ?? {});
    clock.now = tomsk('2026-11-10T09:30:00');
    const posted = { action: 'final', text: 'Начисление выросло из-за перерасчёта за октябрь.' };

    // The check alone records nothing.
    assert.deepEqual(await app.appeals.workflow.perform(number, specialist, posted, null, true), {
      ok: true,
      action: 'final',
    });
    const before = await app.appeals.find(number);
    assert.ok(before);
    assert.equal(before.submission.status, 'registered');
    assert.deepEqual(before.events, []);
    const preview = app.appeals.previewLetter(before, 'final', posted, 'Иванова Мария Петровна');

    await app.appeals.workflow.perform(number, specialist, posted);

    // An earlier test of this file answered an appeal with the same number: find this one's letter.
    const sent = await letter(number, 'Ответ на обращение', posted.text);
    assert.equal(preview?.to, 'anna.ivanova@example.ru');
    assert.equal(preview.subject, sent.subject);
    assert.equal(preview.text, sent.text?.trimEnd());
  });

  test('an extension is at most 30 days with a reason, once, and the customer is told; a refusal needs a ground', async (t) => {
    const { app, add } = await setUp(t, '2026-11-09T10:00:00');
    const specialist = await add('ivanova@example.ru', 'Иванова Мария Петровна', 'specialist');
    const number = await submit(app, 'appeal', validBodies['appeal'] ?? {}); // final due Wed 9 Dec 2026
    const { workflow } = app.appeals;

    assert.deepEqual(
      await workflow.perform(number, specialist, {
        action: 'extend',
        days: '31',
        reason: 'Запрос в сетевую организацию',
      }),
      {
        ok: false,
        status: 400,
        errors: [{ field: 'extend-days', message: 'Срок продления — не больше 30 календарных дней' }],
      },
    );
    assert.deepEqual(await workflow.perform(number, specialist, { action: 'extend', days: '10', reason: '' }), {
      ok: false,
      status: 400,
      errors: [{ field: 'extend-reason', message: 'Введите причину продления' }],
    });
    assert.equal((await app.appeals.find(number))?.submission.extended_final, null, 'nothing changed');

    // 9 Dec + 20 = Tuesday 29 Dec.
    const extended = await workflow.perform(number, specialist, {
      action: 'extend',
      days: '20',
      reason: 'Запрос в сетевую организацию',
    });
    assert.equal(extended.ok, true);
    const view = await app.appeals.find(number);
    assert.equal(view?.submission.extended_final, '2026-12-29');
    assert.equal(view.submission.status, 'in-progress');
    const mail = await letter(number, 'Срок ответа на обращение продлён');
    assert.match(mail.text ?? '', /Срок ответа на ваше обращение продлён до 29 декабря 2026 г\./);
    assert.match(mail.text ?? '', /Причина продления: Запрос в сетевую организацию/);
    const twice = await workflow.perform(number, specialist, { action: 'extend', days: '5', reason: 'Ещё раз' });
    assert.deepEqual(twice.ok ? [] : twice.errors.map((error) => error.field), ['extend-days']);

    assert.deepEqual(await workflow.perform(number, specialist, { action: 'refuse', ground: '', text: '' }), {
      ok: false,
      status: 400,
      errors: [{ field: 'refuse-ground', message: 'Выберите основание из списка' }],
    });
    assert.deepEqual(
      await workflow.perform(number, specialist, { action: 'refuse', ground: 'unreadable', text: ' ' }),
      {
        ok: false,
        status: 400,
        errors: [{ field: 'refuse-text', message: 'Введите текст уведомления клиенту' }],
      },
    );
    const refused = await workflow.perform(number, specialist, {
      action: 'refuse',
      ground: 'unreadable',
      text: 'Текст обращения не поддаётся прочтению.',
    });
    assert.equal(refused.ok, true);
    assert.equal((await app.appeals.find(number))?.submission.status, 'refused');
    const notice = await letter(number, 'Уведомление по обращению');
    assert.match(notice.text ?? '', /Текст обращения не поддаётся прочтению\.\n\nОснование: 59-ФЗ ст\. 11 ч\. 4\./);
  });

  test('a refusal for want of an address to reply to may go without a notice, and then no letter is sent', async (t) => {
    const { app, add } = await setUp(t, '2026-11-09T10:00:00');
    const specialist = await add('ivanova@example.ru', 'Иванова Мария Петровна', 'specialist');
    const number = await submit(app, 'appeal', validBodies['appeal'] ?? {});
    const refused = await app.appeals.workflow.perform(number, specialist, {
      action: 'refuse',
      ground: 'no_surname_or_reply_address',
      text: '',
    });
    assert.equal(refused.ok, true);
    const view = await app.appeals.find(number);
    assert.equal(view?.submission.status, 'refused');
    const letters = await app.database.db.selectFrom('outbox').select('kind').where('kind', '=', 'letter').execute();
    assert.deepEqual(letters, []);
  });

  test('the customer is told the expected date once, after the working day the appeal arrived on has ended', async (t) => {
    // Saturday: the appeal is taken up on Monday 9 Nov; the notice goes out after Monday ends.
    const { app, clock } = await setUp(t, '2026-11-07T15:00:00');
    const number = await submit(app, 'appeal', validBodies['appeal'] ?? {});
    const run = async (local: string) => {
      clock.now = tomsk(local);
      await app.appeals.notices.run();
    };
    await run('2026-11-08T12:00:00');
    await run('2026-11-09T23:59:00');
    assert.deepEqual(mailsTo(number, 'Срок ответа на обращение'), []);
    await run('2026-11-10T00:05:00');
    await run('2026-11-10T08:00:00');
    const mail = await letter(number, 'Срок ответа на обращение');
    assert.match(mail.text ?? '', /Ответ будет направлен не позднее 7 декабря 2026 г\./);
    const events = (await app.appeals.find(number))?.events ?? [];
    assert.deepEqual(
      events.map((event) => [event.kind, event.actorName]),
      [['expected-date-notice', null]],
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(mailsTo(number, 'Срок ответа на обращение').length, 1, 'sent once');
  });

  test('an аудитор cannot act and nobody without a session reaches the console', async (t) => {
    const { app, add } = await setUp(t, '2026-11-09T10:00:00');
    const auditor = await add('audit@example.ru', 'Петров Пётр Ильич', 'auditor');
    const number = await submit(app, 'question', validBodies['question'] ?? {});
    assert.deepEqual(await app.appeals.workflow.perform(number, auditor, { action: 'final', text: 'Ответ' }), {
      ok: false,
      status: 403,
      errors: [{ field: 'actions', message: GUARD_MESSAGES.readOnly }],
    });
    assert.equal((await app.appeals.find(number))?.submission.status, 'registered');

    const signIn = await app.staff.signIn({ email: 'audit@example.ru', password: PASSWORD, ip: '10.0.0.1' });
    if (signIn.outcome !== 'signed-in') return assert.fail(`sign-in: ${signIn.outcome}`);
    const { token } = signIn;
    const session = await app.staff.sessions.find(token);
    const site = { origin: 'http://127.0.0.1:4630', host: '127.0.0.1:4630', ip: '10.0.0.1' };
    const pathname = `/staff/obrashcheniya/${encodeURIComponent(number)}/`;
    assert.deepEqual(
      await app.staff.check({
        method: 'POST',
        pathname,
        token,
        csrfToken: () => Promise.resolve(session?.csrfToken),
        ...site,
      }),
      { outcome: 'forbidden', message: GUARD_MESSAGES.readOnly },
    );
    assert.deepEqual(
      await app.staff.check({
        method: 'GET',
        pathname,
        token: undefined,
        csrfToken: () => Promise.resolve(undefined),
        ...site,
      }),
      { outcome: 'sign-in-required' },
    );
    const file = await app.inject({ method: 'GET', url: '/api/staff/attachments/any-id' });
    assert.equal(file.statusCode, 401);
  });
});
