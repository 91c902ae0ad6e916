import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql, type Generated, type Kysely } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { createGroupCommit } from '../../src/db/group-commit.ts';

interface Notes {
  notes: { id: Generated<number>; text: string };
}

async function notesDatabase(): Promise<Kysely<Notes>> {
  const { db } = openDatabase('sqlite::memory:');
  await sql`create table notes (id integer primary key, text text not null)`.execute(db);
  return db as unknown as Kysely<Notes>;
}

const texts = async (db: Kysely<Notes>) =>
  (await db.selectFrom('notes').select('text').orderBy('id').execute()).map((row) => row.text);

test('writes sent together share one transaction; each caller gets its own result once committed', async () => {
  const db = await notesDatabase();
  const batches: string[][] = [];
  const commits = createGroupCommit<Notes, string, number>(db, async (trx, items) => {
    batches.push(items);
    await trx
      .insertInto('notes')
      .values(items.map((text) => ({ text })))
      .execute();
    return items.map((text) => text.length);
  });
  const results = await Promise.all(['a', 'bb', 'ccc'].map((text) => commits.write(text)));
  assert.deepEqual(results, [1, 2, 3]);
  assert.deepEqual(batches, [['a', 'bb', 'ccc']]);
  assert.deepEqual(await texts(db), ['a', 'bb', 'ccc']);
  await db.destroy();
});

test('a write that fails is refused alone: the others of its batch are stored', async () => {
  const db = await notesDatabase();
  const commits = createGroupCommit<Notes, string, string>(db, async (trx, items) => {
    for (const text of items) {
      await trx.insertInto('notes').values({ text }).execute();
      if (text === 'bad') throw new Error('refused: bad');
    }
    return items;
  });
  const outcomes = await Promise.allSettled(['first', 'bad', 'last'].map((text) => commits.write(text)));
  assert.deepEqual(
    outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : String(outcome.reason))),
    ['first', 'Error: refused: bad', 'last'],
  );
  assert.deepEqual(await texts(db), ['first', 'last']);
  await db.destroy();
});

test('when the database cannot be reached, every write of the batch is refused', async () => {
  const db = await notesDatabase();
  let calls = 0;
  const commits = createGroupCommit<Notes, string, string>(db, (_trx, items) => {
    calls += 1;
    return Promise.resolve(items);
  });
  await db.destroy();
  const outcomes = await Promise.allSettled(['a', 'b'].map((text) => commits.write(text)));
  assert.deepEqual(
    outcomes.map((outcome) => outcome.status),
    ['rejected', 'rejected'],
  );
  assert.equal(calls, 0);
});
