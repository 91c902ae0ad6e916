/**
 * The outage subscriptions parse by their specs: iCalendar (RFC 5545) is read back by a strict
 * reader written from the RFC, Atom (RFC 4287) is checked for its required elements here and
 * parsed by Chromium's XML parser in tests/e2e/outages-by-address.spec.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PowerOutagesFileSchema, type PowerOutage } from '../../content/schemas/power-outage.ts';
import { foldLine } from '../../core/outages/icalendar.ts';
import { outagesAtom, outagesCalendar, type OutageFeedContext } from '../../site/lib/outage-feeds.ts';

const outages: PowerOutage[] = PowerOutagesFileSchema.parse({
  outages: [
    {
      id: 'long-one',
      kind: 'emergency',
      places: [
        {
          locality: 'г. Томск',
          streets: [
            { street: 'ул. Очень Длинная Примерная', houses: 'д. 1–15, 17, 19; корп. 2' },
            { street: 'пер. Образцовый' },
          ],
        },
        { locality: 'г. Северск', streets: [{ street: 'пр. Образцовый' }] },
      ],
      network: 'rsk',
      start: '2026-12-04T09:00:00+07:00',
      expectedEnd: '2026-12-04T17:00:00+07:00',
      actualEnd: '2026-12-04T18:30:00+07:00',
      reason: 'Повреждение кабельной линии, аварийно-восстановительные работы',
      sample: true,
    },
    {
      id: 'elsewhere',
      kind: 'planned',
      places: [{ locality: 'с. Примерное' }],
      start: '2026-12-05T09:00:00+07:00',
      expectedEnd: '2026-12-05T12:00:00+07:00',
      reason: 'Плановый ремонт',
    },
  ],
}).outages;

const context: OutageFeedContext = {
  site: new URL('https://energosbyt.example/'),
  locality: { slug: 'tomsk', name: 'г. Томск' },
  outages,
  networks: [{ id: 'rsk', name: 'АО «РСК»', emergencyPhone: '(3822) 00-00-01', hours: 'круглосуточно', sample: true }],
  timeZone: 'Asia/Tomsk',
  company: 'АО «Энергосбыт»',
  revised: '2026-12-05T03:00:00Z',
};

/** RFC 5545 3.1: every line ends with CRLF, at most 75 octets; unfolding removes CRLF + one space. */
function readCalendar(text: string): Array<[name: string, value: string]> {
  assert.ok(text.endsWith('\r\n'), 'the last line ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), `bare line break in ${line}`);
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `longer than 75 octets: ${line}`);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical.push(`${logical.pop() ?? ''}${line.slice(1)}`);
    else logical.push(line);
  }
  return logical.map((line) => {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `no name: ${line}`);
    return [line.slice(0, colon), line.slice(colon + 1)];
  });
}

const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));

test('the iCalendar feed of a locality is valid RFC 5545 and holds only its outages', () => {
  const lines = readCalendar(outagesCalendar(context));
  assert.deepEqual(lines[0], ['BEGIN', 'VCALENDAR']);
  assert.deepEqual(lines.at(-1), ['END', 'VCALENDAR']);
  assert.ok(lines.some(([name, value]) => name === 'VERSION' && value === '2.0'));
  assert.ok(lines.some(([name]) => name === 'PRODID'));
  const events = lines.filter(([name, value]) => name === 'BEGIN' && value === 'VEVENT');
  assert.equal(events.length, 1, 'the outage in с. Примерное is not in the feed of Томск');
  const event = new Map(lines.slice(lines.findIndex(([, value]) => value === 'VEVENT')));
  assert.equal(event.get('UID'), 'long-one@energosbyt.example');
  assert.equal(event.get('DTSTAMP'), '20261205T030000Z');
  assert.equal(event.get('DTSTART'), '20261204T020000Z');
  // The actual end, not the expected one.
  assert.equal(event.get('DTEND'), '20261204T113000Z');
  assert.equal(
    unescape(event.get('LOCATION') ?? ''),
    'г. Томск: ул. Очень Длинная Примерная, д. 1–15, 17, 19; корп. 2; пер. Образцовый',
  );
  assert.match(unescape(event.get('DESCRIPTION') ?? ''), /Аварийный телефон \(АО «РСК»\): \(3822\) 00-00-01\n/);
  assert.equal(event.get('URL'), 'https://energosbyt.example/otklyucheniya/#otklyuchenie-long-one');
});

test('folding never splits a Cyrillic letter and keeps every line within 75 octets', () => {
  const line = `SUMMARY:${'Ж'.repeat(100)}`;
  const folded = foldLine(line);
  for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part, 'utf8') <= 75);
  assert.equal(folded.replaceAll('\r\n ', ''), line);
});

test('the Atom feed has the elements RFC 4287 requires, in UTC, with escaped text', () => {
  const xml = outagesAtom(context);
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  for (const element of ['id', 'title', 'updated', 'author']) assert.match(xml, new RegExp(`<${element}[ >]`));
  assert.match(
    xml,
    /<link rel="self" type="application\/atom\+xml" href="https:\/\/energosbyt.example\/otklyucheniya\/tomsk.atom"\/>/,
  );
  // The feed changed with the content; the entry when power came back (its actual end).
  assert.match(xml, /<feed[^]*?<updated>2026-12-05T03:00:00.000Z<\/updated>[^]*<entry>/);
  assert.match(xml, /<entry>[^]*<updated>2026-12-04T11:30:00.000Z<\/updated>/);
  assert.equal(xml.match(/<entry>/g)?.length, 1);
  assert.match(xml, /<title type="text">Аварийное отключение: г. Томск: ул. Очень Длинная Примерная/);
  assert.ok(!xml.includes('Примерное'), 'the outage in с. Примерное is not in the feed of Томск');
});
