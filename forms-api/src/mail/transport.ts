/**
 * Sends one message: through SMTP when SMTP_URL is set, otherwise into `.eml` files in a local
 * folder (the embedded default, so nothing is lost on a machine without a mail server).
 * Errors say whether trying again can help: SMTP 5xx replies are permanent, everything else
 * (4xx, connection refused, timeouts) is temporary.
 * @see https://nodemailer.com/smtp/
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Deterministic, so a rare duplicate after a crash can be recognised by the receiving side. */
  messageId: string;
  /** File name stem for the .eml fallback. */
  fileStem: string;
}

export class MailError extends Error {
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean, cause?: unknown) {
    super(message, { cause });
    this.permanent = permanent;
  }
}

export interface MailTransport {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

function classify(error: unknown): MailError {
  const code = (error as { responseCode?: unknown }).responseCode;
  const permanent = typeof code === 'number' && code >= 500 && code < 600;
  const reason = typeof code === 'number' ? `SMTP ${code}` : ((error as { code?: string }).code ?? 'send failed');
  return new MailError(reason, permanent, error);
}

export function createMailTransport(options: {
  smtpUrl?: string | undefined;
  from: string;
  outboxDir: string;
}): MailTransport {
  // Every message is first built whole, in memory: the SMTP connection then gets it in one write
  // instead of a write per MIME line (issue 18: those writes were most of the robot's CPU time).
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const build = async (message: OutgoingMessage) => {
    const info = await builder.sendMail({ ...message, from: options.from });
    return { envelope: info.envelope, raw: info.message as Buffer };
  };
  if (options.smtpUrl) {
    const url = new URL(options.smtpUrl);
    const transporter = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      // Reuse connections: a burst of acknowledgements must not wait for a TCP+SMTP handshake each.
      pool: true,
      maxConnections: 5,
      ...(url.username
        ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
        : {}),
      // Shorter than the outbox lease, so a hung server never lets another worker send the same row.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    return {
      async send(message) {
        try {
          await transporter.sendMail(await build(message));
        } catch (error) {
          throw classify(error);
        }
      },
      close: () => {
        transporter.close();
      },
    };
  }
  return {
    async send(message) {
      const { raw } = await build(message);
      mkdirSync(options.outboxDir, { recursive: true });
      // Written aside, then renamed: whoever picks .eml files up never reads half a message, and a
      // resend after a crash replaces the file under the same name instead of adding a second one.
      const file = join(options.outboxDir, `${message.fileStem}.eml`);
      writeFileSync(`${file}.tmp`, raw);
      renameSync(`${file}.tmp`, file);
    },
    close: () => undefined,
  };
}
