/** Reads the editors' synonym list (content/search/synonyms.yaml) outside Astro's content layer. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SearchSynonymsSchema, type SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';

export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

export function readSynonyms(root: URL): SearchSynonyms {
  return SearchSynonymsSchema.parse(parse(readFileSync(new URL(SYNONYMS_FILE, root), 'utf8')));
}
