/**
 * The customer's status lookup (issue 7): registration number + the e-mail or phone given in the
 * appeal → status, dates, deadlines and, for an e-mail reply, the answer text. Nothing else.
 *
 * A wrong contact, an unknown number and a quarantined submission give the same `not-found` after
 * the same work: the same queries run (against a decoy when there is no row), both contacts are
 * compared in constant time, and every attempt is recorded. Failed attempts are counted per address
 * and per number from that address in the database (so the limit holds across processes sharing one
 * PostgreSQL); successful ones and other addresses' guesses never stop the owner of the right pair.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { formSchema } from '../../../content/schemas/forms/fields.ts';
import { normalizeContact, statusLookupFields } from '../../../content/schemas/forms/status-lookup.ts';
import type { RefusalGround } from '../../../content/schemas/refusal-ground.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { replyChannelOf } from '../../../core/mail/reply-channel.ts';
import { deadlineLines, storedDeadlines } from '../../../core/appeals/deadlines.ts';
import {
  ANSWER_KINDS,
  CUSTOMER_STATUS_NAMES,
  STATUS_LOOKUP_LIMITS,
  type AnswerKind,
  type StatusLookupResult,
} from '../../../core/appeals/status-lookup.ts';
import { newRowId } from '../db/row-id.ts';

const schema = formSchema('status-lookup', statusLookupFields);

const digest = (value: string) => createHash('sha256').update(value).digest();
const sameText = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/** Stands in for a missing row so an unknown number costs the same comparisons and queries. */
const DECOY = { id: randomUUID(), payload: JSON.stringify({ email: `decoy-${randomUUID()}`, phone: '' }) };

type Payload = Record<string, unknown> & { email?: unknown; phone?: unknown };

function contactMatches(payload: Payload, contact: string): boolean {
  const email = typeof payload.email === 'string' ? payload.email.toLowerCase() : '';
  const phone = typeof payload.phone === 'string' ? (normalizeContact(payload.phone) ?? '') : '';
  // Both compared every time, so the answer's timing does not tell which one was on file.
  const byEmail = sameText(email, contact);
  const byPhone = sameText(phone, contact);
  return (byEmail && email !== '') || (byPhone && phone !== '');
}

export interface StatusLookupOptions {
  /** content/refusal-grounds.yaml: a refusal shows its ground's title as the reason. */
  refusalGrounds: readonly RefusalGround[];
  now?: () => Date;
}

export function createStatusLookup(db: Kysely<DatabaseSchema>, options: StatusLookupOptions) {
  const now = options.now ?? (() => new Date());
  // A code the list no longer knows still gets a reason rather than nothing.
  const refusalReason = (code: unknown) =>
    options.refusalGrounds.find((ground) => ground.code === code)?.title ??
    'Основание указано в уведомлении, направленном вам';
  async function isThrottled(ip: string, number: string): Promise<boolean> {
    const since = new Date(now().getTime() - STATUS_LOOKUP_LIMITS.windowMinutes * 60_000).toISOString();
    // Only failed tries count: an honest person may check their own appeal as often as they like.
    const failed = async (number?: string) => {
      let query = db
        .selectFrom('status_lookup_attempts')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('ip', '=', ip)
        .where('matched', '=', 0)
        .where('at', '>=', since);
      if (number !== undefined) query = query.where('registration_number', '=', number);
      return Number((await query.executeTakeFirstOrThrow()).count);
    };
    // A number is throttled per address: others guessing at it never lock out its owner.
    const [byAddress, byNumber] = await Promise.all([failed(), failed(number)]);
    return byAddress >= STATUS_LOOKUP_LIMITS.perAddress || byNumber >= STATUS_LOOKUP_LIMITS.perNumber;
  }

  async function lookup(input: { body: unknown; ip: string }): Promise<StatusLookupResult> {
    const parsed = schema.safeParse(typeof input.body === 'object' && input.body !== null ? input.body : {});
    if (!parsed.success) {
      const errors = statusLookupFields
        .map((spec) => ({
          field: spec.name,
          message: parsed.error.issues.find((issue) => issue.path[0] === spec.name)?.message ?? '',
        }))
        .filter((error) => error.message !== '');
      return { outcome: 'invalid', errors };
    }
    const number = String(parsed.data['registrationNumber']);
    const contact = String(parsed.data['contact']);
    if (await isThrottled(input.ip, number)) return { outcome: 'throttled' };

    const row = await db
      .selectFrom('submissions')
      .select([
        'id',
        'registration_number',
        'status',
        'payload',
        'created_at',
        'deadlines',
        'reply_due',
        'extended_final',
      ])
      .where('registration_number', '=', number)
      .executeTakeFirst();
    const payload = JSON.parse(row?.payload ?? DECOY.payload) as Payload;
    const matched = contactMatches(payload, contact) && row !== undefined && row.status !== 'quarantined';
    const events = await db
      .selectFrom('appeal_events')
      .select(['kind', 'at', 'body', 'details'])
      .where('submission_id', '=', row?.id ?? DECOY.id)
      .where('kind', 'in', [...ANSWER_KINDS, 'expected-date-notice'])
      .orderBy('at')
      .execute();
    await db
      .insertInto('status_lookup_attempts')
      .values({
        id: newRowId(),
        at: now().toISOString(),
        ip: input.ip,
        registration_number: number,
        matched: matched ? 1 : 0,
      })
      .execute();
    if (!matched || row.status === 'quarantined') return { outcome: 'not-found' };

    const status = row.status;
    const closed = status === 'answered' || status === 'refused';
    const details = (text: string | null) => (text ? (JSON.parse(text) as Record<string, unknown>) : {});
    const notice = events.filter((event) => event.kind === 'expected-date-notice').at(-1);
    const expected = notice ? details(notice.details)['expected'] : undefined;
    const refusal = events.filter((event) => event.kind === 'refusal').at(-1);
    // Where the letters went (../mail/reply-channel.ts): their texts are shown only for an e-mail reply.
    const replyChannel = replyChannelOf(payload).channel;
    return {
      outcome: 'found',
      appeal: {
        registrationNumber: row.registration_number,
        status,
        statusName: CUSTOMER_STATUS_NAMES[status],
        registeredAt: row.created_at,
        deadlines: deadlineLines(storedDeadlines(row), row.extended_final),
        expectedDate: !closed && typeof expected === 'string' ? expected : null,
        refusalReason:
          status === 'refused' ? refusalReason(refusal ? details(refusal.details)['ground'] : undefined) : null,
        replyChannel,
        answers:
          replyChannel === 'email'
            ? events.flatMap((event) =>
                (ANSWER_KINDS as readonly string[]).includes(event.kind) && event.body
                  ? [{ kind: event.kind as AnswerKind, at: event.at, body: event.body }]
                  : [],
              )
            : [],
      },
    };
  }

  return {
    lookup,
    /** Retention: the rate limiter's memory is needed for one window only; returns how many rows went. */
    async deleteAttemptsBefore(before: Date): Promise<number> {
      const result = await db
        .deleteFrom('status_lookup_attempts')
        .where('at', '<', before.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type StatusLookup = ReturnType<typeof createStatusLookup>;
