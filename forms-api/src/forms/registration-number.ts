/**
 * Registration numbers «ВП-2026-000123»: per prefix and year, gap-free and never reused.
 * The counter row is incremented inside the submissions' transaction, so a rolled-back batch
 * gives its numbers back and concurrent ones (even from several processes on one PostgreSQL)
 * queue on the row lock instead of sharing a number.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/** Takes `count` numbers: the statement answers with the last of them (`numbersUpTo`). */
export function takeRegistrationNumbers(db: Kysely<DatabaseSchema>, prefix: string, year: number, count: number) {
  return db
    .insertInto('registration_counters')
    .values({ prefix, year, last_value: count })
    .onConflict((conflict) =>
      conflict
        .columns(['prefix', 'year'])
        .doUpdateSet((eb) => ({ last_value: eb('registration_counters.last_value', '+', count) })),
    )
    .returning('last_value');
}

/** The `count` numbers taken, in order, ending with `last`. */
export function numbersUpTo(last: number, prefix: string, year: number, count: number): string[] {
  const first = last - count + 1;
  return Array.from({ length: count }, (_, index) => `${prefix}-${year}-${String(first + index).padStart(6, '0')}`);
}
