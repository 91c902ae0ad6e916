/** The one-process server as a browser and a crawler see it: pages, API, 404, headers, compression. */
import { expect, test } from '@playwright/test';

test('an unknown address shows the Russian 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/net-takoy-stranicy/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await expect(page.getByRole('link', { name: 'перейти на главную страницу' })).toBeVisible();
});

test('the health endpoint answers JSON with the version and database status', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    status: string;
    version: string;
    database: { kind: string; status: string };
  };
  expect(body.status).toBe('ok');
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(body.database).toEqual({ kind: 'sqlite', status: 'up' });
});

test('pages carry a CSP without unsafe-inline scripts, and the other security headers', async ({ request }) => {
  for (const path of ['/', '/oplata/', '/versiya-dlya-slabovidyashchih/', '/net-takoy-stranicy/']) {
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc, `${path} script-src`).toContain("'self'");
    expect(scriptSrc, `${path} script-src`).not.toContain('unsafe-inline');
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  }
});

test('text is served compressed with brotli or gzip', async ({ request }) => {
  for (const [path, encoding] of [
    ['/', 'br'],
    ['/', 'gzip'],
    ['/versiya-dlya-slabovidyashchih/', 'br'],
  ] as const) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': encoding } });
    expect(response.headers()['content-encoding'], `${path} with ${encoding}`).toBe(encoding);
    expect(await response.text()).toContain('<html lang="ru">');
  }
});

// These pages follow the accessible version's cookie: a shared cache must not hand one
// visitor's large-print page to the next.
test('pages rendered on request vary by cookie and are revalidated or never stored', async ({ request }) => {
  for (const path of [
    '/internet-priemnaya/vopros/',
    '/tarify/kalkulyator/',
    '/otklyucheniya/',
    '/novosti/',
    '/internet-priemnaya/status/',
  ]) {
    const headers = (await request.get(path)).headers();
    expect(headers['vary'], path).toMatch(/\bCookie\b/i);
    expect(headers['cache-control'], path).toMatch(/^(no-cache|no-store)$/);
  }
});

test('robots.txt points crawlers at the sitemap and keeps them out of the API', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: ');
  expect(robots).toContain('sitemap-index.xml');
  expect(robots).toContain('Disallow: /api/');
  const sitemap = await request.get('/sitemap-index.xml');
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain('<sitemapindex');
});

test('a directory address without the trailing slash redirects to the canonical one', async ({ request }) => {
  const response = await request.get('/oplata', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toMatch(/\/oplata\/$/);
});
