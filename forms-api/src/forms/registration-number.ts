/**
 * Registration numbers «ВП-2026-000123»: per prefix and year, gap-free and never reused.
 * The counter row is incremented inside the submissions' transaction, so a rolled-back batch
 * gives its numbers back and concurrent ones (even from several processes on one PostgreSQL)
 * queue on the row lock instead of sharing a number.
 */
import type { Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/** The next `count` numbers, in order, with one statement. */
export async function nextRegistrationNumbers(
  trx: Transaction<DatabaseSchema>,
  prefix: string,
  year: number,
  count: number,
): Promise<string[]> {
  const { last_value } = await trx
    .insertInto('registration_counters')
    .values({ prefix, year, last_value: count })
    .onConflict((conflict) =>
      conflict
        .columns(['prefix', 'year'])
        .doUpdateSet((eb) => ({ last_value: eb('registration_counters.last_value', '+', count) })),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  const first = last_value - count + 1;
  return Array.from({ length: count }, (_, index) => `${prefix}-${year}-${String(first + index).padStart(6, '0')}`);
}
