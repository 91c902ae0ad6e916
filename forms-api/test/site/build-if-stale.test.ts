import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isBuildStale } from '../../src/site/build-if-stale.ts';

test('a missing build is stale', () => {
  assert.equal(isBuildStale(mkdtempSync(join(tmpdir(), 'es-nobuild-'))), true);
});

test('a build newer than every source file is fresh; an older one is stale', () => {
  const dist = mkdtempSync(join(tmpdir(), 'es-build-'));
  mkdirSync(join(dist, 'server'));
  const entry = join(dist, 'server', 'entry.mjs');
  writeFileSync(entry, '');
  const future = new Date(Date.now() + 3600_000);
  utimesSync(entry, future, future);
  assert.equal(isBuildStale(dist), false);
  const past = new Date('2000-01-01T00:00:00Z');
  utimesSync(entry, past, past);
  assert.equal(isBuildStale(dist), true);
});
