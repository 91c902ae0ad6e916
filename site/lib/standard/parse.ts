/**
 * The service standard's text (content/standard/standart-kachestva.txt, the document as extracted)
 * read into chapters, sections, numbered points, lists and tables, each with a stable anchor:
 * «glava-5», «glava-5-razdel-1», «glava-5-razdel-1-p-3-9», «glava-4-razdel-3-tablica-1».
 * Pages cite a point by its anchor, so the ids depend only on the numbering of the document.
 */

export type StandardBlock =
  | { kind: 'paragraph'; id: string | null; number: string | null; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; id: string; rows: string[][] };

export interface StandardPart {
  id: string;
  title: string;
  blocks: StandardBlock[];
}

export interface StandardChapter extends StandardPart {
  sections: StandardPart[];
}

export interface StandardDocument {
  title: string;
  /** The foreword before chapter 1. */
  preface: StandardBlock[];
  chapters: StandardChapter[];
}

const CHAPTER = /^Глава (\d+)\. (.+)$/;
const SECTION = /^Раздел (\d+)\. (.+)$/;
const POINT = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;
const LIST_ITEM = /^\s*[-–]\s+(.+)$/;

/** Markup left by the extraction: «<i>», «**», «<p>» in table cells. */
function clean(text: string): string {
  return text
    .replace(/<\/p>\s*<p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The anchor for a point number inside a part: «glava-5-razdel-1» + «3.9» → «glava-5-razdel-1-p-3-9». */
export function pointId(partId: string, number: string): string {
  return `${partId}-p-${number.replace(/\./g, '-')}`;
}

/** Lines after the table of contents: the body starts at the second «Глава 1.» line. */
function bodyLines(lines: readonly string[]): { preface: string[]; body: string[] } {
  const contents = lines.findIndex((line) => line.trim() === 'Содержание');
  const starts = lines.flatMap((line, index) => (/^Глава 1\. [^.]+$/.test(line.trim()) ? [index] : []));
  const start = starts.find((index) => index > contents) ?? 0;
  return { preface: lines.slice(0, contents < 0 ? 0 : contents), body: lines.slice(start) };
}

function blocksOf(lines: readonly string[], partId: string, used: Set<string>): StandardBlock[] {
  const blocks: StandardBlock[] = [];
  let tables = 0;
  const unique = (id: string): string => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    if (line.includes('\t')) {
      // A table: tab-separated lines, blank lines inside it allowed.
      const rows: string[][] = [];
      while (index < lines.length && ((lines[index] ?? '').includes('\t') || (lines[index] ?? '').trim() === '')) {
        const row = lines[index] ?? '';
        if (row.trim() !== '') rows.push(row.split('\t').map(clean));
        if (row.trim() === '' && !(lines[index + 1] ?? '').includes('\t')) break;
        index += 1;
      }
      tables += 1;
      blocks.push({ kind: 'table', id: unique(`${partId}-tablica-${tables}`), rows });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const last = blocks.at(-1);
      if (last?.kind === 'list') last.items.push(clean(item[1] ?? ''));
      else blocks.push({ kind: 'list', items: [clean(item[1] ?? '')] });
      continue;
    }
    const point = POINT.exec(line.trim());
    const text = clean(line);
    if (point) {
      const number = point[1] ?? '';
      blocks.push({ kind: 'paragraph', id: unique(pointId(partId, number)), number, text: clean(point[2] ?? '') });
    } else if (text !== '') {
      blocks.push({ kind: 'paragraph', id: null, number: null, text });
    }
  }
  return blocks;
}

export function parseStandard(source: string): StandardDocument {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const { preface, body } = bodyLines(lines);
  const used = new Set<string>();
  const chapters: StandardChapter[] = [];
  let buffer: string[] = [];
  let part: StandardPart | null = null;
  const flush = (): void => {
    if (part) part.blocks = blocksOf(buffer, part.id, used);
    buffer = [];
  };
  for (const line of body) {
    const chapter = CHAPTER.exec(line.trim());
    const section = SECTION.exec(line.trim());
    if (chapter) {
      flush();
      const next: StandardChapter = { id: `glava-${chapter[1] ?? ''}`, title: line.trim(), blocks: [], sections: [] };
      used.add(next.id);
      chapters.push(next);
      part = next;
    } else if (section && chapters.length > 0) {
      flush();
      const owner = chapters.at(-1);
      const next: StandardPart = {
        id: `${owner?.id ?? ''}-razdel-${section[1] ?? ''}`,
        title: line.trim(),
        blocks: [],
      };
      used.add(next.id);
      owner?.sections.push(next);
      part = next;
    } else {
      buffer.push(line);
    }
  }
  flush();
  const title = clean(preface.find((line) => line.startsWith('**')) ?? preface.find((line) => line.trim()) ?? '');
  const forewordStart = preface.findIndex((line) => line.trim() === 'Предисловие');
  return {
    title: title.replace(/\*\*/g, ''),
    preface: blocksOf(forewordStart < 0 ? [] : preface.slice(forewordStart + 1), 'predislovie', used),
    chapters,
  };
}
