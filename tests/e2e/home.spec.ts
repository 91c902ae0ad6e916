/**
 * The home page as a task page (issue 17): readings can be started there without signing in and
 * without JavaScript, and the latest news are listed with their dates.
 */
import { expect, test } from '@playwright/test';
import { axeViolationsWithoutJs } from '../support/axe.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the readings step carries the account number to the readings form', async ({ page }) => {
    await page.goto('/');
    const step = page.getByRole('region', { name: 'Передача показаний счётчика' });
    await expect(step).toContainText(/Без регистрации, с \d+-го по \d+-е число месяца/);
    await step.getByLabel('Номер лицевого счёта').fill('700123456');
    await step.getByRole('button', { name: 'Продолжить' }).click();
    await expect(page).toHaveURL(/\/internet-priemnaya\/peredat-pokazaniya\/\?accountNumber=700123456$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Передача показаний счётчика');
    await expect(page.getByLabel('Номер лицевого счёта')).toHaveValue('700123456');
    // Nothing was sent yet: the rest of the form is still to fill in.
    await expect(page.getByLabel('Фамилия владельца счёта')).toHaveValue('');
  });

  test('the latest news are listed with their dates and a link to all news; the page passes axe', async ({ page }) => {
    await page.goto('/');
    const news = page.getByRole('region', { name: 'Новости' });
    const items = news.getByTestId('latest-news').locator('li');
    // Two Markdown news ship with the site; notices other specs publish may come first. Three at most.
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBeLessThanOrEqual(3);
    await expect(items.first().locator('time')).toHaveText(/\d{1,2} [а-я]+ \d{4} г\./);
    await expect(news.getByRole('link', { name: 'Все новости' })).toHaveAttribute('href', '/novosti/');
    expect(await axeViolationsWithoutJs(page)).toEqual([]);
  });
});

test('an over-long account number in the address is cut to the field, not echoed whole', async ({ page }) => {
  await page.goto(`/internet-priemnaya/peredat-pokazaniya/?accountNumber=${'7'.repeat(500)}`);
  await expect(page.getByLabel('Номер лицевого счёта')).toHaveValue('7'.repeat(12));
});
