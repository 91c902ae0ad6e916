/**
 * A specialist's day in Chromium: an appeal that the anti-spam checks held back is found through
 * the queue's quarantine notice, released, answered (with the GOV.UK error summary on an empty
 * answer first), and the queue and appeal pages pass axe at 320 px. An аудитор sees the appeal
 * with no actions.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { ensureStaffUser } from '../support/staff-accounts.ts';
import { submitHeldQuestion } from '../support/held-question.ts';

const PASSWORD = 'correct horse battery';
const run = Date.now().toString(36);
const specialist = `appeals-${run}@example.ru`;
const auditor = `appeals-audit-${run}@example.ru`;

test.beforeAll(() => {
  ensureStaffUser(specialist, 'Смирнова Елена Викторовна', 'специалист', PASSWORD);
  ensureStaffUser(auditor, 'Кузнецов Игорь Олегович', 'аудитор', PASSWORD);
});

async function signIn(page: Page, email: string, path: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Пароль').fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Without the browser's anti-spam proof a submission is kept, but held in quarantine. */
const submitQuestion = (request: APIRequestContext) =>
  submitHeldQuestion(request, {
    lastName: 'Орлова',
    firstName: 'Вера',
    middleName: 'Андреевна',
    email: `vera-${run}@example.ru`,
    text: 'Почему выросло начисление за ноябрь?',
  });

test('a specialist releases a held appeal from the queue, records the answer and the appeal closes', async ({
  page,
  request,
}) => {
  // Seven page loads and four axe runs: more than the default 30 s on a busy CI machine.
  test.slow();
  const registrationNumber = await submitQuestion(request);

  await signIn(page, specialist, '/staff/obrashcheniya/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Очередь обращений');
  await expect(page.getByRole('link', { name: 'Очередь обращений' })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Показать обращения в карантине' }).click();
  await expect(page.getByLabel('Статус')).toHaveValue('quarantined');
  await page.getByRole('link', { name: registrationNumber }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Обращение ${registrationNumber}`);
  await expect(page.getByText('Почему выросло начисление за ноябрь?')).toBeVisible();
  await page.getByRole('button', { name: 'Выпустить из карантина' }).click();
  await expect(page.getByRole('status')).toHaveText('Обращение выпущено из карантина и поставлено в очередь.');

  // An empty answer: the error summary names the field and links to it.
  await page.getByRole('button', { name: 'Записать ответ' }).click();
  await expect(page).toHaveTitle(/^Ошибка:/);
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link', { name: 'Введите текст ответа' })).toHaveAttribute('href', '#final-text');
  await expectNoAxeViolations(page);

  // The letter is shown as it will be sent, and nothing is recorded until it is confirmed.
  await page.getByLabel('Текст ответа').fill('Начисление выросло из-за перерасчёта за октябрь');
  await page.getByRole('button', { name: 'Записать ответ' }).click();
  const check = page.getByRole('region', { name: 'Проверьте письмо перед отправкой' });
  await expect(check).toContainText('Ответ ещё не записан, и письмо не отправлено.');
  await expect(check).toContainText(`Ответ на обращение ${registrationNumber}`);
  await expect(check.locator('[data-letter-text]')).toContainText(
    /^(Уважаем|Здравствуйте)[^]*рассмотрено\. Сообщаем ответ\.[^]*Начисление выросло из-за перерасчёта за октябрь/,
  );
  await expect(page.locator('.es-staff-facts').first()).not.toContainText('Дан ответ');
  await expectNoAxeViolations(page);
  // Back to the text: the typed answer is kept for a correction.
  await page.getByRole('button', { name: 'Вернуться к тексту' }).click();
  await expect(page.getByLabel('Текст ответа')).toHaveValue('Начисление выросло из-за перерасчёта за октябрь');
  await page.getByLabel('Текст ответа').fill('Начисление выросло из-за перерасчёта за октябрь.');
  await page.getByRole('button', { name: 'Записать ответ' }).click();
  await page.getByRole('button', { name: 'Отправить ответ' }).click();
  await expect(page.getByRole('status')).toHaveText('Ответ записан и отправлен клиенту.');
  await expect(page.locator('.es-staff-facts').first()).toContainText('Дан ответ');
  await expect(page.getByRole('region', { name: 'История' })).toContainText(
    'Начисление выросло из-за перерасчёта за октябрь.',
  );
  await expect(page.getByText('Обращение закрыто: ответ или уведомление записаны, действия недоступны.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Closed appeals leave the default view of the queue and show up under «Дан ответ».
  await page.goto('/staff/obrashcheniya/');
  await expect(page.getByRole('link', { name: registrationNumber })).toHaveCount(0);
  await page.goto('/staff/obrashcheniya/?status=answered');
  await expect(page.getByRole('link', { name: registrationNumber })).toBeVisible();
});

test('an аудитор reads an appeal but is offered no actions', async ({ page, request }) => {
  const registrationNumber = await submitQuestion(request);
  await signIn(page, auditor, '/staff/obrashcheniya/');
  await page.goto(`/staff/obrashcheniya/${encodeURIComponent(registrationNumber)}/`);
  await expect(page.getByText('Почему выросло начисление за ноябрь?')).toBeVisible();
  await expect(page.getByText('Роль «аудитор»: только просмотр, действия недоступны.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Выпустить из карантина' })).toHaveCount(0);
});
