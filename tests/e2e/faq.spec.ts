/** «Вопросы-ответы»: browsing by topic, a permalink per question, related questions and FAQPage data. */
import { expect, test } from '@playwright/test';

test('the FAQ index lists every topic with its questions', async ({ page }) => {
  await page.goto('/internet-priemnaya/voprosy-otvety/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вопросы и ответы');
  const topics = page.getByRole('navigation', { name: 'Темы' }).getByRole('link');
  expect(await topics.count()).toBeGreaterThanOrEqual(8);
  const questions = page.locator('main section li a');
  expect(await questions.count()).toBeGreaterThanOrEqual(60);
  await page.getByRole('link', { name: 'Задолженность, ограничение и рассрочка' }).click();
  await expect(page).toHaveURL(/#dolg$/);
});

test('a question page answers, links onward, offers a specialist and carries FAQPage data', async ({ page }) => {
  await page.goto('/internet-priemnaya/voprosy-otvety/do-kakogo-chisla-peredavat-pokazaniya/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('До какого числа нужно передать показания?');
  // The readings window from content/sla.yaml, the same on every page and the form.
  await expect(page.getByRole('main')).toContainText('с 15-го по 25-е число месяца');
  await expect(page.getByRole('navigation', { name: 'Вы здесь' }).getByRole('link')).toHaveText([
    'Главная',
    'Интернет-приёмная',
    'Вопросы-ответы',
  ]);
  const other = page.getByRole('region', { name: 'Другие вопросы по теме' });
  await expect(other.getByRole('link', { name: 'Как передать показания счётчика электроэнергии?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Задайте вопрос специалисту' })).toHaveAttribute(
    'href',
    '/internet-priemnaya/vopros/',
  );
  await expect(page.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
    '@type': string;
    mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }>;
  };
  expect(jsonLd['@type']).toBe('FAQPage');
  expect(jsonLd.mainEntity[0]?.name).toBe('До какого числа нужно передать показания?');
  expect(jsonLd.mainEntity[0]?.acceptedAnswer.text).toContain('по 25-е число');
});
