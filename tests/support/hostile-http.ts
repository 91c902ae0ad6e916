/**
 * Raw HTTP against a listening server, for hostile input: fastify.inject cannot show a dropped
 * connection, so every request goes over a real socket and the answer is read to the end.
 */
import { request as httpRequest } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The connection broke while the body was still being sent (EPIPE, reset) after the answer came. */
  brokenAfterAnswer?: string;
}

const ANSWER_TIMEOUT_MS = 15_000;

/**
 * Sends a request with the body as given and resolves, once the connection is done, with the
 * answer read to its end; rejects when the connection is lost before a full answer arrives.
 */
export function rawRequest(
  origin: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<RawAnswer> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
    const request = httpRequest({
      host: url.hostname,
      port: url.port,
      method: options.method ?? 'POST',
      path: options.path,
      headers: { ...(body ? { 'content-length': String(body.length) } : {}), ...options.headers },
    });
    // A server that never answers fails the test with a reason instead of hanging the run.
    request.setTimeout(ANSWER_TIMEOUT_MS, () =>
      request.destroy(new Error(`no answer within ${String(ANSWER_TIMEOUT_MS / 1000)} s`)),
    );
    let answered: RawAnswer | undefined;
    let failure: NodeJS.ErrnoException | undefined;
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        answered = {
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
      });
      response.on('error', (error) => (failure ??= error));
    });
    request.on('error', (error: NodeJS.ErrnoException) => (failure ??= error));
    request.on('close', () => {
      if (!answered) reject(failure ?? new Error('connection closed without an answer'));
      else resolve(failure ? { ...answered, brokenAfterAnswer: failure.code ?? failure.message } : answered);
    });
    if (body) {
      // Written in chunks so a server that answers early is not fed the whole body at once.
      const chunkSize = 64 * 1024;
      for (let offset = 0; offset < body.length; offset += chunkSize) {
        if (request.destroyed) break;
        request.write(body.subarray(offset, offset + chunkSize));
      }
    }
    request.end();
  });
}

/** Whether a text has Cyrillic letters: every refusal a person may see is in Russian. */
export const hasRussian = (text: string) => /[а-яё]/i.test(text);
