import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pooledRandom, randomToken } from '../../src/crypto/random-pool.ts';

test('random tokens are never handed out twice, also across the pool being refilled', () => {
  // 18 bytes × 2,000 is nearly nine pools of 4 KB.
  const tokens = Array.from({ length: 2000 }, () => randomToken(18));
  assert.equal(new Set(tokens).size, tokens.length);
  for (const token of tokens) assert.match(token, /^[\w-]{24}$/);
});

test('the row keys’ random numbers cover the 32-bit range and do not repeat in a run', () => {
  const numbers = Array.from({ length: 5000 }, () => pooledRandom.nextUint32());
  assert.ok(numbers.every((n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32));
  assert.ok(new Set(numbers).size > 4990);
  assert.ok(Math.max(...numbers) > 2 ** 31);
});
