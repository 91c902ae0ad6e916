/** Outages by address and by day: «сегодня / завтра / запланировано / завершено» in the company's time zone. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PowerOutage } from '../../content/schemas/power-outage.ts';
import { PowerOutagesFileSchema } from '../../content/schemas/power-outage.ts';
import { localitySlug, streetQueryWords } from '../../core/outages/address-search.ts';
import { groupOutages, outageLocalities, outageMatches, placeText } from '../../core/outages/schedule.ts';
import { loadContentFile } from '../../core/content/load.ts';

const ZONE = 'Asia/Tomsk';

function outage(id: string, start: string, expectedEnd: string, extra: Partial<PowerOutage> = {}): PowerOutage {
  return PowerOutagesFileSchema.parse({
    outages: [
      {
        id,
        kind: 'planned',
        places: [{ locality: 'г. Томск', streets: [{ street: 'ул. Пёстрая', houses: 'д. 1–5' }] }],
        start,
        expectedEnd,
        reason: 'Плановый ремонт',
        ...extra,
      },
    ],
  }).outages[0] as PowerOutage;
}

test('groups by the local day in Tomsk, not by UTC', () => {
  // 23:30 in Tomsk on 4 December is 16:30 UTC the same day; 00:30 on 5 December is still 4 December in UTC.
  const now = new Date('2026-12-04T23:30:00+07:00');
  const groups = groupOutages(
    [
      outage('going-on', '2026-12-04T09:00:00+07:00', '2026-12-05T02:00:00+07:00'),
      outage('later-today', '2026-12-04T23:45:00+07:00', '2026-12-04T23:55:00+07:00'),
      outage('tomorrow-early', '2026-12-05T00:30:00+07:00', '2026-12-05T05:00:00+07:00'),
      outage('day-after', '2026-12-06T09:00:00+07:00', '2026-12-06T17:00:00+07:00'),
      outage('ended', '2026-12-04T09:00:00+07:00', '2026-12-04T17:00:00+07:00'),
    ],
    now,
    ZONE,
  );
  assert.deepEqual(
    Object.fromEntries(Object.entries(groups).map(([group, list]) => [group, list.map((item) => item.id)])),
    { today: ['going-on', 'later-today'], tomorrow: ['tomorrow-early'], planned: ['day-after'], finished: ['ended'] },
  );
});

test('the actual end decides when an outage is finished: early return and overrun', () => {
  const now = new Date('2026-12-04T15:00:00+07:00');
  const early = outage('early', '2026-12-04T09:00:00+07:00', '2026-12-04T17:00:00+07:00', {
    actualEnd: '2026-12-04T14:00:00+07:00',
  });
  const overrun = outage('overrun', '2026-12-04T09:00:00+07:00', '2026-12-04T12:00:00+07:00', {
    actualEnd: '2026-12-04T18:00:00+07:00',
  });
  const groups = groupOutages([early, overrun], now, ZONE);
  assert.deepEqual(
    groups.finished.map((item) => item.id),
    ['early'],
  );
  assert.deepEqual(
    groups.today.map((item) => item.id),
    ['overrun'],
  );
});

test('finished outages come newest first', () => {
  const now = new Date('2026-12-10T12:00:00+07:00');
  const groups = groupOutages(
    [
      outage('older', '2026-11-01T09:00:00+07:00', '2026-11-01T12:00:00+07:00'),
      outage('newer', '2026-11-20T09:00:00+07:00', '2026-11-20T12:00:00+07:00'),
    ],
    now,
    ZONE,
  );
  assert.deepEqual(
    groups.finished.map((item) => item.id),
    ['newer', 'older'],
  );
});

test('a street is found by part of its name, in any case, with «е» for «ё» and with or without «ул.»', () => {
  const item = outage('a', '2026-12-04T09:00:00+07:00', '2026-12-04T17:00:00+07:00');
  for (const street of ['пестрая', 'ПЁСТР', 'ул. Пестрая', 'улица пёстрая', '']) {
    assert.equal(outageMatches(item, { locality: 'tomsk', street }), true, street);
  }
  assert.equal(outageMatches(item, { locality: '', street: 'Примерная' }), false);
  assert.equal(outageMatches(item, { locality: 'seversk', street: '' }), false);
});

test('a place without streets is the whole locality: every street there matches', () => {
  const item = outage('village', '2026-12-04T09:00:00+07:00', '2026-12-04T17:00:00+07:00', {
    places: [{ locality: 'с. Примерное', streets: [] }],
  });
  assert.equal(outageMatches(item, { locality: 'primernoe', street: 'ул. Любая' }), true);
  assert.equal(placeText(item.places[0] as PowerOutage['places'][number]), 'с. Примерное');
});

test('localities get Latin slugs without their type and are listed in Russian alphabetical order', () => {
  assert.equal(localitySlug('г. Томск'), 'tomsk');
  assert.equal(localitySlug('пгт. Светлый Яр'), 'svetlyy-yar');
  assert.deepEqual(streetQueryWords('ул. Пёстрая, д. 5'), ['пестрая', '5']);
  const list = outageLocalities([
    outage('t', '2026-12-04T09:00:00+07:00', '2026-12-04T17:00:00+07:00'),
    outage('s', '2026-12-04T09:00:00+07:00', '2026-12-04T17:00:00+07:00', {
      places: [{ locality: 'г. Северск', streets: [] }],
    }),
  ]);
  assert.deepEqual(list, [
    { slug: 'seversk', name: 'г. Северск' },
    { slug: 'tomsk', name: 'г. Томск' },
  ]);
});

test('every outage in content names a known network company and its localities have distinct slugs', () => {
  const outages = loadContentFile('powerOutages').outages;
  const networks = new Set(loadContentFile('networkCompanies').companies.map((company) => company.id));
  for (const item of outages) {
    if (item.network !== undefined) assert.ok(networks.has(item.network), `${item.id}: ${item.network}`);
  }
  const names = new Map<string, string>();
  for (const place of outages.flatMap((item) => item.places)) {
    const seen = names.get(localitySlug(place.locality));
    assert.ok(seen === undefined || seen === place.locality, `${place.locality} and ${String(seen)} share a slug`);
    names.set(localitySlug(place.locality), place.locality);
  }
});
