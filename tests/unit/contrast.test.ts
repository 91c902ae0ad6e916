/**
 * Contrast of every colour token pair, computed from the CSS that ships (WCAG 2.x relative
 * luminance): the ordinary site meets AA and its main text and links AAA; every scheme of the
 * accessible version meets 7:1 for text, links, focus ring, borders and form controls.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SETTING_OPTIONS } from '../../core/a11y/settings.ts';

const css = (name: string) => readFileSync(new URL(`../../site/styles/${name}`, import.meta.url), 'utf8');

function declarations(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

function blockAfter(source: string, selector: string): string {
  const start = source.indexOf(`${selector} {`);
  assert.notEqual(start, -1, `${selector} is missing`);
  return source.slice(start, source.indexOf('}', start));
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Foreground token, background token, and the ordinary site's minimum. */
const PAIRS: Array<[string, string, number]> = [
  ['ink', 'paper', 7],
  ['link', 'paper', 7],
  ['link-visited', 'paper', 7],
  ['muted', 'paper', 4.5],
  ['sample', 'paper', 4.5],
  ['error', 'paper', 4.5],
  ['ink', 'surface', 7],
  ['link', 'surface', 4.5],
  ['muted', 'surface', 4.5],
  ['brand-ink', 'brand', 4.5],
  ['nav-ink', 'nav', 7],
  ['focus-ink', 'focus', 7],
  ['line', 'paper', 3],
];

const base = declarations(blockAfter(css('global.css'), '@theme'));
const a11y = css('a11y.css');
const schemeRoles = declarations(blockAfter(a11y, 'html[data-a11y-scheme]'));

test('the ordinary site: text AA, main text and links AAA, borders 3:1', () => {
  for (const [fg, bg, minimum] of PAIRS) {
    const ratio = contrast(base.get(`color-es-${fg}`) ?? '', base.get(`color-es-${bg}`) ?? '');
    assert.ok(ratio >= minimum, `${fg} on ${bg}: ${ratio.toFixed(2)} < ${String(minimum)}`);
  }
});

test('every colour token is redefined by the accessible version', () => {
  const tokens = [...base.keys()].filter((name) => name.startsWith('color-es-'));
  assert.deepEqual(
    tokens.filter((name) => !schemeRoles.has(name)),
    [],
  );
});

for (const scheme of SETTING_OPTIONS.scheme) {
  test(`scheme «${scheme}»: every pair, the focus ring and its swatch reach 7:1`, () => {
    const colours = declarations(blockAfter(a11y, `html[data-a11y-scheme='${scheme}']`));
    const resolve = (token: string) => {
      const role = schemeRoles.get(`color-es-${token}`) ?? '';
      return colours.get(/var\(--([\w-]+)\)/.exec(role)?.[1] ?? '') ?? '';
    };
    for (const [fg, bg] of [...PAIRS, ['focus', 'paper'] as const]) {
      const ratio = contrast(resolve(fg), resolve(bg));
      assert.ok(ratio >= 7, `${scheme}: ${fg} on ${bg} is ${ratio.toFixed(2)}`);
    }
    const swatch = blockAfter(a11y, `.es-swatch-${scheme}`);
    const [color, background] = ['color', 'background'].map((p) => new RegExp(`\\b${p}: (#\\w+)`).exec(swatch)?.[1]);
    assert.equal(color, resolve('ink'));
    assert.equal(background, resolve('paper'));
  });
}

test('the contrast formula matches known values', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(0), '21');
  assert.equal(contrast('#063462', '#9dd1ff').toFixed(2), '7.76');
});
