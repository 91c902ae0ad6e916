/** Reads the editors' synonym list (content/search/synonyms.yaml) outside Astro's content layer. */
import { CONTENT } from '../../../content/registry.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';

export const SYNONYMS_FILE = CONTENT.searchSynonyms.file;

export function readSynonyms(root: URL): SearchSynonyms {
  return CONTENT.searchSynonyms.schema.parse(parse(readFileSync(new URL(SYNONYMS_FILE, root), 'utf8')));
}
