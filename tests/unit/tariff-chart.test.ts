import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stepChart } from '../../site/lib/tariffs/chart.ts';

const frame = { width: 420, height: 120, margin: { left: 20, right: 0, top: 10, bottom: 10 } };

test('a price holds flat over its period and steps at the next one; the axis starts at zero', () => {
  const chart = stepChart(
    [
      {
        label: 'Одноставочный тариф',
        steps: [
          { validFrom: '2025-07-01', validTo: '2025-12-31', value: 4 },
          { validFrom: '2026-01-01', validTo: '2026-06-30', value: 5 },
        ],
      },
    ],
    frame,
  );
  // 365 days over 400 px: 1 July 2025 → x 20, 1 January 2026 (day 184) → x 221.6, 1 July 2026 → x 420.
  // Values up to 5 over 100 px: 4 → y 30, 5 → y 10.
  assert.equal(chart.lines[0]?.d, 'M20 30 L221.6 30 L221.6 10 L420 10');
  assert.deepEqual(
    chart.yTicks.map((tick) => [tick.value, tick.y]),
    [
      [0, 110],
      [1, 90],
      [2, 70],
      [3, 50],
      [4, 30],
      [5, 10],
    ],
  );
  assert.deepEqual(chart.xTicks, [{ x: 221.6, year: '2026' }]);
});

test('no data draws nothing rather than failing', () => {
  assert.deepEqual(stepChart([], frame), { lines: [], yTicks: [], xTicks: [] });
});
