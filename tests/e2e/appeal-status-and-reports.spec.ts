/**
 * The customer's status page with and without JavaScript (axe-checked, identical answers for a wrong
 * contact, an unknown number and a held submission, the Russian 429 page) and the marketing report
 * in the staff console (axe). Appeals are inserted into the test server's database per the data
 * model, as staff would have left them.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { openDatabase } from '../../forms-api/src/db/database.ts';
import { migrateToLatest } from '../../forms-api/src/db/migrate.ts';
import { insertAppeal, insertEvent } from '../../forms-api/test/support/appeal-rows.ts';
import { axeViolationsWithoutJs, expectNoAxeViolations } from '../support/axe.ts';
import { ensureStaffUser, signInAs } from '../support/staff-accounts.ts';

// The lookups share one address (127.0.0.1) and its try limit: one test at a time, limit reset first.
test.describe.configure({ mode: 'serial' });

const serial = String(Date.now() % 1_000_000).padStart(6, '0');
const answered = `ЖП-2026-${serial}`;
const held = `ВП-2026-${serial}`;
const acrossNewYear = `ОБ-2026-${String((Number(serial) + 1) % 1_000_000).padStart(6, '0')}`;
const unknown = `ОБ-2026-${serial}`;
const manager = `manager-${serial}@example.ru`;
const STATUS_PAGE = '/internet-priemnaya/status/';
const PASSWORD = 'correct horse battery';
/** The test server's database (tests/playwright.config.ts). */
const E2E_DATABASE_URL = 'sqlite:var/e2e.sqlite';

async function withDatabase(work: (db: ReturnType<typeof openDatabase>['db']) => Promise<void>): Promise<void> {
  const { db } = openDatabase(E2E_DATABASE_URL);
  try {
    await migrateToLatest(db);
    await work(db);
  } finally {
    await db.destroy();
  }
}

const resetTries = () =>
  withDatabase((db) =>
    db
      .deleteFrom('status_lookup_attempts')
      .execute()
      .then(() => undefined),
  );

test.beforeAll(async () => {
  ensureStaffUser(manager, 'Смирнова Анна Сергеевна', 'руководитель', PASSWORD);
  await withDatabase(async (db) => {
    const id = await insertAppeal(db, {
      number: answered,
      formType: 'complaint',
      createdAt: '2026-11-02T03:00:00Z',
      deadlines: { register: '2026-11-03', interim: '2026-11-05', final: '2026-12-02' },
      status: 'answered',
      closedAt: '2026-11-20T05:00:00Z',
      payload: { lastName: 'Иванова', replyChannel: 'email', email: 'ivanova@example.ru', phone: '+79131234567' },
    });
    await insertEvent(db, id, { kind: 'final-answer', at: '2026-11-20T05:00:00Z', body: 'Перерасчёт выполнен.' });
    await insertAppeal(db, {
      number: acrossNewYear,
      createdAt: '2026-12-10T03:00:00Z',
      deadlines: { register: '2026-12-11', final: '2027-01-11' },
      status: 'registered',
      payload: { lastName: 'Петрова', replyChannel: 'email', email: 'petrova@example.ru' },
    });
    await insertAppeal(db, {
      number: held,
      createdAt: '2026-11-02T03:00:00Z',
      deadlines: { register: '2026-11-03', final: '2026-11-05' },
      status: 'quarantined',
      payload: { lastName: 'Бот', replyChannel: 'email', email: 'ivanova@example.ru' },
    });
  });
});
test.beforeEach(resetTries);
test.afterAll(resetTries);

function lookUp(request: APIRequestContext, baseURL: string, registrationNumber: string, contact: string) {
  // A form post from the page itself: Astro refuses form posts without this site's Origin.
  return request.post(STATUS_PAGE, { form: { registrationNumber, contact }, headers: { origin: baseURL } });
}

