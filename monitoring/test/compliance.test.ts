/** The monthly report's arithmetic in Asia/Tomsk (UTC+7): daytime parts, midnight, limits. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { monthlyReport } from '../src/compliance.ts';
import { daytimeSlices } from '../src/daytime.ts';
import type { OutageNotice } from '../src/outage-notices.ts';

const TZ = 'Asia/Tomsk';

/** `2026-11-10 06:30` on Tomsk clocks as a UTC ISO string. */
function tomsk(local: string): string {
  return new Date(Date.parse(`${local.replace(' ', 'T')}:00+07:00`)).toISOString();
}

let nextId = 1;
function notice(from: string, to: string, delayMinutes = 1): OutageNotice {
  const startedAt = tomsk(from);
  const endedAt = tomsk(to);
  const delaySeconds = delayMinutes * 60;
  return {
    id: nextId++,
    startedAt,
    endedAt,
    durationSeconds: (Date.parse(endedAt) - Date.parse(startedAt)) / 1000,
    maintenance: false,
    publishedAt: new Date(Date.parse(endedAt) + delaySeconds * 1000).toISOString(),
    outages: [] as unknown as OutageNotice['outages'],
    cause: 'Технический сбой',
    causeEdited: false,
    delaySeconds,
    late: delaySeconds > 7200,
  };
}

const minutes = (slices: { seconds: number }[]) => slices.map((slice) => slice.seconds / 60);

describe('daytime part of an outage in Asia/Tomsk', () => {
  test('across 07:00 only the part after 07:00 counts', () => {
    assert.deepEqual(minutes(daytimeSlices(tomsk('2026-11-10 06:30'), tomsk('2026-11-10 07:20'), TZ)), [20]);
  });
  test('across 23:00 only the part before 23:00 counts', () => {
    const slices = daytimeSlices(tomsk('2026-11-10 22:45'), tomsk('2026-11-10 23:30'), TZ);
    assert.deepEqual(minutes(slices), [15]);
    assert.equal(slices[0]?.end, '2026-11-10T16:00:00.000Z');
  });
  test('across midnight the daytime parts are split by local day', () => {
    const slices = daytimeSlices(tomsk('2026-11-10 22:00'), tomsk('2026-11-11 08:00'), TZ);
    assert.deepEqual(
      slices.map((slice) => [slice.date, slice.seconds / 60]),
      [
        ['2026-11-10', 60],
        ['2026-11-11', 60],
      ],
    );
  });
  test('a night-only outage has no daytime part', () => {
    assert.deepEqual(daytimeSlices(tomsk('2026-11-10 23:10'), tomsk('2026-11-11 06:59'), TZ), []);
  });
  test('exactly 07:00–23:00 is 16 hours, and UTC midnight (07:00 in Tomsk) is no boundary', () => {
    assert.deepEqual(minutes(daytimeSlices(tomsk('2026-11-10 07:00'), tomsk('2026-11-10 23:00'), TZ)), [960]);
  });
});

describe('monthly report against the limits (3 breaks, 12 hours)', () => {
  test('exactly 3 daytime breaks of 12 hours in total comply', () => {
    const report = monthlyReport(
      [
        notice('2026-11-02 08:00', '2026-11-02 12:00'),
        notice('2026-11-09 08:00', '2026-11-09 12:00'),
        notice('2026-11-16 08:00', '2026-11-16 12:00'),
        notice('2026-11-20 01:00', '2026-11-20 05:00'),
      ],
      '2026-11',
      TZ,
    );
    assert.equal(report.daytimeBreaks, 3);
    assert.equal(report.daytimeSeconds, 12 * 3600);
    assert.equal(report.outages.length, 4);
    assert.deepEqual(report.breaches, { count: false, duration: false, lateNotices: false });
    assert.equal(report.compliant, true);
  });
  test('a fourth daytime break is a breach of the count', () => {
    const report = monthlyReport(
      ['02', '09', '16', '23'].map((day) => notice(`2026-11-${day} 08:00`, `2026-11-${day} 08:10`)),
      '2026-11',
      TZ,
    );
    assert.equal(report.daytimeBreaks, 4);
    assert.deepEqual(report.breaches, { count: true, duration: false, lateNotices: false });
  });
  test('one second over 12 hours is a breach of the duration', () => {
    const report = monthlyReport(
      [notice('2026-11-02 08:00', '2026-11-02 20:00'), notice('2026-11-03 10:00', '2026-11-03 10:00')],
      '2026-11',
      TZ,
    );
    const over = monthlyReport(
      [
        {
          ...notice('2026-11-02 08:00', '2026-11-02 20:00'),
          endedAt: tomsk('2026-11-02 20:00').replace('00.000Z', '01.000Z'),
        },
      ],
      '2026-11',
      TZ,
    );
    assert.equal(report.breaches.duration, false);
    assert.equal(over.daytimeSeconds, 12 * 3600 + 1);
    assert.equal(over.breaches.duration, true);
  });
  test('an outage crossing midnight counts twice, and the month boundary splits it between reports', () => {
    const outage = notice('2026-11-30 22:00', '2026-12-01 08:00');
    const november = monthlyReport([outage], '2026-11', TZ);
    const december = monthlyReport([outage], '2026-12', TZ);
    assert.deepEqual([november.daytimeBreaks, november.daytimeSeconds], [1, 3600]);
    assert.deepEqual([december.daytimeBreaks, december.daytimeSeconds], [1, 3600]);
    assert.equal(monthlyReport([notice('2026-11-10 22:00', '2026-11-11 08:00')], '2026-11', TZ).daytimeBreaks, 2);
  });
  test('a notice published more than 2 hours after restoration is flagged', () => {
    const onTime = monthlyReport([notice('2026-11-02 08:00', '2026-11-02 09:00', 120)], '2026-11', TZ);
    const late = monthlyReport([notice('2026-11-02 08:00', '2026-11-02 09:00', 121)], '2026-11', TZ);
    assert.deepEqual([onTime.noticesLate, onTime.compliant], [0, true]);
    assert.deepEqual([late.noticesLate, late.breaches.lateNotices, late.compliant], [1, true, false]);
  });
  test('a malformed month is refused', () => {
    assert.throws(() => monthlyReport([], '2026-13', TZ), /2026-11/);
  });
});
