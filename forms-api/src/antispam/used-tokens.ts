/**
 * The record of used form tokens (a token works once: submission-service.ts) is kept
 * USED_TOKENS_KEPT_DAYS and then deleted by retention; a post with an older token is held for
 * review anyway (form-token.ts), so forgetting it lets no second use through unseen.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

export function createUsedFormTokens(db: Kysely<DatabaseSchema>) {
  return {
    async deleteUsedBefore(before: Date): Promise<number> {
      const result = await db
        .deleteFrom('used_form_tokens')
        .where('used_at', '<', before.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type UsedFormTokens = ReturnType<typeof createUsedFormTokens>;
