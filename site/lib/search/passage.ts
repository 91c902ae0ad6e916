/**
 * A result's own text as the search shows and weighs it: the page text without the vocabulary
 * lines the build appends to the index entry (they would show in excerpts as «…счётчик, прибор
 * учёта, ПУ…»), its words with their stems, the excerpt around the query's words, and how close
 * together those words stand (phrase proximity).
 */
import { escapeHtml } from '../../../core/escape-html.ts';
import type { SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';
import { namesRunAt, normalize, phraseGroups, type StemmedWord } from './terms.ts';
import { stem } from './stem.ts';

/**
 * Starts the vocabulary lines in the indexed copy of a page. Pagefind indexes words only, so the
 * mark itself is never searched, but it stays in the text that results carry.
 */
export const VOCABULARY_MARK = '⁂';

export interface Word extends StemmedWord {
  /** As written, with the punctuation around it. */
  text: string;
}

/** The page's own words, up to the vocabulary lines, each with the vocabulary phrase it stands in. */
export function ownWords(content: string, synonyms?: SearchSynonyms): Word[] {
  const end = content.indexOf(VOCABULARY_MARK);
  const own = end < 0 ? content : content.slice(0, end);
  const texts = own.split(/\s+/).filter((text) => text !== '');
  const bases = texts.map((text) => stem(normalize(text).split(' ')[0] ?? ''));
  const groups = synonyms ? phraseGroups(bases, synonyms) : [];
  return texts.map((text, i) => ({ text, stem: bases[i] ?? '', phrase: groups[i] }));
}

/** The longest first sentence read as the page's lead. */
const LEAD_WORDS = 40;

/**
 * The page's first sentence after its title (a page's text starts with its heading): what a FAQ
 * answer says first, often in the words its question leaves out («Размер задолженности видно в
 * личном кабинете…»).
 */
export function leadSentence(words: readonly Word[], title: string): Word[] {
  // Words as ownWords splits them: by spaces.
  const afterTitle = words.slice(title.split(/\s+/).filter((text) => text !== '').length);
  const end = afterTitle.findIndex((word) => /[.!?]$/.test(word.text));
  return afterTitle.slice(0, end < 0 ? LEAD_WORDS : Math.min(end + 1, LEAD_WORDS));
}

/** A query term as the passage matches it: any of its names, each a run of stems. */
export type TermNames = readonly (readonly string[])[];

/** Where each term's names start in the words: positions per term. */
function positions(words: readonly Word[], terms: readonly TermNames[]): number[][] {
  return terms.map((names) => {
    const found: number[] = [];
    for (let i = 0; i < words.length; i += 1) {
      if (names.some((name) => namesRunAt(words, i, names, name))) found.push(i);
    }
    return found;
  });
}

/**
 * Phrase proximity: the shortest run of words holding as many different terms as the text has,
 * scored 1 when they stand side by side and falling with the gaps; 0 when fewer than two terms occur.
 */
export function proximity(words: readonly Word[], terms: readonly TermNames[]): number {
  const hits = positions(words, terms)
    .flatMap((found, term) => found.map((at) => ({ at, term })))
    .sort((a, b) => a.at - b.at);
  const distinct = new Set(hits.map((hit) => hit.term)).size;
  if (distinct < 2) return 0;
  const inWindow = new Map<number, number>();
  let best = Infinity;
  let left = 0;
  for (const hit of hits) {
    inWindow.set(hit.term, (inWindow.get(hit.term) ?? 0) + 1);
    while (inWindow.size === distinct) {
      const first = hits[left];
      if (!first) break;
      best = Math.min(best, hit.at - first.at + 1);
      const count = (inWindow.get(first.term) ?? 1) - 1;
      if (count === 0) inWindow.delete(first.term);
      else inWindow.set(first.term, count);
      left += 1;
    }
  }
  return (distinct - 1) / Math.max(best - 1, distinct - 1);
}

/**
 * The excerpt shown under a result: `length` words of the page's own text where the most
 * different query terms occur, HTML-escaped, the matched words in <mark>.
 */
export function excerpt(words: readonly Word[], terms: readonly TermNames[], length: number): string {
  const found = positions(words, terms);
  const marked = new Set<number>();
  found.forEach((starts, term) => {
    for (const at of starts) {
      const longest = Math.max(...(terms[term] ?? []).map((name) => name.length), 1);
      for (let k = 0; k < longest; k += 1) marked.add(at + k);
    }
  });
  let start = 0;
  let bestScore = -1;
  for (let from = 0; from < Math.max(words.length - length + 1, 1); from += 1) {
    const score = found.filter((starts) => starts.some((at) => at >= from && at < from + length)).length;
    if (score > bestScore) {
      bestScore = score;
      start = from;
    }
  }
  // A little context before the first match, when the window starts right at it.
  const first = Math.min(...[...marked].filter((at) => at >= start), start);
  start = Math.max(0, Math.min(start, first - 3));
  const shown = words.slice(start, start + length).map((word, i) => {
    const text = escapeHtml(word.text);
    return marked.has(start + i) ? `<mark>${text}</mark>` : text;
  });
  return `${start > 0 ? '… ' : ''}${shown.join(' ')}${start + length < words.length ? ' …' : ''}`;
}
