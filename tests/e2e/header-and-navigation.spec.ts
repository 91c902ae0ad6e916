/** «Личный кабинет» in every header and «Вопросы и ответы» wherever a customer starts a question. */
import { expect, test } from '@playwright/test';

const FAQ = '/internet-priemnaya/voprosy-otvety/';

for (const path of ['/', '/oplata/', '/internet-priemnaya/vopros/', '/oplata/qr-kod/']) {
  test(`${path}: the header links both personal accounts, marked as samples`, async ({ page }) => {
    await page.goto(path);
    const cabinet = page.getByRole('banner').getByRole('navigation', { name: 'Личный кабинет' });
    await expect(cabinet.getByRole('link', { name: 'Личный кабинет для граждан' })).toHaveAttribute(
      'href',
      'https://lk.energosbyt.example/',
    );
    await expect(cabinet.getByRole('link', { name: 'Личный кабинет для организаций' })).toHaveAttribute(
      'href',
      'https://lk-ul.energosbyt.example/',
    );
    await expect(cabinet).toContainText('пример');
  });
}

test('«Вопросы и ответы» is in the main menu, on the home page, the reception page and before the question form', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Вопросы и ответы' }),
  ).toHaveAttribute('href', FAQ);
  await expect(page.getByRole('main').getByRole('link', { name: 'Вопросы и ответы' })).toHaveAttribute('href', FAQ);
  await page.goto('/internet-priemnaya/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Вопросы и ответы' }).first()).toHaveAttribute(
    'href',
    FAQ,
  );
  await page.goto('/internet-priemnaya/vopros/');
  const faqLink = page.getByRole('main').getByRole('link', { name: 'Вопросы и ответы' });
  await expect(faqLink).toHaveAttribute('href', FAQ);
  // Before the form: the link comes first in reading order.
  const before = await faqLink.evaluate((link) => {
    const form = document.querySelector('form#forma');
    return form ? Boolean(link.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
  });
  expect(before).toBe(true);
  // On an FAQ page only «Вопросы и ответы» is the current section.
  await page.goto(FAQ);
  await expect(page.getByRole('navigation', { name: 'Основные разделы' }).locator('[aria-current]')).toHaveText([
    'Вопросы и ответы',
  ]);
});
