import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import type { z } from 'zod';
import { friendlyErrors } from '../content/schemas/errors.ts';
import { CompanySchema } from '../content/schemas/company.ts';
import { DisclosureSchema, DisclosuresFileSchema } from '../content/schemas/disclosure.ts';
import { DocumentSchema, DocumentsFileSchema } from '../content/schemas/document.ts';
import { HomeSchema } from '../content/schemas/home.ts';
import { NewsSchema } from '../content/schemas/news.ts';
import { OfficeSchema, OfficesFileSchema } from '../content/schemas/office.ts';
import { PageSchema } from '../content/schemas/page.ts';
import { PowerOutageSchema, PowerOutagesFileSchema } from '../content/schemas/power-outage.ts';
import { RemoteChannelSchema, RemoteChannelsFileSchema } from '../content/schemas/remote-channel.ts';

/** A collection holding one YAML object; the file() loader wants entries keyed by id. */
function singleton(path: string, id: string) {
  return file(path, { parser: (text) => ({ [id]: parse(text) as Record<string, unknown> }) });
}

/**
 * A YAML list wrapped under `key` (Decap cannot edit a file whose root is a list); each item
 * carries its own `id`. The whole file is checked by its `*FileSchema` first, so file-level
 * rules (unique ids, at least one entry) fail the build with the field named.
 */
function wrappedList(path: string, key: string, fileSchema: z.ZodType) {
  return file(path, {
    parser: (text) => {
      const data = parse(text) as Record<string, unknown> | null;
      const list = data?.[key];
      if (!Array.isArray(list)) throw new Error(`${path}: ожидается список под ключом «${key}:»`);
      const checked = fileSchema.safeParse(data);
      if (!checked.success) throw new Error(friendlyErrors(path, checked.error));
      return list as Array<Record<string, unknown>>;
    },
  });
}

export const collections = {
  company: defineCollection({ loader: singleton('content/company.yaml', 'company'), schema: CompanySchema }),
  home: defineCollection({ loader: singleton('content/home.yaml', 'home'), schema: HomeSchema }),
  pages: defineCollection({
    loader: glob({ pattern: '**/*.md', base: 'content/pages' }),
    schema: PageSchema,
  }),
  news: defineCollection({ loader: glob({ pattern: '*.md', base: 'content/news' }), schema: NewsSchema }),
  offices: defineCollection({ loader: wrappedList('content/offices.yaml', 'offices', OfficesFileSchema), schema: OfficeSchema, OfficesFileSchema }),
  remoteChannels: defineCollection({
    loader: wrappedList('content/remote-channels.yaml', 'channels', RemoteChannelsFileSchema),
    schema: RemoteChannelSchema,
  }),
  documents: defineCollection({ loader: wrappedList('content/documents.yaml', 'documents', DocumentsFileSchema), schema: DocumentSchema, DocumentsFileSchema }),
  powerOutages: defineCollection({
    loader: wrappedList('content/power-outages.yaml', 'outages', PowerOutagesFileSchema),
    schema: PowerOutageSchema,
  }),
  disclosures: defineCollection({
    loader: wrappedList('content/disclosures.yaml', 'disclosures', DisclosuresFileSchema),
    schema: DisclosureSchema,
  }),
};
