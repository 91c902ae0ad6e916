/**
 * Checks and reads the body of a page POST (no-JS forms on Astro pages: status lookup, sign-in, console
 * actions, accessible-version settings) with a byte cap, before Astro parses anything. @astrojs/node
 * would otherwise buffer up to 1 GiB and parse it on the event loop. Refused by Content-Length
 * first, and by counting the streamed bytes for chunked bodies; the value itself is never echoed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Public pages post a few short fields; console answers up to 20 000 characters, percent-encoded. */
export const PAGE_BODY_LIMITS = { public: 32 * 1024, staff: 192 * 1024 } as const;

export function pageBodyLimit(pathname: string): number {
  return pathname === '/staff' || pathname.startsWith('/staff/') ? PAGE_BODY_LIMITS.staff : PAGE_BODY_LIMITS.public;
}

export const BODY_TOO_LARGE_PAGE = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Слишком большой запрос</title></head>
<body><h1>Слишком большой запрос</h1>
<p>Форма отправила больше данных, чем принимает сайт. Сократите текст в полях и отправьте форму ещё раз.</p>
<p><a href="/">На главную</a></p></body></html>
`;

const FOREIGN_ORIGIN_PAGE = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Запрос отклонён</title></head>
<body><h1>Запрос отклонён</h1>
<p>Форма отправлена не с нашего сайта. Откройте форму на сайте и отправьте её оттуда.</p>
<p><a href="/">На главную</a></p></body></html>
`;

export function refuseForeignOrigin(res: ServerResponse): void {
  res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(FOREIGN_ORIGIN_PAGE);
}

export function hasBody(method: string | undefined): boolean {
  return method !== undefined && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

/** The whole body, or `null` when it is over the limit (the request is then drained by nobody). */
export async function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const NOT_A_FORM_PAGE = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Запрос не похож на форму</title></head>
<body><h1>Запрос не похож на форму</h1>
<p>Страница принимает только данные формы сайта. Откройте страницу в браузере, заполните форму и отправьте её ещё раз.</p>
<p><a href="/">На главную</a></p></body></html>
`;

/**
 * Why a page POST body is not a browser form, or `null` when it is one. Pages parse the body with
 * `Request.formData()`, which throws on JSON, XML, a missing content type or broken multipart
 * (a 500); refused here instead, before Astro sees it. Multipart is parsed once as a check
 * (the body is already capped at a few hundred KB).
 */
export async function formBodyRefusal(contentType: string | undefined, body: Buffer): Promise<number | null> {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return null;
  if (type !== 'multipart/form-data') return 415;
  try {
    await new Response(new Uint8Array(body), { headers: { 'content-type': contentType ?? '' } }).formData();
    return null;
  } catch {
    return 400;
  }
}

/** 415 or 400 in Russian: the body was read whole, so the connection stays open. */
export function refuseNotAForm(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(NOT_A_FORM_PAGE);
}

/** 413 in Russian; the connection is closed, so the rest of the body is not read. */
export function refuseTooLarge(res: ServerResponse): void {
  res.writeHead(413, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end(BODY_TOO_LARGE_PAGE);
}
