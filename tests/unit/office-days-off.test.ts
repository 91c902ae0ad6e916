/**
 * Offices close on every public day off of the working-day calendar by themselves (issue 16 §2):
 * a Saturday office was shown «Открыто» on 2 January 2027, a Labour Code holiday missing from the
 * hand-kept list in content/offices.yaml.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publicDaysOff } from '../../core/calendar/days-off.ts';
import { readCalendarYears } from '../../core/calendar/load.ts';
import { loadContentFile } from '../../core/content/load.ts';
import { withDaysOff } from '../../core/opening-hours/days-off.ts';
import { openingStatus } from '../../core/opening-hours/status.ts';

const { offices } = loadContentFile('offices');
const years = readCalendarYears();
const daysOff = [...publicDaysOff(years, 2026), ...publicDaysOff(years, 2027)];
const TOMSK = 'Asia/Tomsk';
/** Noon in Tomsk (UTC+7) on a date. */
const noon = (date: string) => new Date(`${date}T05:00:00Z`);

test('a Saturday office is closed on 2 January 2027, a holiday on a Saturday', () => {
  const saturdayOffices = offices.filter((office) => office.hours.weekly.sat);
  assert.ok(saturdayOffices.length > 0);
  for (const office of saturdayOffices) {
    const status = openingStatus(withDaysOff(office.hours, daysOff), noon('2027-01-02'), TOMSK);
    assert.equal(status.state, 'closed', office.id);
    assert.equal(status.exceptionNote, 'Нерабочий праздничный день');
  }
});

test('the decree’s days off close offices too, and an ordinary Saturday is open', () => {
  const office = offices.find((entry) => entry.hours.weekly.sat);
  assert.ok(office);
  const hours = withDaysOff(office.hours, daysOff);
  assert.equal(openingStatus(hours, noon('2026-12-31'), TOMSK).state, 'closed');
  assert.equal(openingStatus(hours, noon('2026-12-12'), TOMSK).state, 'open');
});

test('the calendar gives Labour Code holidays on weekends, days moved by the decree, and a fallback year', () => {
  assert.ok(publicDaysOff(years, 2026).includes('2026-01-03'));
  assert.ok(publicDaysOff(years, 2026).includes('2026-01-09'));
  assert.ok(publicDaysOff(years, 2027).includes('2027-01-02'));
  assert.ok(!publicDaysOff(years, 2026).includes('2026-12-12'));
});

test('offices.yaml lists only real exceptions, and an exception wins over the calendar', () => {
  for (const office of offices) {
    for (const exception of office.hours.exceptions) {
      assert.ok(!daysOff.includes(exception.date) || exception.hours, `${office.id} ${exception.date}`);
    }
  }
  const shortened = withDaysOff(
    {
      weekly: {},
      exceptions: [{ date: '2027-01-02', note: 'Дежурный офис', hours: { from: '10:00', to: '14:00', breaks: [] } }],
    },
    ['2027-01-02'],
  );
  assert.equal(openingStatus(shortened, noon('2027-01-02'), TOMSK).state, 'open');
});
