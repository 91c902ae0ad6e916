/**
 * Registration numbers «ВП-2026-000123»: per prefix and year, gap-free and never reused.
 * The counter row is incremented inside the submission's transaction, so a rolled-back
 * submission gives its number back and concurrent ones (even from several processes on one
 * PostgreSQL) queue on the row lock instead of sharing a number.
 */
import type { Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

export async function nextRegistrationNumber(
  trx: Transaction<DatabaseSchema>,
  prefix: string,
  year: number,
): Promise<string> {
  const { last_value } = await trx
    .insertInto('registration_counters')
    .values({ prefix, year, last_value: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(['prefix', 'year'])
        .doUpdateSet((eb) => ({ last_value: eb('registration_counters.last_value', '+', 1) })),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return `${prefix}-${year}-${String(last_value).padStart(6, '0')}`;
}
