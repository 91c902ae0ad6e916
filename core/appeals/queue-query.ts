/**
 * The queue page's filters as they arrive in its query string: kind, topic, status (default:
 * waiting for an answer), overdue / due today, and the page number. Unknown values are ignored
 * with a Russian message naming the filter.
 */
import { forms } from '../../content/schemas/forms/index.ts';
import { APPEAL_KINDS, type AppealKind } from '../../content/schemas/sla.ts';
import { APPEAL_STATUSES, type AppealStatus } from './status.ts';

export const QUEUE_PAGE_SIZE = 25;

/** Status filter values in the order the page offers them; `all` = every registered appeal. */
export const QUEUE_STATUS_FILTERS = ['open', ...APPEAL_STATUSES, 'quarantined', 'all'] as const;
export type QueueStatusFilter = (typeof QUEUE_STATUS_FILTERS)[number];

/** Topics customers pick on the forms, by value, labelled as on the first form that offers them. */
export function queueTopics(): Array<{ value: string; label: string }> {
  const topics = new Map<string, string>();
  for (const form of forms)
    for (const option of form.fields.find((field) => field.name === 'topic')?.options ?? [])
      if (!topics.has(option.value)) topics.set(option.value, option.label);
  return [...topics].map(([value, label]) => ({ value, label }));
}

/** Kinds of appeal staff filter by, named as the forms that take them. */
export function queueKinds(): Array<{ value: AppealKind; label: string }> {
  return forms.map((form) => ({ value: form.appealKind, label: form.title }));
}

export interface QueueQuery {
  values: { kind: string; topic: string; status: QueueStatusFilter; urgency: string; page: number };
  filter: QueueFilter;
  page: { limit: number; offset: number };
  errors: Partial<Record<'kind' | 'topic' | 'status' | 'urgency', string>>;
}

export function parseQueueQuery(params: URLSearchParams): QueueQuery {
  const kind = params.get('kind') ?? '';
  const topic = params.get('topic') ?? '';
  const requestedStatus = params.get('status') ?? 'open';
  const urgency = params.get('urgency') ?? '';
  const page = Math.max(1, Math.trunc(Number(params.get('page') ?? '1')) || 1);
  const errors: QueueQuery['errors'] = {};
  const filter: QueueFilter = {};

  if ((APPEAL_KINDS as readonly string[]).includes(kind)) filter.kind = kind as AppealKind;
  else if (kind) errors.kind = 'Выберите вид обращения из списка';
  if (queueTopics().some((option) => option.value === topic)) filter.topic = topic;
  else if (topic) errors.topic = 'Выберите тему из списка';
  const status = QUEUE_STATUS_FILTERS.find((value) => value === requestedStatus);
  if (!status) errors.status = 'Выберите статус из списка';
  else if (status !== 'all') filter.status = status;
  if (urgency === 'overdue' || urgency === 'due-today') filter.urgency = urgency;
  else if (urgency) errors.urgency = 'Выберите срок из списка';

  return {
    values: { kind, topic, status: status ?? 'open', urgency, page },
    filter: status ? filter : { ...filter, status: 'open' },
    page: { limit: QUEUE_PAGE_SIZE, offset: (page - 1) * QUEUE_PAGE_SIZE },
    errors,
  };
}

export interface QueueFilter {
  kind?: AppealKind | undefined;
  topic?: string | undefined;
  /** One status, `open` (waiting for an answer) or `quarantined`; none = every registered appeal. */
  status?: AppealStatus | 'open' | 'quarantined' | undefined;
  /** Only appeals whose next step is overdue, or due today (company time zone). */
  urgency?: 'overdue' | 'due-today' | undefined;
}