test('the right number and e-mail show the status, the deadline and the answer', async ({ page }) => {
  await page.goto('/internet-priemnaya/');
  await page.getByRole('main').getByRole('link', { name: 'узнать по регистрационному номеру' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Узнать статус обращения');
  await expectNoAxeViolations(page);

  await page.getByLabel('Регистрационный номер').fill(answered.toLowerCase());
  await page.getByLabel('Электронная почта или телефон').fill('Ivanova@Example.ru');
  await page.getByRole('button', { name: 'Узнать статус' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Обращение ${answered}`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Статус: Дан ответ');
  await expect(main).toContainText('Ответ — не позднее');
  await expect(main).toContainText('2 декабря 2026 г.');
  await expect(main).toContainText('Перерасчёт выполнен.');
  // Nothing else about the appeal: no name, no e-mail.
  await expect(main).not.toContainText('Иванова');
  await expect(main).not.toContainText('ivanova@example.ru');
  await expectNoAxeViolations(page);
});

test('a deadline in a year whose working-day calendar is provisional is said to be preliminary', async ({ page }) => {
  // content/calendar/2027.yaml is provisional (the decree's transferred days off are not in it yet).
  await page.goto(STATUS_PAGE);
  await page.getByLabel('Регистрационный номер').fill(acrossNewYear);
  await page.getByLabel('Электронная почта или телефон').fill('petrova@example.ru');
  await page.getByRole('button', { name: 'Узнать статус' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Обращение ${acrossNewYear}`);
  const notes = page.getByTestId('provisional-date');
  await expect(notes).toHaveCount(1);
  await expect(notes).toHaveText('Дата предварительная: перенос выходных дней в 2027 году ещё не учтён.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an empty form gets the error summary naming both fields; a phone finds the appeal', async ({ page }) => {
    await page.goto(STATUS_PAGE);
    await page.getByRole('button', { name: 'Узнать статус' }).click();
    await expect(page).toHaveTitle(/^Ошибка: /);
    await expect(page.locator('[data-error-summary]').getByRole('link')).toHaveText([
      'Введите регистрационный номер обращения, например ВП-2026-000123',
      'Введите адрес электронной почты или телефон, которые вы указали в обращении',
    ]);
    expect(await axeViolationsWithoutJs(page)).toEqual([]);

    await page.getByLabel('Регистрационный номер').fill(answered);
    await page.getByLabel('Электронная почта или телефон').fill('8 (913) 123-45-67');
    await page.getByRole('button', { name: 'Узнать статус' }).click();
    await expect(page.getByRole('main')).toContainText('Статус: Дан ответ');
    expect(await axeViolationsWithoutJs(page)).toEqual([]);
  });
});

test('a wrong contact, an unknown number and a held submission get byte-identical answers', async ({
  request,
  baseURL,
}) => {
  const answers = await Promise.all(
    [
      [answered, 'someone@example.ru'],
      [unknown, 'ivanova@example.ru'],
      [held, 'ivanova@example.ru'],
    ].map(async ([number = '', contact = '']) => {
      const response = await lookUp(request, baseURL ?? '', number, contact);
      return { status: response.status(), body: await response.text() };
    }),
  );
  expect(answers[0]?.status).toBe(404);
  expect(answers[0]?.body).toContain('Обращение с таким регистрационным номером и контактом не найдено');
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
});

test('too many tries on one number get the Russian 429 page', async ({ page, request, baseURL }) => {
  for (let i = 0; i < 5; i += 1) await lookUp(request, baseURL ?? '', unknown, `guess${i}@example.ru`);
  await page.goto(STATUS_PAGE);
  await page.getByLabel('Регистрационный номер').fill(unknown);
  await page.getByLabel('Электронная почта или телефон').fill('ivanova@example.ru');
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
    page.getByRole('button', { name: 'Узнать статус' }).click(),
  ]);
  expect(response.status()).toBe(429);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Слишком много попыток');
  await expect(page.getByRole('main')).toContainText('Подождите 15 минут');
  await expectNoAxeViolations(page);
});

test('the report page shows the period with a chart and its table, for a signed-in руководитель', async ({ page }) => {
  await page.goto('/staff/otchety/');
  await signInAs(page, manager, PASSWORD);
  await expect(page).toHaveURL(/\/staff\/otchety\/$/);
  await page.getByLabel('С даты').fill('2026-11-01');
  await page.getByLabel('По дату').fill('2026-11-30');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Отчёты');
  await expect(page.getByRole('img', { name: /Зарегистрировано обращений по месяцам/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Обращения по месяцам регистрации' })).toContainText('ноябрь 2026');
  await expect(page.getByRole('main')).toContainText('Интернет-приёмная (форма на сайте)');
  await expect(page.getByRole('link', { name: 'Выгрузить обращения за период в CSV' })).toHaveAttribute(
    'href',
    '/api/staff/reports/appeals.csv?from=2026-11-01&to=2026-11-30',
  );
  await expectNoAxeViolations(page);
});
