/**
 * The customer's rating of a final answer (Tomsk standard Гл. 6, issue 17), behind the page
 * site/pages/internet-priemnaya/ocenka.astro: what a personal link allows (rate, already rated,
 * expired, not ours), and storing a rating once, with its event in the staff appeal history.
 */
import type { Kysely } from 'kysely';
import { formSchema } from '../../../content/schemas/forms/fields.ts';
import { ratingFields } from '../../../content/schemas/forms/answer-rating.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { recordEvent } from './letter-outbox.ts';
import { checkRatingToken } from './rating-token.ts';

const schema = formSchema('answer-rating', ratingFields);

/** What a link allows; `open` and `rated` name the appeal, so the page can say which one. */
export type RatingLinkState =
  | { state: 'invalid' }
  | { state: 'expired' }
  | { state: 'rated'; registrationNumber: string }
  | { state: 'open'; registrationNumber: string };

export type RatingResult =
  | Exclude<RatingLinkState, { state: 'open' }>
  | { state: 'saved'; registrationNumber: string; score: number }
  | {
      state: 'rejected';
      registrationNumber: string;
      errors: Array<{ field: string; message: string }>;
    };

export interface AnswerRatingsOptions {
  secret: string;
  now?: () => Date;
}

export function createAnswerRatings(db: Kysely<DatabaseSchema>, options: AnswerRatingsOptions) {
  const now = options.now ?? (() => new Date());

  async function find(token: unknown) {
    const checked = checkRatingToken(options.secret, token, now());
    if (!checked.ok) return { link: { state: checked.reason } as const };
    const submission = await db
      .selectFrom('submissions')
      .leftJoin('answer_ratings', 'answer_ratings.submission_id', 'submissions.id')
      .select([
        'submissions.id',
        'submissions.payload',
        'submissions.registration_number',
        'submissions.status',
        'answer_ratings.score',
      ])
      .where('submissions.id', '=', checked.submissionId)
      .executeTakeFirst();
    // Signed but gone (removed after its retention period) or never answered: nothing to rate.
    if (!submission || submission.status !== 'answered') return { link: { state: 'invalid' } as const };
    const registrationNumber = submission.registration_number;
    const state = submission.score === null ? ('open' as const) : ('rated' as const);
    return { link: { state, registrationNumber }, submission };
  }

  return {
    /** What the page shows for a link before anything is posted. */
    async open(token: unknown): Promise<RatingLinkState> {
      return (await find(token)).link;
    },

    /** Stores the rating once and records it in the appeal's history; a second post finds it rated. */
    async rate(token: unknown, body: Record<string, unknown>): Promise<RatingResult> {
      const { link, submission } = await find(token);
      if (link.state !== 'open' || !submission) return link as Exclude<RatingLinkState, { state: 'open' }>;
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const errors = ratingFields
          .map((spec) => ({
            field: spec.name,
            message: parsed.error.issues.find((issue) => issue.path[0] === spec.name)?.message ?? '',
          }))
          .filter((error) => error.message !== '');
        return { state: 'rejected', registrationNumber: link.registrationNumber, errors };
      }
      const score = Number(parsed.data['rating']);
      const comment = (parsed.data['comment'] as string | undefined) ?? null;
      const at = now().toISOString();
      const stored = await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('answer_ratings')
          .values({ submission_id: submission.id, score, comment, rated_at: at })
          .onConflict((conflict) => conflict.column('submission_id').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
        await recordEvent(trx, {
          submission,
          kind: 'answer-rated',
          actorId: null,
          body: comment,
          details: { score },
          at,
        });
        return true;
      });
      const registrationNumber = link.registrationNumber;
      return stored ? { state: 'saved', registrationNumber, score } : { state: 'rated', registrationNumber };
    },
  };
}

export type AnswerRatings = ReturnType<typeof createAnswerRatings>;
