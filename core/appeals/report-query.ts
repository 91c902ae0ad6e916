/** The appeals report's figures and its period as chosen on the console's reports page. */
/** Local dates `YYYY-MM-DD`, both inclusive. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface Count {
  label: string;
  count: number;
}

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  /** «ноябрь 2026». */
  label: string;
  registered: number;
  closed: number;
  closedOnTime: number;
}

/** Customers' ratings of final answers given in one month (Tomsk standard Гл. 6). */
export interface MonthSatisfaction {
  /** `YYYY-MM`. */
  month: string;
  /** «ноябрь 2026». */
  label: string;
  ratings: number;
  /** Mean score 1–5, or null in a month without ratings. */
  average: number | null;
  /** Share of scores 4 and 5, or null in a month without ratings. */
  satisfiedShare: number | null;
}

export interface AppealReport {
  period: ReportPeriod;
  total: number;
  byType: Count[];
  byTopic: Count[];
  byChannel: Count[];
  byMonth: MonthCount[];
  /** Ratings of answers by the month they were given, every month of the period. */
  satisfaction: MonthSatisfaction[];
  /** Appeals whose timeliness is decided: closed, or open past the final deadline. */
  decided: number;
  onTime: number;
  /** onTime / decided, or null when nothing is decided yet. */
  onTimeShare: number | null;
  closed: number;
  /** Median calendar days from registration to the answer or refusal, over closed appeals. */
  medianDays: number | null;
}

export interface ReportQuery {
  /** The values as typed, to fill the form again. */
  values: { from: string; to: string };
  period: ReportPeriod;
  /** Russian messages by field for values that were replaced by the defaults. */
  errors: Partial<Record<'from' | 'to', string>>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(value));

/** From/to in a query string; by default the twelve months up to today (company time zone). */
export function parseReportQuery(params: URLSearchParams, today: string): ReportQuery {
  const from = (params.get('from') ?? '').trim();
  const to = (params.get('to') ?? '').trim();
  const errors: ReportQuery['errors'] = {};
  const [year = 0, month = 1] = today.split('-').map(Number);
  const defaultFrom = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  let period = { from: defaultFrom, to: today };
  if (from && !isDate(from)) errors.from = 'Введите дату начала в формате ГГГГ-ММ-ДД, например 2026-01-01';
  if (to && !isDate(to)) errors.to = 'Введите дату окончания в формате ГГГГ-ММ-ДД, например 2026-12-31';
  if (!errors.from && !errors.to) {
    const wanted = { from: from || defaultFrom, to: to || today };
    if (wanted.from > wanted.to) errors.to = 'Дата окончания должна быть не раньше даты начала';
    else period = wanted;
  }
  return { values: { from, to }, period, errors };
}
