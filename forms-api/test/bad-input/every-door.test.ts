/**
 * Issue 15's suite that keeps every door shut: each entry point of the server's own route table
 * (Fastify's routes, seen as they are added, plus every Astro page that handles a POST) gets the
 * hostile corpus of tests/support/hostile-corpus.ts over a real socket. Whatever arrives: no 5xx,
 * the answer is readable (no reset), a 4xx says why in Russian, /api/health still answers and the
 * process's memory stays bounded. A new route is covered without anyone listing it here.
 *
 * The Astro pages need the built site; when dist/ is missing or stale (no-js-pages.test.ts builds
 * it, and two builds must not race) only the Fastify routes are walked, and the page part says so.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { fromRepoRoot } from '../../../core/repo-paths.ts';
import { bodyCases, cookieCases, pathCases, samplePath } from '../../../tests/support/hostile-corpus.ts';
import { hasRussian, rawRequest, type RawAnswer } from '../../../tests/support/hostile-http.ts';
import { isBuildStale } from '../../src/site/build-if-stale.ts';
import { buildTestApp } from '../helper.ts';

interface EntryPoint {
  method: string;
  path: string;
  page: boolean;
}

/** Generous: the corpus sends ~100 MB in all; a leak or a body read whole would show in the hundreds. */
const RSS_GROWTH_LIMIT = 400 * 1024 * 1024;
const siteBuilt = !isBuildStale(fromRepoRoot('dist'));

/** Astro pages that handle a POST themselves (sign-in, status lookup, settings, staff actions). */
function postPages(dir = fromRepoRoot('site/pages')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return postPages(path);
    if (!entry.name.endsWith('.astro') || !/request\.method === 'POST'/.test(readFileSync(path, 'utf8'))) return [];
    const route = relative(fromRepoRoot('site/pages'), path)
      .replace(/\.astro$/, '')
      .replace(/(^|\/)index$/, '')
      .replace(/\[[^\]]+\]/g, 'sample-1');
    return [`/${route}/`.replace(/\/+/g, '/')];
  });
}

const routes: EntryPoint[] = [];
let app: FastifyInstance;
let origin: string;

before(async () => {
  app = await buildTestApp(
    { FORMS_RATE_LIMIT_MAX: '100000' },
    {
      serveSite: siteBuilt,
      onRoute: (route) => {
        for (const method of ([] as string[]).concat(route.method)) {
          if (method === 'HEAD' || method === 'OPTIONS') continue;
          routes.push({ method, path: samplePath(route.url), page: false });
        }
      },
    },
  );
  origin = await app.listen({ host: '127.0.0.1', port: 0 });
  if (siteBuilt) routes.push(...postPages().map((path) => ({ method: 'POST', path, page: true })));
});
after(() => app.close());

function assertHeld(answer: RawAnswer, what: string) {
  assert.ok(answer.status < 500, `${what}: ${String(answer.status)} ${answer.body.slice(0, 200)}`);
  if (answer.status >= 400 && answer.status !== 405)
    assert.ok(hasRussian(answer.body), `${what}: a ${String(answer.status)} without a Russian message`);
}

test('every entry point holds against the hostile corpus', async (t) => {
  const rssBefore = process.memoryUsage().rss;
  assert.ok(routes.length >= 10, `the route table was collected (${String(routes.length)} routes)`);
  if (!siteBuilt) t.diagnostic('dist/ is missing or stale: Astro page POSTs not walked (npm run build)');
  for (const entry of routes) {
    await t.test(`${entry.method} ${entry.path}`, async (route) => {
      // Path and cookie cases carry an empty form body, as a browser's POST would.
      const base = {
        method: entry.method,
        headers: {
          origin,
          accept: 'text/html,application/json',
          ...(entry.method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        },
        ...(entry.method === 'GET' ? {} : { body: '' }),
      };
      if (entry.method !== 'GET') {
        for (const hostile of bodyCases) {
          await route.test(hostile.name, async () => {
            const answer = await rawRequest(origin, {
              ...base,
              path: entry.path,
              headers: { ...base.headers, ...hostile.headers },
              body: hostile.body,
            });
            assertHeld(answer, hostile.name);
          });
        }
      }
      for (const hostile of pathCases) {
        const path = hostile.path(entry.path);
        await route.test(`${hostile.name}: ${path}`, async () => {
          assertHeld(await rawRequest(origin, { ...base, path }), path);
        });
      }
      for (const hostile of cookieCases) {
        await route.test(hostile.name, async () => {
          const answer = await rawRequest(origin, {
            ...base,
            path: entry.path,
            headers: { ...base.headers, cookie: hostile.cookie },
          });
          assertHeld(answer, hostile.name);
        });
      }
      const health = await rawRequest(origin, { method: 'GET', path: '/api/health' });
      assert.equal(health.status, 200, 'the server still answers /api/health');
    });
  }
  const growth = process.memoryUsage().rss - rssBefore;
  assert.ok(growth < RSS_GROWTH_LIMIT, `memory grew by ${String(Math.round(growth / 2 ** 20))} MB`);
});
