import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { CompanySchema } from '../content/schemas/company.ts';
import { FaqSchema } from '../content/schemas/faq.ts';
import { HomeSchema } from '../content/schemas/home.ts';
import { PageSchema } from '../content/schemas/page.ts';
import { SearchSynonymsSchema } from '../content/schemas/search-synonyms.ts';

/** A collection holding one YAML object; the file() loader wants entries keyed by id. */
function singleton(path: string, id: string) {
  return file(path, { parser: (text) => ({ [id]: parse(text) as Record<string, unknown> }) });
}

export const collections = {
  company: defineCollection({ loader: singleton('content/company.yaml', 'company'), schema: CompanySchema }),
  home: defineCollection({ loader: singleton('content/home.yaml', 'home'), schema: HomeSchema }),
  pages: defineCollection({
    loader: glob({ pattern: '**/*.md', base: 'content/pages' }),
    schema: PageSchema,
  }),
  // The glob loader takes each entry's id from its frontmatter `slug`, so URLs stay ASCII.
  faq: defineCollection({ loader: glob({ pattern: '*.md', base: 'content/faq' }), schema: FaqSchema }),
  searchSynonyms: defineCollection({
    loader: singleton('content/search/synonyms.yaml', 'synonyms'),
    schema: SearchSynonymsSchema,
  }),
};
