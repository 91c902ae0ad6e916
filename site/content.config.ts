import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { CompanySchema } from '../content/schemas/company.ts';
import { DisclosureSchema } from '../content/schemas/disclosure.ts';
import { DocumentSchema } from '../content/schemas/document.ts';
import { HomeSchema } from '../content/schemas/home.ts';
import { NewsSchema } from '../content/schemas/news.ts';
import { OfficeSchema } from '../content/schemas/office.ts';
import { PageSchema } from '../content/schemas/page.ts';
import { PowerOutageSchema } from '../content/schemas/power-outage.ts';
import { RemoteChannelSchema } from '../content/schemas/remote-channel.ts';
import { WRAPPED_FILES, type WrappedFile } from '../content/schemas/wrapped-files.ts';
import { seriesFileLoader } from './lib/content/series-file-loader.ts';

/** A collection holding one YAML object; the file() loader wants entries keyed by id. */
function singleton(path: string, id: string) {
  return file(path, { parser: (text) => ({ [id]: parse(text) as Record<string, unknown> }) });
}

/** A wrapped YAML list of entries with an `id`, the whole file checked by its schema. */
function wrappedList({ path, key, schema }: WrappedFile) {
  return seriesFileLoader({ path, key, fileSchema: () => schema, idOf: (entry) => String(entry['id']) });
}

export const collections = {
  company: defineCollection({ loader: singleton('content/company.yaml', 'company'), schema: CompanySchema }),
  home: defineCollection({ loader: singleton('content/home.yaml', 'home'), schema: HomeSchema }),
  pages: defineCollection({
    loader: glob({ pattern: '**/*.md', base: 'content/pages' }),
    schema: PageSchema,
  }),
  news: defineCollection({ loader: glob({ pattern: '*.md', base: 'content/news' }), schema: NewsSchema }),
  offices: defineCollection({ loader: wrappedList(WRAPPED_FILES.offices), schema: OfficeSchema }),
  remoteChannels: defineCollection({
    loader: wrappedList(WRAPPED_FILES.remoteChannels),
    schema: RemoteChannelSchema,
  }),
  documents: defineCollection({ loader: wrappedList(WRAPPED_FILES.documents), schema: DocumentSchema }),
  powerOutages: defineCollection({
    loader: wrappedList(WRAPPED_FILES.powerOutages),
    schema: PowerOutageSchema,
  }),
  disclosures: defineCollection({
    loader: wrappedList(WRAPPED_FILES.disclosures),
    schema: DisclosureSchema,
  }),
};
