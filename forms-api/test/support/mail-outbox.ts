/** The embedded mail default writes `.eml` files right after the commit; tests wait for them. */
import { readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Names of the `.eml` files in `dir`, sorted, once there are `count` of them (or after 10 s). */
export async function waitForEml(dir: string, count: number): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const files = readdirSync(dir).filter((name) => name.endsWith('.eml'));
    if (files.length >= count || Date.now() > deadline) return files.sort();
    await sleep(50);
  }
}
