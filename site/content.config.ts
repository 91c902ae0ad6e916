/** The site's collections, derived from the content registry (content/registry.ts). */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { CONTENT, type ContentType, type SiteCollection } from '../content/registry.ts';
import { seriesFileLoader } from './lib/content/series-file-loader.ts';

/** The loader a registry entry's `collection` asks for. */
function loaderOf(type: ContentType & { collection: SiteCollection }): Loader {
  const { collection } = type;
  switch (collection.shape) {
    case 'object':
      // The file() loader wants entries keyed by id; the file holds one object.
      return file(type.kind === 'file' ? type.file : type.folder, {
        parser: (text) => ({ [collection.id]: parse(text) as Record<string, unknown> }),
      });
    case 'markdown':
      // The glob loader takes each entry's id from its frontmatter `slug`, so URLs stay ASCII.
      return glob({ pattern: collection.pattern, base: type.kind === 'file' ? type.file : type.folder });
    case 'list': {
      const { key, idField, publishedOnField } = collection;
      const whole = type.schema;
      return seriesFileLoader({
        path: type.kind === 'file' ? type.file : type.folder,
        key,
        fileSchema: type.schemaAsOf ?? (() => whole),
        idOf: (entry) => String(entry[idField]),
        publishedOn: publishedOnField === undefined ? undefined : (entry) => String(entry[publishedOnField]),
      });
    }
  }
}

export const collections = {
  company: defineCollection({ loader: loaderOf(CONTENT.company), schema: CONTENT.company.schema }),
  home: defineCollection({ loader: loaderOf(CONTENT.home), schema: CONTENT.home.schema }),
  pages: defineCollection({ loader: loaderOf(CONTENT.pages), schema: CONTENT.pages.schema }),
  tariffs: defineCollection({ loader: loaderOf(CONTENT.tariffs), schema: CONTENT.tariffs.collection.item }),
  salesMarkup: defineCollection({ loader: loaderOf(CONTENT.salesMarkup), schema: CONTENT.salesMarkup.collection.item }),
  tariffBenefits: defineCollection({
    loader: loaderOf(CONTENT.tariffBenefits),
    schema: CONTENT.tariffBenefits.collection.item,
  }),
  priceLimits: defineCollection({ loader: loaderOf(CONTENT.priceLimits), schema: CONTENT.priceLimits.collection.item }),
  faq: defineCollection({ loader: loaderOf(CONTENT.faq), schema: CONTENT.faq.schema }),
  searchSynonyms: defineCollection({ loader: loaderOf(CONTENT.searchSynonyms), schema: CONTENT.searchSynonyms.schema }),
  news: defineCollection({ loader: loaderOf(CONTENT.news), schema: CONTENT.news.schema }),
  offices: defineCollection({ loader: loaderOf(CONTENT.offices), schema: CONTENT.offices.collection.item }),
  remoteChannels: defineCollection({
    loader: loaderOf(CONTENT.remoteChannels),
    schema: CONTENT.remoteChannels.collection.item,
  }),
  documents: defineCollection({ loader: loaderOf(CONTENT.documents), schema: CONTENT.documents.collection.item }),
  powerOutages: defineCollection({
    loader: loaderOf(CONTENT.powerOutages),
    schema: CONTENT.powerOutages.collection.item,
  }),
  networkCompanies: defineCollection({
    loader: loaderOf(CONTENT.networkCompanies),
    schema: CONTENT.networkCompanies.collection.item,
  }),
  disclosures: defineCollection({ loader: loaderOf(CONTENT.disclosures), schema: CONTENT.disclosures.collection.item }),
  sla: defineCollection({ loader: loaderOf(CONTENT.sla), schema: CONTENT.sla.schema }),
  calendar: defineCollection({ loader: loaderOf(CONTENT.calendar), schema: CONTENT.calendar.schema }),
};
