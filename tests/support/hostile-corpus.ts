/**
 * The hostile-input corpus of issue 15, in one place: what a browser or a script can send to any
 * entry point. Bodies go to routes that take a body; paths and cookies go to every route.
 * Used by forms-api/test/bad-input/every-door.test.ts (and reusable by benches and e2e specs).
 */

export interface BodyCase {
  name: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface PathCase {
  name: string;
  /** Turns a route's path into the hostile one. */
  path: (path: string) => string;
}

export interface CookieCase {
  name: string;
  cookie: string;
}

const JSON_TYPE = { 'content-type': 'application/json', accept: 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
const text = (value: string) => Buffer.from(value, 'utf8');

/** Bodies past every limit (1 MB for JSON and forms); ~3 MB keeps the suite fast. */
const OVERSIZED_BYTES = 3 * 1024 * 1024;

const MULTIPART_BODY = text('--real\r\nContent-Disposition: form-data; name="lastName"\r\n\r\nИванова\r\n--real--\r\n');

export const bodyCases: BodyCase[] = [
  { name: 'malformed JSON', headers: JSON_TYPE, body: text('{"lastName": "Ив') },
  { name: 'empty JSON', headers: JSON_TYPE, body: text('') },
  { name: 'JSON that is not an object', headers: JSON_TYPE, body: text('"строка"') },
  {
    name: 'oversized JSON',
    headers: JSON_TYPE,
    body: text(`{"text":"${'а'.repeat(OVERSIZED_BYTES / 2)}"}`),
  },
  {
    name: 'oversized urlencoded',
    headers: FORM_TYPE,
    body: text(`text=${'a'.repeat(OVERSIZED_BYTES)}`),
  },
  { name: 'deeply nested JSON', headers: JSON_TYPE, body: text(`${'['.repeat(20_000)}${']'.repeat(20_000)}`) },
  { name: 'JSON __proto__ key', headers: JSON_TYPE, body: text('{"__proto__": {"isStaff": true}}') },
  { name: 'JSON constructor.prototype', headers: JSON_TYPE, body: text('{"constructor": {"prototype": {"x": 1}}}') },
  {
    name: 'urlencoded __proto__ key',
    headers: FORM_TYPE,
    body: text('__proto__[isStaff]=1&constructor[prototype][x]=1'),
  },
  { name: 'urlencoded repeated field', headers: FORM_TYPE, body: text('lastName=a&lastName=b&lastName=c') },
  {
    name: 'invalid UTF-8 urlencoded',
    headers: FORM_TYPE,
    body: Buffer.concat([text('lastName='), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), text('&x=%E0%A4%A')]),
  },
  {
    name: 'invalid UTF-8 JSON',
    headers: JSON_TYPE,
    body: Buffer.concat([text('{"a":"'), Buffer.from([0xff]), text('"}')]),
  },
  { name: 'wrong content type (text/plain)', headers: { 'content-type': 'text/plain' }, body: text('lastName=a') },
  { name: 'wrong content type (XML)', headers: { 'content-type': 'application/xml' }, body: text('<a>&xxe;</a>') },
  { name: 'missing content type', headers: {}, body: text('{"lastName":"a"}') },
  { name: 'garbage content type', headers: { 'content-type': ';;;=' }, body: text('x') },
  { name: 'multipart without boundary', headers: { 'content-type': 'multipart/form-data' }, body: MULTIPART_BODY },
  {
    name: 'multipart with a wrong boundary',
    headers: { 'content-type': 'multipart/form-data; boundary=other' },
    body: MULTIPART_BODY,
  },
  {
    name: 'multipart with an empty boundary',
    headers: { 'content-type': 'multipart/form-data; boundary=' },
    body: MULTIPART_BODY,
  },
  {
    name: 'multipart cut off mid-part',
    headers: { 'content-type': 'multipart/form-data; boundary=real' },
    body: text('--real\r\nContent-Disposition: form-data; name="lastName"\r\n\r\nИван'),
  },
];

export const pathCases: PathCase[] = [
  {
    name: 'percent-encoded letters',
    path: (path) => path.replace(/[a-z]/, (letter) => `%${letter.charCodeAt(0).toString(16)}`),
  },
  { name: 'dot segments', path: (path) => `/api/../${path.replace(/^\//, '')}` },
  { name: 'encoded dot segments', path: (path) => `/%2e%2e/%2E%2E${path}` },
  { name: 'encoded slash and NUL', path: (path) => `${path.replace(/\/?$/, '/')}%2F..%2F%00` },
  { name: 'overlong UTF-8', path: (path) => `${path.replace(/\/?$/, '/')}%c0%ae%c0%ae/` },
  { name: 'broken percent escape', path: (path) => `${path.replace(/\/?$/, '/')}%E0%A4%A` },
];

export const cookieCases: CookieCase[] = [
  { name: 'a11y cookie that does not parse', cookie: 'a11y=%' },
  { name: 'session cookie with broken escapes', cookie: 'staff_session=%E0%A4%A; a11y=%7B' },
  { name: 'prototype cookie names', cookie: '__proto__=1; constructor=2' },
  { name: 'oversized cookie', cookie: `a11y=${'x'.repeat(7000)}` },
];

/** A path with its `:params` and `*` filled with plain sample values. */
export function samplePath(url: string): string {
  return url.replace(/:[A-Za-z]+/g, 'sample-1').replace(/\*$/, '');
}
