import assert from 'node:assert/strict';
import { test } from 'node:test';
import { announcement, optionLabel } from '../../site/lib/a11y/labels.ts';
import { t } from '../../core/i18n/i18n.ts';
import { applySettingsForm } from '../../site/lib/a11y/settings-form.ts';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  SETTING_OPTIONS,
  cookieValue,
  safeReturnPath,
  settingsFromCookieHeader,
} from '../../core/a11y/settings.ts';
import { withA11yAttributes, pageFile } from '../../forms-api/src/site/a11y-html.ts';

test('no cookie means the ordinary version; a cookie round-trips every setting', () => {
  assert.equal(settingsFromCookieHeader(undefined), null);
  assert.equal(settingsFromCookieHeader('other=1'), null);
  const chosen = { ...DEFAULT_SETTINGS, scheme: 'green', size: '200', images: 'off' } as const;
  const header = `x=1; a11y=${encodeURIComponent(cookieValue(chosen))}; y=2`;
  assert.deepEqual(settingsFromCookieHeader(header), chosen);
});

test('an unknown value in the cookie falls back to its default, the rest is kept', () => {
  assert.deepEqual(settingsFromCookieHeader('a11y=scheme%3Dpink%26size%3D175'), { ...DEFAULT_SETTINGS, size: '175' });
});

test('a cookie that is not valid percent-encoding is ignored, not an error', () => {
  for (const header of ['a11y=%', 'a11y=%E0%A4%A', 'x=1; a11y=%zz; y=2']) {
    assert.equal(settingsFromCookieHeader(header), null, header);
  }
});

test('a return path that only becomes another site after normalisation is refused', () => {
  for (const input of ['/.//evil.example/login', '/a/..//evil.example/', '/./\\evil.example', '/%2e//evil.example/']) {
    assert.equal(safeReturnPath(input), '/', input);
  }
  assert.equal(safeReturnPath('/a/./b/../c?x=1'), '/a/c?x=1');
});

test('the return path accepts only paths on this site', () => {
  for (const [input, expected] of [
    ['/oplata/', '/oplata/'],
    ['/poisk/?q=%D1%81%D1%87%D1%91%D1%82', '/poisk/?q=%D1%81%D1%87%D1%91%D1%82'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['/a\r\nSet-Cookie: x=1', '/'],
    [undefined, '/'],
  ] as const) {
    assert.equal(safeReturnPath(input), expected, String(input));
  }
});

test('the bar’s А− and А+ step the font size within 100–200 %', () => {
  const at = (size: (typeof SETTING_OPTIONS.size)[number], step: string) => {
    const outcome = applySettingsForm({ ...DEFAULT_SETTINGS, size }, { size: step }, '/');
    return outcome.kind === 'done' ? outcome.settings?.size : outcome.kind;
  };
  assert.equal(at('150', 'up'), '175');
  assert.equal(at('200', 'up'), '200');
  assert.equal(at('125', 'down'), '100');
  assert.equal(at('100', 'down'), '100');
});

test('switching on, off and resetting', () => {
  assert.deepEqual(applySettingsForm(null, { action: 'on', back: '/oplata/' }, '/'), {
    kind: 'done',
    back: '/oplata/',
    settings: DEFAULT_SETTINGS,
  });
  const black = { ...DEFAULT_SETTINGS, scheme: 'black' } as const;
  assert.deepEqual(applySettingsForm(black, { action: 'off' }, '/x/'), { kind: 'done', back: '/x/', settings: null });
  assert.deepEqual(applySettingsForm(black, { action: 'reset' }, '/'), {
    kind: 'done',
    back: '/',
    settings: DEFAULT_SETTINGS,
  });
});

test('a value that is not offered gets a Russian message naming the setting', () => {
  assert.deepEqual(applySettingsForm(null, { scheme: 'pink', font: 'comic', back: '//evil' }, '/v/'), {
    kind: 'invalid',
    back: '/v/',
    errors: [
      { field: 'scheme', message: 'Выберите значение из списка: «Цветовая схема»' },
      { field: 'font', message: 'Выберите значение из списка: «Шрифт»' },
    ],
  });
});

test('every option has a Russian label and an announcement', () => {
  for (const key of SETTING_KEYS) {
    for (const value of SETTING_OPTIONS[key]) {
      assert.ok(optionLabel(key, value as never, t), `${key}=${value}`);
      assert.doesNotMatch(optionLabel(key, value as never, t), /^a11y\./);
    }
  }
  assert.equal(announcement('scheme', 'black', t), 'Цветовая схема: белым по чёрному');
  assert.equal(announcement('size', '175', t), 'Размер шрифта: 175 %');
});

test('the server adds the attributes to the <html> start tag only', () => {
  const html = '<!DOCTYPE html><html lang="ru"><head></head><body><p>html</p></body></html>';
  const out = withA11yAttributes(html, { ...DEFAULT_SETTINGS, scheme: 'blue' });
  assert.match(out, /^<!DOCTYPE html><html lang="ru" data-a11y-scheme="blue" data-a11y-size="150" /);
  assert.equal(out.replace(/<html[^>]*>/, ''), html.replace(/<html[^>]*>/, ''));
});

test('only built pages inside the client folder are rewritten', () => {
  const client = new URL('../../site/', import.meta.url).pathname.replace(/\/$/, '');
  assert.equal(pageFile(client, '/../package.json'), null);
  assert.equal(pageFile(client, '/%2e%2e/package.json'), null);
  assert.equal(pageFile(client, '/pages'), null);
  assert.equal(pageFile(client, '/no-such/'), null);
});
