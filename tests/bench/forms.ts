/**
 * `npm run bench:forms`: throughput of `POST /api/forms/question` on SQLite and PostgreSQL next
 * to a trivial fastify route in the same run, and the acknowledgement latency (submit → message
 * accepted by a real SMTP sink on 127.0.0.1) over 1,000 submissions. Writes its section of
 * docs/benchmarks.md.
 */
import { cpus, loadavg } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../../forms-api/src/app.ts';
import { issueFormToken } from '../../forms-api/src/antispam/form-token.ts';
import { loadEnv } from '../../forms-api/src/config/env.ts';
import { validQuestion } from '../../forms-api/test/routes/api/forms/fixtures.ts';
import { postgresUnavailableReason, startTestPostgres } from '../support/postgres.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { markdownTable, writeSection } from './report.ts';

const SECRET = 'bench-only-secret-0123456789abcdef0123456789';
const DURATION_S = 5;
const CONNECTIONS = 10;
const ACKS = 1000;
/** A steady rate far above a retailer's real one (a few submissions a minute), within capacity. */
const STEADY_RATE = 10;
const STEADY_ACKS = 300;

/** A person's body without the proof of work (as without JavaScript): registered, acknowledged. */
const body = () =>
  JSON.stringify({ ...validQuestion, formToken: issueFormToken(SECRET, 'question', Date.now() - 60_000) });

async function throughput(url: string, method: 'GET' | 'POST', payload?: string) {
  const result = await autocannon({
    url,
    method,
    connections: CONNECTIONS,
    duration: DURATION_S,
    ...(payload ? { body: payload, headers: { 'content-type': 'application/json', accept: 'application/json' } } : {}),
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

/** Waits until the sink has had no new message for a second: the robot has sent everything queued. */
async function mailSettled(sink: SmtpSink): Promise<void> {
  for (let seen = -1; seen !== sink.messages.length;) {
    seen = sink.messages.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/**
 * Sends `count` submissions, either `concurrency` at a time as fast as the server answers, or one
 * every `everyMs`, and times each from sending to its acknowledgement's arrival at the sink.
 */
async function ackLatency(
  origin: string,
  sink: SmtpSink,
  count: number,
  pace: { concurrency: number } | { everyMs: number },
) {
  await mailSettled(sink);
  sink.messages.length = 0;
  sink.acceptedAt.length = 0;
  const submittedAt = new Map<string, number>();
  const submit = async () => {
    const started = Date.now();
    const response = await fetch(`${origin}/api/forms/question`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body(),
    });
    const { registrationNumber } = (await response.json()) as { registrationNumber: string };
    submittedAt.set(`Обращение ${registrationNumber} зарегистрировано`, started);
  };
  if ('concurrency' in pace) {
    let next = 0;
    await Promise.all(
      Array.from({ length: pace.concurrency }, async () => {
        while (next < count) {
          next += 1;
          await submit();
        }
      }),
    );
  } else {
    await Promise.all(
      Array.from({ length: count }, async (_, index) => {
        await new Promise((resolve) => setTimeout(resolve, index * pace.everyMs));
        await submit();
      }),
    );
  }
  await sink.waitFor(count * 2, 300_000);
  const latencies = sink.messages
    .flatMap((mail, index) => {
      const sent = submittedAt.get(mail.subject ?? '');
      return sent === undefined ? [] : [(sink.acceptedAt[index] ?? 0) - sent];
    })
    .sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), timed: latencies.length };
}

async function measure(databaseUrl: string, label: string) {
  const sink = await startSmtpSink();
  const app = await buildApp({
    env: loadEnv({
      DATABASE_URL: databaseUrl,
      SMTP_URL: sink.url,
      FORM_SECRET: SECRET,
      FORMS_RATE_LIMIT_MAX: '100000000',
      OUTBOX_POLL_MS: '1000',
      MAIL_OUTBOX_DIR: mkdtempSync(join(tmpdir(), 'bench-mail-')),
      ATTACHMENTS_DIR: mkdtempSync(join(tmpdir(), 'bench-files-')),
    }),
    serveSite: false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${String((app.server.address() as { port: number }).port)}`;
  const forms = await throughput(`${origin}/api/forms/question`, 'POST', body());

  const burst = await ackLatency(origin, sink, ACKS, { concurrency: CONNECTIONS });
  const steady = await ackLatency(origin, sink, STEADY_ACKS, { everyMs: 1000 / STEADY_RATE });
  await app.close();
  await sink.close();
  return { label, forms, burst, steady };
}

const trivial = Fastify();
trivial.post('/trivial', () => ({ ok: true }));
await trivial.listen({ host: '127.0.0.1', port: 0 });
const trivialUrl = `http://127.0.0.1:${String((trivial.server.address() as { port: number }).port)}/trivial`;
const baseline = await throughput(trivialUrl, 'POST', '{}');
await trivial.close();

const runs = [await measure(`sqlite:${join(mkdtempSync(join(tmpdir(), 'bench-db-')), 'site.sqlite')}`, 'SQLite')];
if (!postgresUnavailableReason()) {
  const server = await startTestPostgres();
  try {
    runs.push(await measure(server.url, 'PostgreSQL'));
  } finally {
    server.stop();
  }
}

const ack = (result: { p50: number; p99: number; timed: number }) =>
  `${String(result.p50)} / ${String(result.p99)} (${String(result.timed)})`;
const rows = [
  ['trivial fastify route', baseline.rps, baseline.p50, baseline.p99, '1', baseline.errors, '—', '—'],
  ...runs.map((run) => [
    `POST /api/forms/question, ${run.label}`,
    run.forms.rps,
    run.forms.p50,
    run.forms.p99,
    (run.forms.rps / baseline.rps).toFixed(3),
    run.forms.errors,
    ack(run.burst),
    ack(run.steady),
  ]),
];
const table = markdownTable(
  [
    'Target',
    'requests/s',
    'p50 ms',
    'p99 ms',
    'ratio to trivial',
    'non-2xx',
    `ack p50 / p99 ms (n): burst, ${String(CONNECTIONS)} at a time`,
    `ack p50 / p99 ms (n): ${String(STEADY_RATE)} a second`,
  ],
  rows,
);
writeSection(
  'forms',
  `## Form API (\`npm run bench:forms\`)

autocannon, ${String(CONNECTIONS)} connections, ${String(DURATION_S)} s per target, on ${String(cpus().length)} CPU cores shared with
other work (load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end of the run); server, load generator and SMTP sink in
one process. Each form request is a full registration: validation, anti-spam checks, one
transaction (number, submission, consent, outbox rows), commit.

«ack» is the time from sending a submission to its acknowledgement being accepted by a real SMTP
sink on 127.0.0.1; target under 5 s, obligation 60 s. Two loads, each also making one specialist
notification per submission:

- **burst**: ${String(ACKS)} submissions, ${String(CONNECTIONS)} at a time, as fast as the server answers. This saturates
  the process: submissions arrive faster than it can register them and send mail, so the figure is
  the mail backlog at saturation. Acknowledgements are sent before any notification (claim.ts),
  but the robot shares the event loop and the database connection with the registrations, so
  most acknowledgements leave only once the burst is over.
- **${String(STEADY_RATE)} a second**: ${String(STEADY_ACKS)} submissions, one every ${String(1000 / STEADY_RATE)} ms — still hundreds of times a
  retailer's real rate (a few a minute), but within capacity: the latency a person sees.

${table}
`,
);
console.log(table);
