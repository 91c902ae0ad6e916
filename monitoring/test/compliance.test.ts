/**
 * The monthly report's arithmetic in Asia/Tomsk (UTC+7): daytime parts, midnight, limits, and what
 * it may say about months that were not (fully) monitored.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { monthlyReport as reportWith } from '../src/compliance.ts';
import type { Span } from '../src/coverage.ts';
import { daytimeSlices } from '../src/daytime.ts';
import type { OutageNotice } from '../src/outage-notices.ts';
import { mergeOutagePeriods, type OutageRow } from '../src/outage-periods.ts';
import { formatDuration } from '../../core/dates.ts';

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

/** Uptime Kuma probing without a break all through 2026, and the report read in 2027. */
const ALL_2026: Span[] = [{ startedAt: '2025-12-31T00:00:00.000Z', endedAt: '2027-01-01T00:00:00.000Z' }];
const monthlyReport = (notices: readonly OutageNotice[], month: string, timeZone: string) =>
  reportWith(notices, month, timeZone, ALL_2026, '2027-01-10T00:00:00.000Z');

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
  test('one break from before 07:00 to after 23:00 is one daytime break of 16 hours', () => {
    assert.deepEqual(minutes(daytimeSlices(tomsk('2026-11-10 06:00'), tomsk('2026-11-10 23:30'), TZ)), [960]);
    const report = monthlyReport([notice('2026-11-10 06:00', '2026-11-10 23:30')], '2026-11', TZ);
    assert.deepEqual([report.daytimeBreaks, report.daytimeSeconds], [1, 16 * 3600]);
    assert.deepEqual([report.breaches.duration, report.verdict], [true, 'breach']);
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
    assert.equal(report.verdict, 'compliant');
  });
  test('a fourth daytime break is a breach of the count', () => {
    const report = monthlyReport(
      ['02', '09', '16', '23'].map((day) => notice(`2026-11-${day} 08:00`, `2026-11-${day} 08:10`)),
      '2026-11',
      TZ,
    );
    assert.equal(report.daytimeBreaks, 4);
    assert.deepEqual(report.breaches, { count: true, duration: false, lateNotices: false });
    assert.equal(report.verdict, 'breach');
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
  test('breaks of several site monitors that overlap count once', () => {
    let id = 1;
    const row = (monitorId: number, from: string, to: string): OutageRow => ({
      id: id++,
      monitor_id: monitorId,
      monitor_name: `monitor ${String(monitorId)}`,
      scope: 'site',
      kind: 'outage',
      started_at: tomsk(from),
      first_failure_at: null,
      ended_at: tomsk(to),
      down_message: '',
      origin: 'webhook',
      created_at: tomsk(from),
      closed_recorded_at: tomsk(to),
      cause: null,
    });
    // Home page 08:00–08:30 and disclosures 08:10–08:50 are one break; the keyword check at 12:00
    // and 15:00 are two more; the home page again at 18:00 is the fourth.
    const periods = mergeOutagePeriods([
      row(1, '2026-11-02 08:00', '2026-11-02 08:30'),
      row(2, '2026-11-02 08:10', '2026-11-02 08:50'),
      row(3, '2026-11-02 12:00', '2026-11-02 12:05'),
      row(3, '2026-11-02 15:00', '2026-11-02 15:05'),
      row(1, '2026-11-02 18:00', '2026-11-02 18:10'),
    ]);
    const notices = periods.map((period, index) => ({
      ...notice('2026-11-02 00:00', '2026-11-02 00:00'),
      ...period,
      id: index + 1,
    }));
    const threeMerged = monthlyReport(notices.slice(0, 3), '2026-11', TZ);
    assert.deepEqual([threeMerged.daytimeBreaks, threeMerged.daytimeSeconds / 60], [3, 60]);
    assert.equal(threeMerged.verdict, 'compliant');
    const four = monthlyReport(notices, '2026-11', TZ);
    assert.deepEqual([four.daytimeBreaks, four.verdict], [4, 'breach']);
  });
  test('a notice published more than 2 hours after restoration is flagged', () => {
    const onTime = monthlyReport([notice('2026-11-02 08:00', '2026-11-02 09:00', 120)], '2026-11', TZ);
    const late = monthlyReport([notice('2026-11-02 08:00', '2026-11-02 09:00', 121)], '2026-11', TZ);
    assert.deepEqual([onTime.noticesLate, onTime.verdict], [0, 'compliant']);
    assert.deepEqual([late.noticesLate, late.breaches.lateNotices, late.verdict], [1, true, 'breach']);
  });
  test('a malformed month is refused', () => {
    assert.throws(() => monthlyReport([], '2026-13', TZ), /2026-11/);
  });
});

