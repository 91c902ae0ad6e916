import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { createGroupCommit } from '../../src/forms/group-commit.ts';

type Scratch = Kysely<{ notes: { text: string } }>;

test('writes arriving during a commit share the next transaction, and one that fails fails alone', async () => {
  // A scratch table: the grouping does not depend on what is written.
  const db = openDatabase('sqlite::memory:').db as unknown as Scratch;
  await sql`create table notes (text text not null unique)`.execute(db);
  const transactions: unknown[] = [];
  const commits = createGroupCommit(db as never, async (trx, text: string) => {
    transactions.push(trx);
    await (trx as unknown as Scratch).insertInto('notes').values({ text }).execute();
    return text.toUpperCase();
  });

  const results = await Promise.allSettled(['a', 'b', 'c', 'b', 'd'].map((text) => commits.write(text)));

  assert.deepEqual(
    results.map((result) => (result.status === 'fulfilled' ? result.value : 'refused')),
    ['A', 'B', 'C', 'refused', 'D'],
  );
  const stored = await db.selectFrom('notes').select('text').orderBy('text').execute();
  assert.deepEqual(
    stored.map((row) => row.text),
    ['a', 'b', 'c', 'd'],
  );
  // «a» alone; b, c, b (refused: the group rolls back) in one; then each of the four alone.
  const order = transactions.map((trx) => new Set(transactions.slice(0, transactions.indexOf(trx) + 1)).size);
  assert.deepEqual(order, [1, 2, 2, 2, 3, 4, 5, 6]);
});
