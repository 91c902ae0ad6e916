/** Offices as a spreadsheet: one row per office, one column per weekday. */
import type { APIRoute } from 'astro';
import { WEEKDAYS } from '../../../content/schemas/week.ts';
import { toCsv } from '../../../core/csv.ts';
import { getOffices } from '../../lib/offices/load.ts';
import { formatDay } from '../../../core/opening-hours/format.ts';
import { t } from '../../../core/i18n/i18n.ts';

const COLUMNS = [
  'id',
  'name',
  'serviceCenter',
  'address',
  'categories',
  'noCommissionPayment',
  'phone',
  ...WEEKDAYS,
  'accessibility',
  'sample',
] as const;

type Row = Record<(typeof COLUMNS)[number], string | boolean>;

export const GET: APIRoute = async () => {
  const rows = (await getOffices()).map((office): Row => ({
    id: office.id,
    name: office.name,
    serviceCenter: office.serviceCenter,
    address: office.address,
    categories: office.categories.join(' '),
    noCommissionPayment: office.noCommissionPayment,
    phone: office.phone,
    ...(Object.fromEntries(WEEKDAYS.map((day) => [day, formatDay(office.hours.weekly[day] ?? null, t)])) as Record<
      (typeof WEEKDAYS)[number],
      string
    >),
    accessibility: office.accessibility,
    sample: office.sample,
  }));
  return new Response(toCsv(rows, COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
