/**
 * The load generator of `bench:forms`, run as its own process so that it does not share an event
 * loop with the server it measures: autocannon against one URL, its summary printed as JSON.
 * Arguments: a JSON object `{ url, method, connections, durationS, body? }`.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  connections: number;
  durationS: number;
  body?: string;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const request = JSON.parse(process.argv[2] ?? '{}') as LoadRequest;
const result = await autocannon({
  url: request.url,
  method: request.method,
  connections: request.connections,
  duration: request.durationS,
  ...(request.body
    ? { body: request.body, headers: { 'content-type': 'application/json', accept: 'application/json' } }
    : {}),
});
const summary: LoadResult = {
  rps: Math.round(result.requests.average),
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.non2xx + result.errors,
};
process.stdout.write(JSON.stringify(summary));
