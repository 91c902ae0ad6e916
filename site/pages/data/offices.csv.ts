/** Offices as a spreadsheet: one row per office, one column per weekday. */
import type { APIRoute } from 'astro';
import { WEEKDAYS } from '../../../content/schemas/common.ts';
import { csvResponse, toCsv } from '../../lib/csv.ts';
import { getOffices } from '../../lib/offices/load.ts';
import { formatDay } from '../../lib/opening-hours/format.ts';

export const GET: APIRoute = async () => {
  const header = [
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
  ];
  const rows = (await getOffices()).map((office) => [
    office.id,
    office.name,
    office.serviceCenter,
    office.address,
    office.categories.join(' '),
    office.noCommissionPayment,
    office.phone,
    ...WEEKDAYS.map((day) => formatDay(office.hours.weekly[day] ?? null)),
    office.accessibility,
    office.sample,
  ]);
  return csvResponse(toCsv(header, rows));
};
