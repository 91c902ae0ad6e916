/**
 * The SMTP sink of `bench:forms` in a process of its own, like a real mail server: receiving and
 * parsing the robot's mail must not take the CPU time of the server being measured. Prints the
 * sink's URL, then a JSON line `{ subject, at }` per accepted message; closes when stdin ends.
 * `startSinkProcess()` is the bench's side.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { startSmtpSink } from '../support/smtp-sink.ts';

export interface AcceptedMail {
  subject: string;
}

export interface SinkProcess {
  url: string;
  messages: AcceptedMail[];
  /** When each message in `messages` was accepted (Date.now() in the sink's process). */
  acceptedAt: number[];
  /** Until `arrived()` says so; fails after `timeoutMs`, saying what was awaited. */
  waitUntil(arrived: () => boolean, timeoutMs: number, awaited: string): Promise<void>;
  close(): Promise<void>;
}

export async function startSinkProcess(): Promise<SinkProcess> {
  const child = spawn(process.execPath, [new URL(import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const messages: AcceptedMail[] = [];
  const acceptedAt: number[] = [];
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve) => {
    lines.once('line', resolve);
  });
  lines.on('line', (line) => {
    const { subject, at } = JSON.parse(line) as { subject: string; at: number };
    messages.push({ subject });
    acceptedAt.push(at);
  });
  return {
    url,
    messages,
    acceptedAt,
    async waitUntil(arrived, timeoutMs, awaited) {
      const deadline = Date.now() + timeoutMs;
      while (!arrived()) {
        if (Date.now() > deadline) throw new Error(`${awaited} did not arrive within ${String(timeoutMs)} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          resolve();
        });
        child.stdin.end();
      }),
  };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const sink = await startSmtpSink();
  process.stdout.write(`${sink.url}\n`);
  // Each parsed letter is forgotten once reported: kept, the hundreds of thousands a run sends
  // filled this process's memory until it died.
  const report = setInterval(() => {
    const at = sink.acceptedAt.splice(0);
    sink.messages.splice(0).forEach((mail, index) => {
      process.stdout.write(`${JSON.stringify({ subject: mail.subject ?? '', at: at[index] })}\n`);
    });
  }, 20);
  process.stdin.resume();
  process.stdin.on('end', () => {
    clearInterval(report);
    void sink.close().then(() => process.exit(0));
  });
}
