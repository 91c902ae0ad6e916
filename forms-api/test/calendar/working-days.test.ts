import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { localDate } from '../../../core/dates.ts';
import { loadWorkCalendar, readCalendarYears } from '../../../core/calendar/load.ts';
import { calendarWarning, createWorkCalendar, uncheckedYear } from '../../../core/calendar/working-days.ts';

const calendar = loadWorkCalendar();

// Reference dates from requirements §9, checked against the decrees.
const reference: Array<[string, boolean, string]> = [
  ['2025-02-24', true, 'Monday after 23 February 2025 (a Sunday) is a working day by the 2025 decree'],
  ['2025-03-10', true, 'not a day off in 2025 (a library got this wrong)'],
  ['2025-06-13', false, 'moved day off in 2025'],
  ['2025-11-01', true, 'working Saturday in 2025'],
  ['2025-11-02', false, 'an ordinary Sunday'],
  ['2026-01-09', false, 'January holidays 2026 end on the 11th'],
  ['2026-01-12', true, 'first working day of 2026'],
  ['2026-03-09', false, '8 March 2026 is a Sunday: Monday is off'],
  ['2026-05-11', false, 'moved day off in 2026'],
  ['2026-12-31', false, 'moved day off in 2026'],
  ['2026-11-23', true, 'an ordinary Monday'],
];
for (const [date, working, why] of reference) {
  test(`${date} is ${working ? 'a working day' : 'a day off'}: ${why}`, () => {
    assert.equal(calendar.isWorkingDay(date), working);
  });
}

test('working days are counted from the day after registration, across the New Year holidays', () => {
  // Registered on Tuesday 30 December 2025: 31 December and 1–11 January are days off.
  assert.equal(calendar.addWorkingDays('2025-12-30', 1), '2026-01-12');
  assert.equal(calendar.addWorkingDays('2025-12-30', 2), '2026-01-13');
  // A Thursday registration, interim answer in 2 working days, lands on Monday.
  assert.equal(calendar.addWorkingDays('2026-11-19', 2), '2026-11-23');
});

test('a transferred working Saturday counts as a working day', () => {
  assert.equal(calendar.addWorkingDays('2025-10-31', 1), '2025-11-01');
  assert.equal(calendar.addWorkingDays('2025-10-31', 2), '2025-11-05');
});

test('a calendar-day deadline falling on a holiday moves to the next working day', () => {
  // 7 February 2026 + 30 days = 9 March 2026, a day off (8 March falls on Sunday).
  assert.equal(calendar.addCalendarDays('2026-02-07', 30), '2026-03-10');
  // A deadline on a working day stays where it is.
  assert.equal(calendar.addCalendarDays('2026-10-22', 30), '2026-11-23');
  // 30 December 2025 + 15 days = 14 January 2026, a working day.
  assert.equal(calendar.addCalendarDays('2025-12-30', 15), '2026-01-14');
});

// The calendar as it was before content/calendar/2027.yaml was added.
const without2027 = createWorkCalendar(readCalendarYears().filter((year) => year.year < 2027));

test('a year without a decree falls back to the Labour Code, moving weekend holidays', () => {
  // 2027: 1 May is a Saturday, so Monday 3 May is off; 9 May is a Sunday, so Monday 10 May is off.
  assert.equal(without2027.isWorkingDay('2027-05-03'), false);
  assert.equal(without2027.isWorkingDay('2027-05-10'), false);
  assert.equal(without2027.isWorkingDay('2027-05-04'), true);
  assert.equal(without2027.isWorkingDay('2027-01-08'), false);
  assert.deepEqual(without2027.fallbackYears(2025, 2027), [2027]);
});

test('from 1 October a missing file for next year produces a warning for the build log', () => {
  assert.equal(calendarWarning(without2027, '2026-09-30'), null);
  assert.match(
    calendarWarning(without2027, '2026-10-01') ?? '',
    /Нет производственного календаря на 2027 год.*content\/calendar\/2027\.yaml/,
  );
  assert.equal(calendarWarning(without2027, '2025-10-15'), null, '2026 data exists');
});

test('the provisional 2027 calendar keeps the Labour Code days off, and is reported as not checked', () => {
  for (const date of ['2027-01-01', '2027-01-08', '2027-05-03', '2027-05-10', '2027-06-14', '2027-11-04'])
    assert.equal(calendar.isWorkingDay(date), without2027.isWorkingDay(date), date);
  assert.equal(calendar.isWorkingDay('2027-01-11'), true);
  assert.deepEqual(calendar.fallbackYears(2025, 2027), []);
  assert.deepEqual(calendar.uncheckedYears(2025, 2027), [2027]);
  // Staff get the year for their plain note; the instruction goes to the build log.
  assert.equal(uncheckedYear(calendar, '2026-09-30'), null);
  assert.equal(uncheckedYear(calendar, '2026-12-05'), 2027);
  assert.equal(uncheckedYear(calendar, '2027-03-01'), 2027);
  assert.match(calendarWarning(calendar, '2026-12-05') ?? '', /content\/calendar\/2027\.yaml предварительный/);
});

test('dates are taken in the company time zone', () => {
  assert.equal(localDate(new Date('2026-11-22T20:00:00Z'), 'Asia/Tomsk'), '2026-11-23');
  assert.equal(localDate(new Date('2026-11-22T16:59:59Z'), 'Asia/Tomsk'), '2026-11-22');
});

test('a calendar file with a bad date or a wrong file name is rejected, naming the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'es-calendar-'));
  writeFileSync(join(dir, '2030.yaml'), "year: 2030\nsource: ПП РФ от 01.10.2029 № 1\nnonWorkingWeekdays: ['13-01']\n");
  assert.throws(() => readCalendarYears(dir), /nonWorkingWeekdays\.0: Дата в формате ММ-ДД/);
  writeFileSync(join(dir, '2030.yaml'), 'year: 2031\nsource: ПП РФ от 01.10.2029 № 1\nnonWorkingWeekdays: []\n');
  assert.throws(() => readCalendarYears(dir), /the file name must be the year/);
});
