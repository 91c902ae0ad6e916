/**
 * Journeys through the «Вопрос специалисту» form, with and without JavaScript, with axe after
 * every step (forms-runner fill_in_and_submit_form_spec): a mistake is reported in the GOV.UK
 * error summary with the entered values kept, and a correct form ends with a registration number.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, axeViolationsWithoutJs } from '../support/axe.ts';

const FORM = '/internet-priemnaya/vopros/';
const NUMBER = /ВП-\d{4}-\d{6}/;
/** The answer's deadline from the SLA, as a date a person reads. */
const DEADLINE = /Ответ — не позднее\s*\d{1,2} [а-я]+ \d{4} г\./;

async function fillValidExceptConsent(page: Page): Promise<void> {
  await page.getByLabel('Имя', { exact: true }).fill('Анна');
  await page.getByLabel('По электронной почте').check();
  await page.getByLabel('Адрес электронной почты').fill('anna@example.ru');
  await page.getByLabel('Тема вопроса').selectOption('billing');
}

/** A complete question with an 11 МБ scan attached: over the 10 МБ a file may have. */
async function fillWithOversizedScan(page: Page): Promise<void> {
  await page.goto(FORM);
  await page.getByLabel('Фамилия').fill('Иванова');
  await fillValidExceptConsent(page);
  await page.getByLabel('Ваш вопрос').fill('Прикладываю скан квитанции');
  await page.getByLabel('Я даю согласие на обработку').check();
  await page.getByLabel('Документы (необязательно)').setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024)]),
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an incomplete question is returned with errors, then accepted with a receipt', async ({ page }) => {
    // Three page loads and three axe runs in fresh contexts: more than the default 30 s on a busy CI machine.
    test.slow();
    await page.goto(`${FORM}?text=${encodeURIComponent('Как передать показания?')}`);
    await expect(page.getByLabel('Ваш вопрос')).toHaveValue('Как передать показания?');
    expect(await axeViolationsWithoutJs(page)).toEqual([]);

    await page.getByLabel('Фамилия').fill('<b>Иванова</b>');
    await page.getByRole('button', { name: 'Отправить' }).click();
    await expect(page).toHaveTitle(/^Ошибка: Вопрос специалисту/);
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'Исправьте ошибки в форме' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Введите имя' })).toHaveAttribute('href', '#firstName');
    // Markup is kept for correction, shown as text, and refused with the reason.
    await expect(page.getByLabel('Фамилия')).toHaveValue('<b>Иванова</b>');
    await expect(page.locator('#lastName-error')).toContainText('Фамилия пишется буквами');
    await expect(page.getByLabel('Ваш вопрос')).toHaveValue('Как передать показания?');
    await expect(page.locator('#consent-error')).toContainText('Ошибка: Чтобы мы могли рассмотреть обращение');
    expect(await axeViolationsWithoutJs(page)).toEqual([]);

    await page.getByLabel('Фамилия').fill('Иванова');
    await fillValidExceptConsent(page);
    await page.getByLabel('Я даю согласие на обработку').check();
    await page.getByRole('button', { name: 'Отправить' }).click();
    await expect(page).toHaveURL(/\/internet-priemnaya\/prinyato\/\?r=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обращение принято');
    await expect(page.getByText(NUMBER)).toBeVisible();
    await expect(page.getByRole('main')).toContainText(DEADLINE);
    expect(await axeViolationsWithoutJs(page)).toEqual([]);
  });

  test('«Перезвоните мне» asks for the phone, then the receipt promises the call', async ({ page }) => {
    test.slow();
    await page.goto(FORM);
    await page.getByLabel('Фамилия').fill('Иванова');
    await fillValidExceptConsent(page);
    await page.getByLabel('Ваш вопрос').fill('Сложный вопрос о перерасчёте за три года');
    await page.getByLabel('Я даю согласие на обработку').check();
    const callback = page.getByLabel(/Перезвоните мне/);
    await expect(page.getByText(/Специалист позвонит по указанному телефону в течение \d+ рабочих дней/)).toBeVisible();
    await callback.check();
    await page.getByRole('button', { name: 'Отправить' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: /Введите номер телефона/ })).toHaveAttribute(
      'href',
      '#phone',
    );
    await expect(page.getByLabel(/Перезвоните мне/)).toBeChecked();
    await page.getByLabel('Телефон', { exact: true }).fill('8 913 123-45-67');
    await page.getByLabel('Я даю согласие на обработку').check();
    await page.getByRole('button', { name: 'Отправить' }).click();
    await expect(page.getByRole('main')).toContainText(/Звонок специалиста — не позднее\s*\d{1,2} [а-я]+ \d{4} г\./);
  });

  test('a form sent back with errors names the attached file to choose again', async ({ page }) => {
    await page.goto(FORM);
    await fillValidExceptConsent(page);
    await page.getByLabel('Ваш вопрос').fill('Прикладываю скан квитанции');
    await page.getByLabel('Я даю согласие на обработку').check();
    await page.getByLabel('Документы (необязательно)').setInputFiles({
      name: 'kvitanciya.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Отправить' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Введите фамилию' })).toBeVisible();
    const files = page.getByLabel('Документы (необязательно)');
    await expect(files).toHaveAccessibleDescription(
      /Выбранные файлы не сохранились: «kvitanciya\.pdf»\. Выберите их ещё раз/,
    );
    expect(await axeViolationsWithoutJs(page)).toEqual([]);
  });

  test('a file over 10 МБ brings the form back with 413, the reason at the file field and the text kept', async ({
    page,
  }) => {
    // An 11 МБ upload, two page loads and an axe run: more than the default 30 s on a busy CI machine.
    test.slow();
    await fillWithOversizedScan(page);
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith('/api/forms/question')),
      page.getByRole('button', { name: 'Отправить' }).click(),
    ]);
    expect(response.status()).toBe(413);
    await expect(page).toHaveTitle(/^Ошибка: Вопрос специалисту/);
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: /каждый файл — не больше 10 МБ/ })).toHaveAttribute(
      'href',
      '#attachments',
    );
    await expect(page.getByLabel('Фамилия')).toHaveValue('Иванова');
    await expect(page.getByLabel('Ваш вопрос')).toHaveValue('Прикладываю скан квитанции');
    expect(await axeViolationsWithoutJs(page)).toEqual([]);
  });
});

