/**
 * A real SMTP server on 127.0.0.1 (smtp-server + mailparser) that keeps what it accepts.
 * `failNext(n, code)` makes the next n deliveries fail with an SMTP code (451 temporary,
 * 550 permanent); `hang` keeps deliveries waiting, as a stuck server would.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** When each message in `messages` was accepted (Date.now()), for latency measurements. */
  acceptedAt: number[];
  failNext(count: number, code: number): void;
  hang: boolean;
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** `port` 0 picks a free one; pass an old sink's port to bring a «crashed» server back. */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const acceptedAt: number[] = [];
  let failures: { count: number; code: number } = { count: 0, code: 451 };
  const sink: Partial<SmtpSink> = { messages, acceptedAt, hang: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Pooled clients keep connections open; closing the sink should not wait 30 s for them.
    closeTimeout: 200,
    onData(stream, _session, callback) {
      void simpleParser(stream).then((mail) => {
        if (sink.hang) return;
        if (failures.count > 0) {
          failures.count -= 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: failures.code });
          callback(error);
          return;
        }
        messages.push(mail);
        acceptedAt.push(Date.now());
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${address.port}`,
    failNext(count: number, code: number) {
      failures = { count, code };
    },
    async waitFor(count: number, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return messages;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  }) as SmtpSink;
}
