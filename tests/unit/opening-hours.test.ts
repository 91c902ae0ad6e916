import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OpeningHoursSchema, type OpeningHours } from '../../content/schemas/common.ts';
import { stateText, todayText, weekRows } from '../../core/opening-hours/format.ts';
import { openingStatus } from '../../core/opening-hours/status.ts';
import { t } from '../../core/i18n/i18n.ts';

const TZ = 'Asia/Tomsk'; // UTC+7 all year
const weekday = { from: '08:00', to: '18:00', breaks: [{ from: '12:00', to: '12:45' }] };
const hours: OpeningHours = OpeningHoursSchema.parse({
  weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: { from: '09:00', to: '15:00' } },
  exceptions: [
    { date: '2026-12-31', note: 'Праздничный день' },
    { date: '2026-12-30', note: 'Предпраздничный день', hours: { from: '08:00', to: '16:00' } },
  ],
});

/** The status line and today's hours at a moment given in Tomsk local time. */
function at(localTime: string): string {
  const status = openingStatus(hours, new Date(`${localTime}+07:00`), TZ);
  return `${stateText(status, t)} | ${todayText(status, t)}`;
}

test('an office is open during working hours and says until when', () => {
  assert.equal(at('2026-11-25T10:00:00'), 'Открыто сейчас до 12:00 | Сегодня: 8:00–18:00, перерыв 12:00–12:45');
  assert.equal(at('2026-11-25T13:00:00'), 'Открыто сейчас до 18:00 | Сегодня: 8:00–18:00, перерыв 12:00–12:45');
});

test('during the lunch break it is closed until the break ends', () => {
  assert.equal(at('2026-11-25T12:30:00'), 'Закрыто: перерыв до 12:45 | Сегодня: 8:00–18:00, перерыв 12:00–12:45');
});

test('opening and closing minutes: open at 8:00 sharp, closed at 18:00 sharp', () => {
  assert.match(at('2026-11-25T08:00:00'), /^Открыто сейчас/);
  assert.match(at('2026-11-25T07:59:00'), /^Закрыто \|/);
  assert.match(at('2026-11-25T18:00:00'), /^Закрыто \|/);
});

test('on a public holiday it is closed all day and the reason is shown', () => {
  assert.equal(at('2026-12-31T10:00:00'), 'Закрыто | Сегодня: выходной (Праздничный день)');
});

test('a shortened pre-holiday day uses its own hours', () => {
  assert.equal(at('2026-12-30T15:30:00'), 'Открыто сейчас до 16:00 | Сегодня: 8:00–16:00 (Предпраздничный день)');
});

test('Sunday is a day off', () => {
  assert.equal(at('2026-11-29T11:00:00'), 'Закрыто | Сегодня: выходной');
});

test('the company time zone decides, not the server: 03:30 UTC is 10:30 in Tomsk', () => {
  const status = openingStatus(hours, new Date('2026-11-25T03:30:00Z'), TZ);
  assert.equal(status.state, 'open');
  assert.equal(openingStatus(hours, new Date('2026-11-25T03:30:00Z'), 'Europe/Moscow').state, 'closed');
});

test('the weekly timetable merges days with equal hours', () => {
  assert.deepEqual(weekRows(hours, t), [
    { days: 'пн–пт', hours: '8:00–18:00, перерыв 12:00–12:45' },
    { days: 'сб', hours: '9:00–15:00' },
    { days: 'вс', hours: 'выходной' },
  ]);
});

function messagesFor(data: unknown): string[] {
  const result = OpeningHoursSchema.safeParse(data);
  if (result.success) assert.fail('expected the schema to reject these hours');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('hours that end before they start, a malformed time and a break outside hours are each named', () => {
  assert.deepEqual(messagesFor({ weekly: { mon: { from: '18:00', to: '08:00' } } }), [
    'weekly.mon.to: Время окончания должно быть позже времени начала',
  ]);
  assert.deepEqual(messagesFor({ weekly: { tue: { from: '8:00', to: '17:00' } } }), [
    'weekly.tue.from: Время — в формате ЧЧ:ММ, например 08:30',
  ]);
  assert.deepEqual(
    messagesFor({ weekly: { wed: { from: '09:00', to: '17:00', breaks: [{ from: '08:00', to: '08:30' }] } } }),
    ['weekly.wed.breaks: Перерыв должен лежать внутри рабочего времени этого дня'],
  );
});

test('an exception with a bad date or listed twice is rejected', () => {
  assert.deepEqual(messagesFor({ weekly: {}, exceptions: [{ date: '31.12.2026', note: 'Праздник' }] }), [
    'exceptions.0.date: Укажите дату в формате ГГГГ-ММ-ДД, например 2026-07-01',
  ]);
  const twice = { date: '2026-12-31', note: 'Праздник' };
  assert.deepEqual(messagesFor({ weekly: {}, exceptions: [twice, twice] }), [
    'exceptions: Одна и та же дата указана в исключениях дважды',
  ]);
});
