import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { CompanySchema } from '../content/schemas/company.ts';
import { SlaSchema } from '../content/schemas/sla.ts';
import { CalendarYearSchema } from '../content/schemas/calendar.ts';
import { FaqSchema } from '../content/schemas/faq.ts';
import { DisclosureSchema } from '../content/schemas/disclosure.ts';
import { DocumentSchema } from '../content/schemas/document.ts';
import { HomeSchema } from '../content/schemas/home.ts';
import { NewsSchema } from '../content/schemas/news.ts';
import { OfficeSchema } from '../content/schemas/office.ts';
import { PageSchema } from '../content/schemas/page.ts';
import { PriceLimitsFileSchema, PriceLimitsMonthSchema } from '../content/schemas/price-limits.ts';
import { SalesMarkupPeriodSchema, salesMarkupFileSchema } from '../content/schemas/sales-markup.ts';
import { TariffPeriodSchema, tariffsFileSchema } from '../content/schemas/tariff.ts';
import { TariffBenefitSchema } from '../content/schemas/tariff-benefit.ts';
import { seriesFileLoader } from './lib/content/series-file-loader.ts';
import { SearchSynonymsSchema } from '../content/schemas/search-synonyms.ts';
import { PowerOutageSchema } from '../content/schemas/power-outage.ts';
import { RemoteChannelSchema } from '../content/schemas/remote-channel.ts';
import { WRAPPED_FILES, type WrappedFile } from '../content/schemas/wrapped-files.ts';

/** A collection holding one YAML object; the file() loader wants entries keyed by id. */
function singleton(path: string, id: string) {
  return file(path, { parser: (text) => ({ [id]: parse(text) as Record<string, unknown> }) });
}

const byValidFrom = (entry: Record<string, unknown>) => String(entry['validFrom']);
/** A wrapped YAML list of entries with an `id`, the whole file checked by its schema. */
function wrappedList({ path, key, schema }: WrappedFile, publishedOn?: (entry: Record<string, unknown>) => string) {
  return seriesFileLoader({ path, key, fileSchema: () => schema, idOf: (entry) => String(entry['id']), publishedOn });
}

export const collections = {
  company: defineCollection({ loader: singleton('content/company.yaml', 'company'), schema: CompanySchema }),
  home: defineCollection({ loader: singleton('content/home.yaml', 'home'), schema: HomeSchema }),
  sla: defineCollection({ loader: singleton('content/sla.yaml', 'sla'), schema: SlaSchema }),
  calendar: defineCollection({
    loader: glob({ pattern: '*.yaml', base: 'content/calendar' }),
    schema: CalendarYearSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '**/*.md', base: 'content/pages' }),
    schema: PageSchema,
  }),
  tariffs: defineCollection({
    loader: seriesFileLoader({
      path: 'content/tariffs/tariffs.yaml',
      key: 'periods',
      fileSchema: tariffsFileSchema,
      idOf: byValidFrom,
    }),
    schema: TariffPeriodSchema,
  }),
  salesMarkup: defineCollection({
    loader: seriesFileLoader({
      path: 'content/tariffs/sales-markup.yaml',
      key: 'periods',
      fileSchema: salesMarkupFileSchema,
      idOf: byValidFrom,
    }),
    schema: SalesMarkupPeriodSchema,
  }),
  tariffBenefits: defineCollection({
    loader: wrappedList(WRAPPED_FILES.tariffBenefits),
    schema: TariffBenefitSchema,
  }),
  priceLimits: defineCollection({
    loader: seriesFileLoader({
      path: 'content/tariffs/price-limits.yaml',
      key: 'months',
      fileSchema: () => PriceLimitsFileSchema,
      idOf: (entry) => String(entry['period']),
      publishedOn: (entry) => String(entry['publishedAt']),
    }),
    schema: PriceLimitsMonthSchema,
  }),
  // The glob loader takes each entry's id from its frontmatter `slug`, so URLs stay ASCII.
  faq: defineCollection({ loader: glob({ pattern: '*.md', base: 'content/faq' }), schema: FaqSchema }),
  searchSynonyms: defineCollection({
    loader: singleton('content/search/synonyms.yaml', 'synonyms'),
    schema: SearchSynonymsSchema,
  }),
  news: defineCollection({ loader: glob({ pattern: '*.md', base: 'content/news' }), schema: NewsSchema }),
  offices: defineCollection({ loader: wrappedList(WRAPPED_FILES.offices), schema: OfficeSchema }),
  remoteChannels: defineCollection({
    loader: wrappedList(WRAPPED_FILES.remoteChannels),
    schema: RemoteChannelSchema,
  }),
  // A document dated after today (a report prepared in advance) appears on its date.
  documents: defineCollection({
    loader: wrappedList(WRAPPED_FILES.documents, (entry) => String(entry['date'])),
    schema: DocumentSchema,
  }),
  powerOutages: defineCollection({
    loader: wrappedList(WRAPPED_FILES.powerOutages),
    schema: PowerOutageSchema,
  }),
  disclosures: defineCollection({
    loader: wrappedList(WRAPPED_FILES.disclosures),
    schema: DisclosureSchema,
  }),
};
