/**
 * Fallback for a year whose decree is not in content/calendar/: weekends plus the non-working
 * holidays of Labour Code art. 112, with its rule that a holiday falling on a weekend moves the
 * day off to the next working day (except the January holidays, which the decree places itself).
 */
import { addDays, isWeekend } from '../dates.ts';

/** Non-working holidays of Labour Code art. 112, «MM-DD». */
export const LABOUR_CODE_HOLIDAYS = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];

export function labourCodeDaysOff(year: number): Set<string> {
  const off = new Set(LABOUR_CODE_HOLIDAYS.map((monthDay) => `${year}-${monthDay}`));
  for (const monthDay of LABOUR_CODE_HOLIDAYS) {
    if (monthDay.startsWith('01-')) continue;
    const date = `${year}-${monthDay}`;
    if (!isWeekend(date)) continue;
    let moved = addDays(date, 1);
    while (isWeekend(moved) || off.has(moved)) moved = addDays(moved, 1);
    off.add(moved);
  }
  return off;
}
