/**
 * The relevance set's split into a tuning and a held-out part was made once (see
 * tests/search/relevance-set.ts): the held-out part is exactly the queries whose hash is below
 * the cut, so no query can be moved into or out of it unnoticed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RELEVANCE_SET, relevanceHash } from '../search/relevance-set.ts';

/** The lowest hash of a tuning query when the split was made. */
const CUT = 1094417607;
/** Queries and held-out queries when the split was made; queries added later carry `added`. */
const AT_SPLIT = { all: 239, heldOut: 72 };

test('the held-out part is the queries hashed below the cut, and only they', () => {
  const heldOut = RELEVANCE_SET.filter((c) => c.part === 'held-out');
  assert.ok(heldOut.length >= AT_SPLIT.heldOut);
  const original = RELEVANCE_SET.filter((c) => relevanceHash(c.query) < CUT);
  assert.deepEqual(
    original.map((c) => c.query),
    heldOut.map((c) => c.query),
    'a query hashed below the cut must be held out',
  );
});

test('every query is distinct and names at least one page', () => {
  const queries = RELEVANCE_SET.map((c) => c.query.toLowerCase().replace(/ё/g, 'е'));
  assert.equal(new Set(queries).size, queries.length);
  for (const c of RELEVANCE_SET) assert.ok(c.expected.length > 0 && c.expected.every((path) => path.endsWith('/')));
});

test('the queries of the split are the ones without a date added, so their figures can be reported alone', () => {
  const original = RELEVANCE_SET.filter((c) => c.added === undefined);
  assert.equal(original.length, AT_SPLIT.all);
  assert.equal(original.filter((c) => c.part === 'held-out').length, AT_SPLIT.heldOut);
  for (const c of RELEVANCE_SET) assert.ok(c.added === undefined || /^\d{4}-\d{2}-\d{2}$/.test(c.added));
});
