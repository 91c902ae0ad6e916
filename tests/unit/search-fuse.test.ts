import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuse, rarity } from '../../site/lib/search/fuse.ts';

const hits = (...pairs: Array<[string, number]>) => pairs.map(([id, score]) => ({ id, score, item: id }));

test('a page matching every term outranks one that matches a single term strongly', () => {
  const ranked = fuse([hits(['a', 10], ['b', 9]), hits(['b', 1])], [], 100);
  assert.deepEqual(
    ranked.map((hit) => hit.id),
    ['b', 'a'],
  );
});

test('a word missing from every page does not empty the results', () => {
  const ranked = fuse([hits(['a', 3]), []], [], 100);
  assert.deepEqual(
    ranked.map((hit) => hit.id),
    ['a'],
  );
});

test('a rare term counts more than a common one', () => {
  assert.ok(rarity(3, 90) > rarity(80, 90));
  const common = hits(...Array.from({ length: 80 }, (_, i) => [`common${i}`, 5] as [string, number]));
  const ranked = fuse([[...common, ...hits(['x', 5])], hits(['y', 5], ['z', 1])], [], 90);
  assert.equal(ranked[0]?.id, 'y');
});

test('matching the whole query adds a bonus and supplies the excerpt', () => {
  const ranked = fuse([hits(['a', 5], ['b', 5])], [{ id: 'b', score: 1, item: 'whole-b' }], 100);
  assert.deepEqual(
    ranked.map((hit) => [hit.id, hit.item]),
    [
      ['b', 'whole-b'],
      ['a', 'a'],
    ],
  );
});
