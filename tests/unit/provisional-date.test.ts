/**
 * Dates counted on a year whose days off are unchecked (content/calendar/<year>.yaml missing or
 * `provisional: true`) are told as provisional: deadlines and office hours alike (issue 16 §3).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deadlineText, provisionalDateNote, provisionalHoursNote } from '../../core/calendar/provisional-date.ts';
import { createWorkCalendar } from '../../core/calendar/working-days.ts';
import { readCalendarYears } from '../../core/calendar/load.ts';

const years = readCalendarYears();
const checked2026 = years.find((year) => year.year === 2026);
assert.ok(checked2026 && !checked2026.provisional, 'the 2026 calendar is checked against its decree');
// 2027 provisional, as shipped; 2028 has no file at all.
const calendar = createWorkCalendar(years.map((year) => (year.year === 2027 ? { ...year, provisional: true } : year)));

test('a deadline in a checked year is just the date', () => {
  assert.equal(provisionalDateNote('2026-12-28', calendar), null);
  assert.equal(deadlineText('2026-12-28', calendar), '28 декабря 2026 г.');
});

test('a deadline in a provisional or missing year says it is provisional, naming the year', () => {
  assert.equal(
    deadlineText('2027-01-11', calendar),
    '11 января 2027 г. (дата предварительная: перенос выходных дней в 2027 году ещё не учтён)',
  );
  assert.equal(
    provisionalDateNote('2028-03-01', calendar),
    'Дата предварительная: перенос выходных дней в 2028 году ещё не учтён.',
  );
});

test('office hours warn from the week that reaches into a provisional year, not before', () => {
  assert.equal(provisionalHoursNote('2026-12-25', calendar), null);
  assert.match(provisionalHoursNote('2026-12-27', calendar) ?? '', /праздничные дни 2027 года предварительные/);
  assert.match(provisionalHoursNote('2027-05-04', calendar) ?? '', /2027/);
});
