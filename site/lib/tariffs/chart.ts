/**
 * Geometry of the tariff-history chart, computed at build time: a step line per series (a price
 * holds for a whole period, then jumps), a price axis from zero and a tick at every new year.
 */
import { nextDay } from '../../../content/schemas/period-series.ts';

export interface Step {
  validFrom: string;
  validTo: string;
  value: number;
}

export interface Series {
  label: string;
  steps: readonly Step[];
}

export interface ChartFrame {
  width: number;
  height: number;
  /** Room for axis labels: left, right, top, bottom. */
  margin: { left: number; right: number; top: number; bottom: number };
}

export interface ChartGeometry {
  lines: Array<{ label: string; d: string; last: { x: number; y: number } }>;
  yTicks: Array<{ y: number; value: number }>;
  xTicks: Array<{ x: number; year: string }>;
}

const days = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function stepChart(series: readonly Series[], frame: ChartFrame): ChartGeometry {
  const steps = series.flatMap((line) => line.steps);
  if (steps.length === 0) return { lines: [], yTicks: [], xTicks: [] };
  const start = Math.min(...steps.map((step) => days(step.validFrom)));
  const end = Math.max(...steps.map((step) => days(nextDay(step.validTo))));
  const top = Math.ceil(Math.max(...steps.map((step) => step.value)));
  const plotWidth = frame.width - frame.margin.left - frame.margin.right;
  const plotHeight = frame.height - frame.margin.top - frame.margin.bottom;
  const x = (day: number) => Math.round((frame.margin.left + ((day - start) / (end - start)) * plotWidth) * 10) / 10;
  const y = (value: number) => Math.round((frame.margin.top + (1 - value / top) * plotHeight) * 10) / 10;

  const lines = series.map((line) => {
    const points = line.steps.flatMap((step) => [
      { x: x(days(step.validFrom)), y: y(step.value) },
      { x: x(days(nextDay(step.validTo))), y: y(step.value) },
    ]);
    const d = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
    return { label: line.label, d, last: points.at(-1) ?? { x: 0, y: 0 } };
  });

  const yTicks = Array.from({ length: top + 1 }, (_, value) => ({ y: y(value), value }));
  const firstYear = new Date(start * 86_400_000).getUTCFullYear();
  const lastYear = new Date(end * 86_400_000).getUTCFullYear();
  const xTicks = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => String(firstYear + index))
    .map((year) => ({ year, day: days(`${year}-01-01`) }))
    .filter(({ day }) => day >= start && day < end)
    .map(({ year, day }) => ({ x: x(day), year }));
  return { lines, yTicks, xTicks };
}
