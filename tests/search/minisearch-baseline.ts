/**
 * A plain baseline for the relevance figures, like the one issue 19 compared with: MiniSearch over
 * the texts the built index shows (Pagefind's fragments: each page's title and text, without the
 * vocabulary or the editors' phrasings), Snowball stems, the site's stop words, and the editors'
 * vocabulary added to the query. Its options (whole words, a title weighing 5 times the text, any
 * word matching) scored best on the tuning part of twelve variants tried.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { SearchSynonyms } from '../../content/schemas/search-synonyms.ts';
import { stem } from '../../site/lib/search/stem.ts';
import { isStopWord, nameStems, tokenize } from '../../site/lib/search/terms.ts';
import type { Ranker } from './metrics.ts';

interface Page {
  id: number;
  url: string;
  title: string;
  content: string;
}

/** Pagefind writes each fragment as a signature followed by the page's JSON. */
function readFragments(fragmentDir: string): Page[] {
  return readdirSync(fragmentDir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name, id) => {
      const text = readFileSync(join(fragmentDir, name), 'utf8').replace(/^pagefind_dcd/, '');
      const data = JSON.parse(text) as { url: string; content: string; meta: { title?: string } };
      return { id, url: data.url, title: data.meta.title ?? '', content: data.content };
    });
}

export function miniSearchRanker(fragmentDir: string, synonyms: SearchSynonyms): Ranker {
  const index = new MiniSearch<Page>({
    fields: ['title', 'content'],
    storeFields: ['url'],
    tokenize,
    processTerm: stem,
  });
  index.addAll(readFragments(fragmentDir));
  const groups = synonyms.groups.map((group) =>
    group.map((name) => ({ stems: nameStems(name), words: tokenize(name) })),
  );
  return (query) => {
    const words = tokenize(query).filter((word) => !isStopWord(word));
    const stems = new Set(words.map(stem));
    // Every name of a group one of whose names the query holds whole.
    const names = groups
      .filter((group) => group.some((name) => name.stems.every((part) => stems.has(part))))
      .flatMap((group) => group.flatMap((name) => name.words));
    const searched = [...(words.length > 0 ? words : tokenize(query)), ...names].join(' ');
    const results = index.search(searched, { boost: { title: 5 }, combineWith: 'OR' });
    return Promise.resolve(results.slice(0, 10).map((result) => String(result['url'])));
  };
}
