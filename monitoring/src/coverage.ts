/**
 * When Uptime Kuma was actually probing the site. A report may certify only what was measured, so
 * the reconciliation imports Kuma's per-minute and per-hour probe counts and keeps the periods
 * with probes; what lies between them is a gap in monitoring (Kuma itself down, not yet set up).
 * Pure functions; the table `monitoring_coverage` keeps the merged spans.
 */

/** A closed-open stretch [startedAt, endedAt) of UTC ISO time. */
export interface Span {
  startedAt: string;
  endedAt: string;
}

/** One bucket of Kuma's `getMonitorChartData`: Unix seconds of its start, probes up and down. */
export interface ChartBucket {
  timestamp: number;
  up: number;
  down: number;
}

/**
 * Probes 30 s apart may leave a minute without one (a slow probe, a restart of Kuma); a hole this
 * short cannot hide a break, which takes a failed probe plus a retry to be declared.
 */
export const GAP_TOLERANCE_SECONDS = 120;

const iso = (ms: number) => new Date(ms).toISOString();

/** Spans of buckets that hold at least `minProbes` probes (a sparse hour is not a monitored hour). */
export function spansFromBuckets(buckets: readonly ChartBucket[], bucketSeconds: number, minProbes = 1): Span[] {
  return mergeSpans(
    buckets
      .filter((bucket) => bucket.up + bucket.down >= minProbes)
      .map((bucket) => ({
        startedAt: iso(bucket.timestamp * 1000),
        endedAt: iso((bucket.timestamp + bucketSeconds) * 1000),
      })),
  );
}

/** Overlapping spans, and spans less than GAP_TOLERANCE_SECONDS apart, become one; oldest first. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
    const last = merged.at(-1);
    if (last && Date.parse(span.startedAt) - Date.parse(last.endedAt) <= GAP_TOLERANCE_SECONDS * 1000) {
      if (span.endedAt > last.endedAt) last.endedAt = span.endedAt;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** The parts of [from, to) that no span covers, oldest first. `spans` must be merged. */
export function uncovered(spans: readonly Span[], from: string, to: string): Span[] {
  const gaps: Span[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.endedAt <= cursor) continue;
    if (span.startedAt >= to) break;
    if (span.startedAt > cursor) gaps.push({ startedAt: cursor, endedAt: span.startedAt });
    cursor = span.endedAt;
  }
  if (cursor < to) gaps.push({ startedAt: cursor, endedAt: to });
  return gaps;
}
