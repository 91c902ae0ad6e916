/** The signed form token: unique per page served, and every part of it is covered by the signature. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFormToken, issueFormToken } from '../../src/antispam/form-token.ts';

const SECRET = 'form-token-test-secret-0123456789abcdef';
const check = (token: string) => checkFormToken(SECRET, 'question', token, { now: 2_000_000_000_000, minFillMs: 3000 });

test('pages served in the same millisecond get different tokens, each valid', () => {
  const tokens = Array.from({ length: 50 }, () => issueFormToken(SECRET, 'question', 1_999_999_990_000));
  assert.equal(new Set(tokens).size, tokens.length);
  assert.ok(tokens.every((token) => check(token) === 'ok'));
});

test('a token whose time or random part was changed is invalid', () => {
  const [issuedAt, nonce, signature] = issueFormToken(SECRET, 'question', 1_999_999_990_000).split('.');
  assert.equal(check(`${String(Number(issuedAt) - 60_000)}.${String(nonce)}.${String(signature)}`), 'invalid');
  assert.equal(check(`${String(issuedAt)}.${'A'.repeat(12)}.${String(signature)}`), 'invalid');
  assert.equal(check(`${String(issuedAt)}.${String(signature)}`), 'invalid');
});