test.describe('with JavaScript', () => {
  test('errors and the receipt appear without reloading the page', async ({ page }) => {
    await page.goto(FORM);
    let reloads = 0;
    page.on('load', () => (reloads += 1));
    await page.getByRole('button', { name: 'Отправить' }).click();
    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Введите фамилию' })).toBeVisible();
    await expect(page).toHaveTitle(/^Ошибка: Вопрос специалисту/);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Фамилия').fill('Иванова');
    await fillValidExceptConsent(page);
    await page.getByLabel('Ваш вопрос').fill('Почему выросло начисление?');
    await page.getByLabel('Я даю согласие на обработку').check();
    await page.getByRole('button', { name: 'Отправить' }).click();
    const receipt = page.locator('[data-receipt]');
    await expect(receipt).toBeFocused();
    await expect(receipt.getByText(NUMBER)).toBeVisible();
    await expect(page.getByRole('main')).toContainText(DEADLINE);
    await expect(page).toHaveTitle(/^Обращение принято/);
    expect(reloads).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('one receipt: the one shown in place is the receipt page, with the time, the letter address and the status link', async ({
    page,
  }) => {
    await page.goto(FORM);
    await page.getByLabel('Фамилия').fill('Иванова');
    await fillValidExceptConsent(page);
    // An address of its own: one address gets at most three acknowledgements a day (issue 15, finding 9).
    await page.getByLabel('Адрес электронной почты').fill(`anna.${String(Date.now())}@example.ru`);
    await page.getByLabel('Ваш вопрос').fill('Когда придёт перерасчёт?');
    await page.getByLabel('Я даю согласие на обработку').check();
    await page.getByRole('button', { name: 'Отправить' }).click();
    await expect(page.locator('[data-receipt]')).toBeFocused();
    const main = page.getByRole('main');
    await expect(main).toContainText(/Дата и время регистрации\s*\d{1,2} [а-я]+ \d{4} г\. в \d{2}:\d{2}/);
    await expect(main).toContainText(/Письмо с регистрационным номером отправлено на адрес anna\.\d+@example\.ru/);
    await expect(main.getByRole('link', { name: /Узнать статус/ })).toBeVisible();
    // It reports what has happened, not what the form said would happen.
    await expect(main).not.toContainText('будет зарегистр');
    await expect(main).not.toContainText('Что будет дальше');
    const inPlace = await main.innerText();
    await page.reload();
    expect(await page.getByRole('main').innerText()).toBe(inPlace);
  });

  test('a file over 10 МБ is reported at the file field without reloading the page', async ({ page }) => {
    test.slow();
    await fillWithOversizedScan(page);
    let reloads = 0;
    page.on('load', () => (reloads += 1));
    await page.getByRole('button', { name: 'Отправить' }).click();
    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /каждый файл — не больше 10 МБ/ })).toHaveAttribute(
      'href',
      '#attachments',
    );
    await expect(page.locator('#attachments-error')).toContainText('не больше 10 МБ');
    await expect(page.getByLabel('Ваш вопрос')).toHaveValue('Прикладываю скан квитанции');
    expect(reloads).toBe(0);
  });
});
