/**
 * Keys for rows of the tables that only grow (submissions, consents, outbox, appeal events,
 * status-lookup attempts): UUIDv7, which starts with the time. A new key then lands at the end
 * of its table's index instead of on a random page, so a commit writes a few pages, not one per
 * row and index; with random UUIDs a batch of six submissions spent more on writing index pages
 * than on everything else it stores (issue 18, `docs/benchmarks.md`). Keys stay unguessable:
 * 74 of their bits are random, and none of them is shown to the public (receipts use a token of
 * their own).
 */
import { V7Generator } from 'uuidv7';
import { pooledRandom } from '../crypto/random-pool.ts';

const generator = new V7Generator(pooledRandom);

export const newRowId = (): string => generator.generate().toString();
