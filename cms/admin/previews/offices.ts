/**
 * Preview of the offices as the «Офисы» page shows them (site/pages/o-kompanii/ofisy.astro):
 * name, address, who is served, the weekly timetable with merged days and the special days.
 */
import { DayHoursSchema, type DayHours, type OpeningHours } from '../../../content/schemas/common.ts';
import type { Office } from '../../../content/schemas/office.ts';
import { t, type UiKey } from '../../../core/i18n/i18n.ts';
import { formatDay, weekRows } from '../../../core/opening-hours/format.ts';
import { decap, entryData, type PreviewProps } from '../decap.ts';
import { editedFirst } from './edited-first.ts';
import { sampleMark } from './sample-mark.ts';

/** A day as typed so far: breaks may still be missing; an unfinished day shows as typed. */
function day(value: unknown): DayHours | undefined {
  if (!value) return undefined;
  const parsed = DayHoursSchema.safeParse(value);
  return parsed.success ? parsed.data : { breaks: [], ...(value as Omit<DayHours, 'breaks'>) };
}

function hoursOf(office: Partial<Office>): OpeningHours {
  const weekly = Object.fromEntries(
    Object.entries(office.hours?.weekly ?? {}).map(([key, value]) => [key, day(value)]),
  );
  return { weekly, exceptions: office.hours?.exceptions ?? [] };
}

function officeCard(office: Partial<Office>, index: number) {
  const { h } = decap;
  const hours = hoursOf(office);
  const row = (label: UiKey, value: unknown) => [
    h('dt', { className: 'font-semibold', key: `${label}-t` }, t(label)),
    h('dd', { key: `${label}-d` }, value),
  ];
  return h(
    'li',
    { key: office.id ?? index, className: 'min-w-0 rounded border border-es-line p-4 wrap-break-word' },
    h(
      'h3',
      { className: 'mt-0' },
      office.name,
      office.serviceCenter ? ` ${t('offices.serviceCenter')}` : '',
      sampleMark(office.sample),
    ),
    h(
      'dl',
      { className: 'mt-3 grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]' },
      ...row('offices.address', office.address),
      ...row(
        'offices.categories',
        (office.categories ?? []).map((category) => t(`category.${category}` as UiKey)).join(', '),
      ),
      ...row('offices.noCommission', t(office.noCommissionPayment ? 'offices.yes' : 'offices.no')),
      ...row('offices.phone', office.phone),
      ...row('offices.accessibility', office.accessibility),
    ),
    h('h4', { className: 'mt-3 font-semibold' }, t('hours.schedule')),
    h(
      'ul',
      { className: 'es-schedule' },
      ...weekRows(hours, t).map((line) =>
        h('li', { key: line.days }, h('span', { className: 'font-semibold' }, line.days), ` ${line.hours}`),
      ),
    ),
    hours.exceptions.length > 0
      ? h(
          'details',
          { open: true },
          h('summary', null, t('hours.exceptions')),
          h(
            'ul',
            null,
            ...hours.exceptions.map((item) =>
              h('li', { key: item.date }, `${item.date} — ${formatDay(day(item.hours) ?? null, t)} (${item.note})`),
            ),
          ),
        )
      : null,
  );
}

export function OfficesPreview({ entry }: PreviewProps) {
  const { h } = decap;
  const { offices = [] } = entryData(entry) as { offices?: Array<Partial<Office>> };
  return h(
    'main',
    { className: 'mx-auto w-full max-w-6xl flex-1 px-4 py-6' },
    h('h2', null, t('offices.heading')),
    h('p', null, t('hours.timeZoneNote')),
    h(
      'ul',
      { className: 'grid grid-cols-1 gap-6 md:grid-cols-2' },
      ...editedFirst(entry, 'offices', offices).map(officeCard),
    ),
  );
}
