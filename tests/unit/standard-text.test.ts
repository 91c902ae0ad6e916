/**
 * The service standard published as HTML (issue 16 §4): chapters, sections, points and tables get
 * stable anchors from the document's numbering, and every page citing a point links to an anchor
 * that exists. The text is published a part per page (issue 18: a content page within 20 KB).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { parseStandard, type StandardBlock } from '../../site/lib/standard/parse.ts';
import { standardPageOf, standardPages } from '../../site/lib/standard/pages.ts';

const standard = parseStandard(readFileSync(fromRepoRoot('content/standard/standart-kachestva.txt'), 'utf8'));
const blockIds = (blocks: readonly StandardBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'list' ? [] : block.id ? [block.id] : []));
const ids = new Set(
  standard.chapters.flatMap((chapter) => [
    chapter.id,
    ...blockIds(chapter.blocks),
    ...chapter.sections.flatMap((section) => [section.id, ...blockIds(section.blocks)]),
  ]),
);

test('all nine chapters with their sections, points and tables have anchors from the numbering', () => {
  assert.deepEqual(
    standard.chapters.map((chapter) => chapter.id),
    ['glava-1', 'glava-2', 'glava-3', 'glava-4', 'glava-5', 'glava-6', 'glava-7', 'glava-8', 'glava-9'],
  );
  for (const id of [
    'glava-5-razdel-1',
    'glava-5-razdel-1-p-3-9',
    'glava-5-razdel-1-p-3-12',
    'glava-4-razdel-3-tablica-1',
  ]) {
    assert.ok(ids.has(id), id);
  }
  const site = standard.chapters[4]?.sections[0]?.blocks.find(
    (block) => block.kind === 'paragraph' && block.id === 'glava-5-razdel-1-p-3-9',
  );
  assert.match(site?.kind === 'paragraph' ? site.text : '', /^На официальном сайте должна быть размещена/);
});

test('the published copy has no misspelt addresses of the original and no leftover markup', () => {
  const text = JSON.stringify(standard);
  assert.doesNotMatch(text, /tomskenergob|<i>|<\/?p>|\$\\frac/);
});

test('the text is split into a page per section, or per chapter where a chapter has no sections', () => {
  const pages = standardPages(standard);
  assert.equal(pages.length, 27);
  assert.deepEqual(
    pages.filter((page) => page.section === null).map((page) => page.id),
    ['glava-6', 'glava-7', 'glava-9'],
  );
  assert.equal(standardPageOf('glava-5', pages)?.id, 'glava-5-razdel-1');
  assert.equal(standardPageOf('glava-5-razdel-2-p-1', pages)?.id, 'glava-5-razdel-2');
  assert.equal(standardPageOf('glava-4-razdel-3-tablica-1', pages)?.id, 'glava-4-razdel-3');
  assert.equal(standardPageOf('glava-6-p-1', pages)?.id, 'glava-6');
  assert.equal(standardPageOf('predislovie-p-1', pages), undefined);
});

test("every link to a point of the standard in the content points at an anchor on its part's page", () => {
  const pages = standardPages(standard);
  const links = readdirSync(fromRepoRoot('content'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md') || file.endsWith('.yaml'))
    .flatMap((file) =>
      [
        ...readFileSync(fromRepoRoot(`content/${file}`), 'utf8').matchAll(
          /\/o-kompanii\/standart-kachestva\/tekst\/([a-z0-9-]*)\/?#([a-z0-9-]+)/g,
        ),
      ].map((match) => [file, match[1] ?? '', match[2] ?? ''] as const),
    );
  assert.ok(links.length >= 8);
  assert.deepEqual(
    links.filter(([, part, anchor]) => !ids.has(anchor) || standardPageOf(anchor, pages)?.id !== part),
    [],
  );
});
