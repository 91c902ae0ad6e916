/**
 * Uptime Kuma's webhook bodies (JSON, our custom template, form-data) reduced to one state change.
 * Field meanings: monitoring/test/fixtures/README.md (captured from 2.5.3).
 */
import { z } from 'zod';

/** `2026-11-22 17:43:09.710`: Uptime Kuma writes UTC without a zone suffix. */
const KUMA_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)$/;

/** ISO-8601 UTC string for a Kuma time, or null when the text is not one. */
export function parseKumaTime(text: string): string | null {
  const match = KUMA_TIME.exec(text);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const KumaTimeSchema = z.string().transform((text, context) => {
  const iso = parseKumaTime(text);
  if (iso === null) {
    context.addIssue({ code: 'custom', message: 'Время должно быть в формате «ГГГГ-ММ-ДД чч:мм:сс.ммм»' });
    return z.NEVER;
  }
  return iso;
});

/** 0 DOWN and 1 UP notify; 2 PENDING and 3 MAINTENANCE never reach a webhook but appear in reconciliation. */
const StatusSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], {
  message: 'Статус должен быть 0 (недоступен), 1 (доступен), 2 или 3',
});

export interface StateChange {
  monitorId: number;
  /** Null when the body did not name the monitor (the scope then falls back to "site"). */
  monitorName: string | null;
  status: 'down' | 'up';
  /** When Uptime Kuma produced the heartbeat (UTC ISO). */
  at: string;
  /** On UP: when DOWN was declared, i.e. the start of the outage (UTC ISO). */
  lastDownAt: string | null;
  /**
   * Estimated first failed probe, the best known stop time: on DOWN `at − (retries − 1) × retryInterval`,
   * on UP `lastDownTime − maxretries × retryInterval`.
   */
  firstFailureAt: string | null;
  message: string;
  /** Uptime Kuma had the monitor in a maintenance window. */
  maintenance: boolean;
}

export type WebhookEvent =
  { kind: 'test'; message: string } | { kind: 'state'; change: StateChange } | { kind: 'ignored' };

const JsonBodySchema = z.object({
  heartbeat: z
    .object({
      monitorID: z.number().int(),
      status: StatusSchema,
      time: KumaTimeSchema,
      msg: z.string().default(''),
      retries: z.number().int().min(0).default(0),
      lastDownTime: KumaTimeSchema.optional(),
    })
    .nullable(),
  monitor: z
    .object({
      id: z.number().int(),
      name: z.string(),
      retryInterval: z.number().int().min(0).default(0),
      maxretries: z.number().int().min(0).default(0),
      maintenance: z.boolean().default(false),
    })
    .nullable(),
  msg: z.string().default(''),
});

/** The fields of our custom Liquid template (see monitoring/README.md). */
const TemplateBodySchema = z.object({
  monitorId: z.number().int(),
  monitorName: z.string(),
  status: StatusSchema,
  time: KumaTimeSchema,
  lastDownTime: KumaTimeSchema.nullish(),
  msg: z.string().default(''),
});

/** `at` moved back by the probes Uptime Kuma retried before it declared DOWN. */
function beforeRetries(at: string, retriedProbes: number, retryIntervalSeconds: number): string {
  if (retriedProbes <= 0 || retryIntervalSeconds <= 0) return at;
  return new Date(Date.parse(at) - retriedProbes * retryIntervalSeconds * 1000).toISOString();
}

/** DOWN and UP become a state change; PENDING and MAINTENANCE carry no outage boundary. */
function stateResult(status: 0 | 1 | 2 | 3, build: (state: 'down' | 'up') => StateChange): ParseResult {
  const state = status === 0 ? 'down' : status === 1 ? 'up' : null;
  return { ok: true, event: state === null ? { kind: 'ignored' } : { kind: 'state', change: build(state) } };
}

/**
 * A custom template renders `{{ x | json }}` as nothing when x is missing (lastDownTime on DOWN),
 * so Uptime Kuma sends invalid JSON as one JSON string. Fill the holes with null and parse again.
 */
function parseTemplateText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(text.replace(/:\s*(?=[,}])/g, ': null'));
  }
}

/** Form-data sends the JSON in one field `data`; the template variant may arrive as a JSON string. */
function unwrap(body: unknown): unknown {
  if (typeof body === 'string') return parseTemplateText(body);
  if (body && typeof body === 'object' && 'data' in body && typeof body.data === 'string') {
    return JSON.parse(body.data);
  }
  return body;
}

function firstFailure(
  heartbeat: { status: number; time: string; retries: number; lastDownTime?: string | undefined },
  monitor: { retryInterval: number; maxretries: number } | null,
): string | null {
  const retryInterval = monitor?.retryInterval ?? 0;
  if (heartbeat.status === 0) return beforeRetries(heartbeat.time, heartbeat.retries - 1, retryInterval);
  if (heartbeat.lastDownTime === undefined) return null;
  return beforeRetries(heartbeat.lastDownTime, monitor?.maxretries ?? 0, retryInterval);
}

export type ParseResult = { ok: true; event: WebhookEvent } | { ok: false; message: string };

function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'тело'}: ${issue.message}`).join('; ');
}

/** Turns any variant of the webhook body into an event, or a Russian message naming the bad field. */
export function parseWebhookBody(body: unknown): ParseResult {
  let data: unknown;
  try {
    data = unwrap(body);
  } catch {
    return { ok: false, message: 'Тело уведомления не является корректным JSON' };
  }
  if (data && typeof data === 'object' && 'monitorId' in data) {
    const parsed = TemplateBodySchema.safeParse(data);
    if (!parsed.success) return { ok: false, message: issuesText(parsed.error) };
    const { monitorId, monitorName, status, time, lastDownTime, msg } = parsed.data;
    return stateResult(status, (state) => ({
      monitorId,
      monitorName,
      status: state,
      at: time,
      lastDownAt: lastDownTime ?? null,
      firstFailureAt: state === 'down' ? time : (lastDownTime ?? null),
      message: msg,
      maintenance: false,
    }));
  }
  const parsed = JsonBodySchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: issuesText(parsed.error) };
  const { heartbeat, monitor, msg } = parsed.data;
  if (heartbeat === null) return { ok: true, event: { kind: 'test', message: msg } };
  return stateResult(heartbeat.status, (state) => ({
    monitorId: heartbeat.monitorID,
    monitorName: monitor?.name ?? null,
    status: state,
    at: heartbeat.time,
    lastDownAt: heartbeat.lastDownTime ?? null,
    firstFailureAt: firstFailure(heartbeat, monitor),
    message: heartbeat.msg,
    maintenance: monitor?.maintenance ?? false,
  }));
}
