/**
 * The load generator of `bench:forms`, run as its own process so that it does not share an event
 * loop with the server it measures: autocannon against one URL, its summary printed as JSON.
 * Arguments: a JSON object `{ url, method, connections, durationS, body?, bodiesFile?, contentType? }`;
 * with `bodiesFile` (one body a line) each request sends the next line, as distinct clients would.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  connections: number;
  durationS: number;
  body?: string;
  bodiesFile?: string;
  /** Of the bodies; JSON unless said. */
  contentType?: string;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const request = JSON.parse(process.argv[2] ?? '{}') as LoadRequest;
const bodies = request.bodiesFile ? readFileSync(request.bodiesFile, 'utf8').split('\n').filter(Boolean) : [];
let sent = 0;
const result = await autocannon({
  url: request.url,
  method: request.method,
  connections: request.connections,
  duration: request.durationS,
  ...(request.body || bodies.length > 0
    ? {
        body: request.body,
        headers: { 'content-type': request.contentType ?? 'application/json', accept: 'application/json' },
      }
    : {}),
  ...(bodies.length > 0
    ? {
        requests: [
          {
            setupRequest: (next: autocannon.Request) => {
              const body = bodies[sent % bodies.length];
              sent += 1;
              return { ...next, body };
            },
          },
        ],
      }
    : {}),
});
const summary: LoadResult = {
  rps: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.non2xx + result.errors,
};
process.stdout.write(JSON.stringify(summary));
