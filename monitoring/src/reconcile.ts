/**
 * Fills gaps in the ledger from Uptime Kuma's own record: its important heartbeats (state changes)
 * become the same events a webhook would have carried. Uptime Kuma never retries a webhook, so a
 * lost DOWN or UP is recovered here; the ledger ignores what it already knows.
 */
import type { KumaClient } from './kuma-client.ts';
import type { EventInbox } from './event-inbox.ts';

/** One row of `monitorImportantHeartbeatListPaged` (newest first). */
export interface ImportantHeartbeat {
  monitorID: number;
  status: number;
  /** UTC `YYYY-MM-DD HH:mm:ss.SSS`. */
  time: string;
  msg: string | null;
}

/** The webhook bodies (custom-template shape) these state changes stand for, oldest first. */
export function eventsFromHeartbeats(monitorName: string, beats: readonly ImportantHeartbeat[]) {
  const ordered = [...beats].sort((a, b) => a.time.localeCompare(b.time));
  const events = [];
  let downAt: string | null = null;
  for (const beat of ordered) {
    const common = { monitorId: beat.monitorID, monitorName, time: beat.time, msg: beat.msg ?? '' };
    if (beat.status === 0 && downAt === null) {
      downAt = beat.time;
      events.push({ ...common, status: 0 });
    } else if (beat.status === 1 && downAt !== null) {
      events.push({ ...common, status: 1, lastDownTime: downAt });
      downAt = null;
    } else if (beat.status !== 0) {
      // UP after maintenance or a first UP: no outage ends here.
      downAt = null;
    }
  }
  return events;
}

const PAGE = 100;

async function importantHeartbeats(kuma: KumaClient, monitorId: number, since: string) {
  const beats: ImportantHeartbeat[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const answer = await kuma.call('monitorImportantHeartbeatListPaged', monitorId, offset, PAGE);
    const page = (answer['data'] ?? []) as ImportantHeartbeat[];
    beats.push(...page);
    const oldest = page.at(-1);
    if (page.length < PAGE || (oldest && oldest.time < since)) return beats.filter((beat) => beat.time >= since);
  }
}

export interface ReconcileSummary {
  monitors: number;
  events: number;
}

/** Stores every state change since `since` (Kuma time text) and processes them. */
export async function reconcile(kuma: KumaClient, inbox: EventInbox, since: string): Promise<ReconcileSummary> {
  let events = 0;
  const monitors = kuma.monitors();
  for (const monitor of monitors) {
    const beats = await importantHeartbeats(kuma, monitor.id, since);
    for (const event of eventsFromHeartbeats(monitor.name, beats)) {
      await inbox.store(event, 'reconcile');
      events += 1;
    }
  }
  await inbox.drain();
  return { monitors: monitors.length, events };
}