describe('a report never certifies what was not measured', () => {
  const november = (coverage: Span[], now = '2027-01-10T00:00:00.000Z', notices: OutageNotice[] = []) =>
    reportWith(notices, '2026-11', TZ, coverage, now);
  const span = (from: string, to: string): Span => ({ startedAt: tomsk(from), endedAt: tomsk(to) });

  test('a month when Uptime Kuma itself was down in the daytime has no verdict, and says when', () => {
    // Kuma stopped on 12 November 10:00–12:30: no heartbeats, so no break could have been seen.
    const report = november([
      span('2026-10-31 00:00', '2026-11-12 10:00'),
      span('2026-11-12 12:30', '2026-12-02 00:00'),
    ]);
    assert.equal(report.daytimeBreaks, 0);
    assert.deepEqual([report.verdict, report.noDataReason], ['no-data', 'gaps']);
    assert.deepEqual(report.gaps, [span('2026-11-12 10:00', '2026-11-12 12:30')]);
    assert.deepEqual(report.covered, span('2026-11-01 00:00', '2026-12-01 00:00'));
  });

  test('a gap only at night, or shorter than two minutes, leaves the month judged', () => {
    const night = november([
      span('2026-10-31 00:00', '2026-11-12 01:00'),
      span('2026-11-12 05:00', '2026-12-02 00:00'),
    ]);
    assert.deepEqual([night.verdict, night.gaps], ['compliant', []]);
    const restart = november([
      span('2026-10-31 00:00', '2026-11-12 10:00'),
      {
        startedAt: new Date(Date.parse(tomsk('2026-11-12 10:00')) + 90_000).toISOString(),
        endedAt: tomsk('2026-12-02 00:00'),
      },
    ]);
    assert.equal(restart.verdict, 'compliant');
  });

  test('a breach measured in a month with gaps is still a breach', () => {
    const fourBreaks = ['02', '09', '16', '23'].map((day) => notice(`2026-11-${day} 08:00`, `2026-11-${day} 08:10`));
    const report = november([span('2026-10-31 00:00', '2026-11-12 10:00')], undefined, fourBreaks);
    assert.equal(report.verdict, 'breach');
  });

  test('months before monitoring began and months to come have no data', () => {
    const coverage = [span('2026-11-15 10:00', '2026-12-04 18:00')];
    const before = reportWith([], '2026-10', TZ, coverage, tomsk('2026-12-04 18:05'));
    assert.deepEqual([before.verdict, before.noDataReason, before.covered], ['no-data', 'not-monitored', null]);
    const began = reportWith([], '2026-11', TZ, coverage, tomsk('2026-12-04 18:05'));
    assert.deepEqual([began.verdict, began.noDataReason], ['no-data', 'gaps']);
    assert.deepEqual(began.gaps, [span('2026-11-01 00:00', '2026-11-15 10:00')]);
    const future = reportWith([], '2027-06', TZ, coverage, tomsk('2026-12-04 18:05'));
    assert.deepEqual([future.verdict, future.noDataReason, future.covered], ['no-data', 'future', null]);
    assert.equal(reportWith([], '2020-01', TZ, [], tomsk('2026-12-04 18:05')).noDataReason, 'not-monitored');
  });

  test('the month under way is judged up to the last imported probe', () => {
    const report = reportWith(
      [],
      '2026-12',
      TZ,
      [span('2026-11-15 10:00', '2026-12-04 18:00')],
      tomsk('2026-12-04 18:05'),
    );
    assert.deepEqual([report.verdict, report.inProgress], ['compliant', true]);
    assert.deepEqual(report.covered, span('2026-12-01 00:00', '2026-12-04 18:00'));
  });
});

test('a month without daytime outage reads «нет», not «менее минуты»', () => {
  assert.equal(formatDuration(0), 'нет');
  assert.equal(formatDuration(20), 'менее минуты');
});
