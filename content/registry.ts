/**
 * The content registry: every content file or folder, its zod schema (the one source of truth for
 * labels, hints, required fields and patterns, via `.meta()`), how the site reads it and how the
 * CMS lists it. The Astro collections (site/content.config.ts), the Decap collections
 * (cms/content-types.ts, cms/config.ts) and the server's loaders (core/content/load.ts) are all
 * derived from it; to add a content type, add it here (cms/README.md).
 * Keys are the site's collection names where the site has one, otherwise a name for the server.
 */
import type { z } from 'zod';
import { CalendarYearSchema } from './schemas/calendar.ts';
import { CompanySchema } from './schemas/company.ts';
import { DisclosureSchema, DisclosuresFileSchema } from './schemas/disclosure.ts';
import { DocumentSchema, DocumentsFileSchema } from './schemas/document.ts';
import { FaqSchema } from './schemas/faq.ts';
import { FormRoutingSchema } from './schemas/form-routing.ts';
import { HomeSchema } from './schemas/home.ts';
import { MonitoringSchema } from './schemas/monitoring.ts';
import { NewsSchema } from './schemas/news.ts';
import { OfficeSchema, OfficesFileSchema } from './schemas/office.ts';
import { PageSchema } from './schemas/page.ts';
import { PowerOutageSchema, PowerOutagesFileSchema } from './schemas/power-outage.ts';
import { NetworkCompaniesFileSchema, NetworkCompanySchema } from './schemas/network-company.ts';
import { PriceLimitsFileSchema, PriceLimitsMonthSchema } from './schemas/price-limits.ts';
import { RemoteChannelSchema, RemoteChannelsFileSchema } from './schemas/remote-channel.ts';
import { SalesMarkupListSchema, SalesMarkupPeriodSchema, salesMarkupFileSchema } from './schemas/sales-markup.ts';
import { SearchSynonymsSchema } from './schemas/search-synonyms.ts';
import { RefusalGroundsFileSchema } from './schemas/refusal-ground.ts';
import { SlaSchema } from './schemas/sla.ts';
import { TariffBenefitSchema, TariffBenefitsFileSchema } from './schemas/tariff-benefit.ts';
import { TariffPeriodSchema, TariffsListSchema, tariffsFileSchema } from './schemas/tariff.ts';

/** How the site turns the files into collection entries. */
export type SiteCollection =
  /** One YAML object, one entry with this id; the entry is checked by the type's `schema`. */
  | { shape: 'object'; id: string }
  /** Files in the folder matching `pattern` (Markdown, or YAML objects), each checked by the type's `schema`. */
  | { shape: 'markdown'; pattern: string }
  /**
   * A YAML list wrapped under `key` (Decap cannot edit a file whose root is a list): one entry per
   * item, id from `idField`; the whole file is checked first (`schemaAsOf` or `schema`), each item
   * by `item`. With `publishedOnField`, an item dated after today appears on its date.
   */
  | { shape: 'list'; key: string; item: z.ZodType; idField: string; publishedOnField?: string };

export interface ContentTypeBase {
  /** ASCII collection name: the admin's URL part, e.g. «company». */
  name: string;
  /** Russian collection name in the admin's sidebar. */
  label: string;
  /** One Russian sentence shown above the collection's entries. */
  description: string;
  /** The form's fields and every rule of one file. */
  schema: z.ZodObject;
  /**
   * For files whose rules depend on the date (an ended tariff period needs its successor): the
   * whole check as of `today` («YYYY-MM-DD»), run by the save gate and publish:check.
   */
  schemaAsOf?: (today: string) => z.ZodType;
  /** Preview template registered in cms/admin/previews/, if the type has one. */
  preview?: 'page' | 'company' | 'tariffs' | 'offices' | 'faq';
  /** How the site reads the files as an Astro collection (site/content.config.ts), if it does. */
  collection?: SiteCollection;
}

/** One YAML file holding one object, e.g. content/company.yaml. */
export interface SingleFileType extends ContentTypeBase {
  kind: 'file';
  /** Repository path of the file. */
  file: string;
}

/** A folder of files of one type, e.g. content/pages/*.md. */
export interface FolderType extends ContentTypeBase {
  kind: 'folder';
  /** Repository path of the folder. */
  folder: string;
  /** `frontmatter`: Markdown with a YAML header and a body; `yaml`: one object per file. */
  format: 'frontmatter' | 'yaml';
  /** Russian name of one entry, e.g. «страницу» in «Создать страницу». */
  labelSingular: string;
  /**
   * Decap slug template for new files. It must only produce ASCII: a field with an ASCII pattern
   * (`{{fields.slug}}`) or numbers (`{{fields.year}}`), never the title (tests/unit/cms-config.test.ts).
   */
  slug: string;
  /** Subfolder depth to list (pages live in section folders such as o-kompanii/). */
  depth?: number;
  /** How an entry is listed, when not by its title, e.g. «{{fields.year}} год». */
  summary?: string;
  /** The field naming an entry in the list when the type has no `title`, e.g. «question». */
  identifierField?: string;
  /** Markdown files only: label and hint of the body, e.g. the answer of a FAQ entry. */
  body?: { label: string; hint: string };
}

export type ContentType = SingleFileType | FolderType;

/** Every content type, in the order the admin lists them. */
export const CONTENT = {
  pages: {
    kind: 'folder',
    name: 'pages',
    label: 'Страницы',
    labelSingular: 'страницу',
    description: 'Страницы разделов и тем. Адрес страницы на сайте — путь к её файлу.',
    folder: 'content/pages',
    format: 'frontmatter',
    slug: '{{fields.slug}}',
    depth: 3,
    schema: PageSchema,
    preview: 'page',
    body: {
      label: 'Текст страницы',
      hint: 'Подзаголовки — «##», списки — «-». Ссылки на другие страницы сайта — путём, например /oplata/',
    },
    collection: { shape: 'markdown', pattern: '**/*.md' },
  },
  company: {
    kind: 'file',
    name: 'company',
    label: 'Профиль компании',
    description: 'Реквизиты и телефоны в подвале каждой страницы.',
    file: 'content/company.yaml',
    schema: CompanySchema,
    preview: 'company',
    collection: { shape: 'object', id: 'company' },
  },
  home: {
    kind: 'file',
    name: 'home',
    label: 'Главная страница',
    description: 'Список задач на главной: сначала онлайн-задачи.',
    file: 'content/home.yaml',
    schema: HomeSchema,
    collection: { shape: 'object', id: 'home' },
  },
  tariffs: {
    kind: 'file',
    name: 'tariffs',
    label: 'Тарифы для населения',
    description:
      'Цены за кВт·ч с НДС по периодам регулирования. Новый приказ — новый период в конце списка; цены прошлых периодов не меняйте.',
    file: 'content/tariffs/tariffs.yaml',
    schema: TariffsListSchema,
    schemaAsOf: tariffsFileSchema,
    preview: 'tariffs',
    collection: { shape: 'list', key: 'periods', item: TariffPeriodSchema, idField: 'validFrom' },
  },
  salesMarkup: {
    kind: 'file',
    name: 'salesMarkup',
    label: 'Сбытовая надбавка',
    description: 'Надбавка гарантирующего поставщика по периодам и группам потребителей, руб./кВт·ч без НДС.',
    file: 'content/tariffs/sales-markup.yaml',
    schema: SalesMarkupListSchema,
    schemaAsOf: salesMarkupFileSchema,
    collection: { shape: 'list', key: 'periods', item: SalesMarkupPeriodSchema, idField: 'validFrom' },
  },
  priceLimits: {
    kind: 'file',
    name: 'priceLimits',
    label: 'Предельные уровни цен',
    description: 'Файлы с предельными уровнями нерегулируемых цен за каждый месяц — не позднее 15-го числа следующего.',
    file: 'content/tariffs/price-limits.yaml',
    schema: PriceLimitsFileSchema,
    collection: {
      shape: 'list',
      key: 'months',
      item: PriceLimitsMonthSchema,
      idField: 'period',
      publishedOnField: 'publishedAt',
    },
  },
  tariffBenefits: {
    kind: 'file',
    name: 'tariffBenefits',
    label: 'Льготы',
    description: 'Кому положены пониженные тарифы и помощь в оплате и как их получить. Без выдуманных цифр.',
    file: 'content/tariffs/benefits.yaml',
    schema: TariffBenefitsFileSchema,
    collection: { shape: 'list', key: 'benefits', item: TariffBenefitSchema, idField: 'id' },
  },
  offices: {
    kind: 'file',
    name: 'offices',
    label: 'Офисы',
    description:
      'Адреса, услуги и часы работы офисов. Праздники берутся из производственного календаря; добавьте только особые дни.',
    file: 'content/offices.yaml',
    schema: OfficesFileSchema,
    preview: 'offices',
    collection: { shape: 'list', key: 'offices', item: OfficeSchema, idField: 'id' },
  },
  remoteChannels: {
    kind: 'file',
    name: 'channels',
    label: 'Заочное обслуживание',
    description: 'Телефоны, электронная почта, личный кабинет и мессенджеры: для чего и когда работают.',
    file: 'content/remote-channels.yaml',
    schema: RemoteChannelsFileSchema,
    collection: { shape: 'list', key: 'channels', item: RemoteChannelSchema, idField: 'id' },
  },
  faq: {
    kind: 'folder',
    name: 'faq',
    label: 'Вопросы и ответы',
    labelSingular: 'вопрос',
    description: 'Ответы на частые вопросы клиентов. Адрес вопроса задаётся один раз латиницей.',
    folder: 'content/faq',
    format: 'frontmatter',
    slug: '{{fields.slug}}',
    identifierField: 'question',
    schema: FaqSchema,
    preview: 'faq',
    body: {
      label: 'Ответ',
      hint: 'Коротко и по делу: сначала ответ, потом подробности. Списки — «-», ссылки на страницы сайта — путём, например /oplata/',
    },
    collection: { shape: 'markdown', pattern: '*.md' },
  },
  searchSynonyms: {
    kind: 'file',
    name: 'synonyms',
    label: 'Синонимы для поиска',
    description: 'Слова, которыми клиенты называют одно и то же: поиск по сайту находит страницу по любому из них.',
    file: 'content/search/synonyms.yaml',
    schema: SearchSynonymsSchema,
    collection: { shape: 'object', id: 'synonyms' },
  },
  news: {
    kind: 'folder',
    name: 'news',
    label: 'Новости',
    labelSingular: 'новость',
    description: 'Новости компании и сообщения о сбоях в работе сайта.',
    folder: 'content/news',
    format: 'frontmatter',
    slug: '{{year}}-{{month}}-{{day}}-{{fields.slug}}',
    schema: NewsSchema,
    body: {
      label: 'Текст новости',
      hint: 'Главное — в первом абзаце. Подзаголовки — «##», ссылки на страницы сайта — путём, например /oplata/',
    },
    collection: { shape: 'markdown', pattern: '*.md' },
  },
  documents: {
    kind: 'file',
    name: 'documents',
    label: 'Документы',
    description: 'Формы договоров, бланки, стандарты и отчёты: файл и его описание на сайте.',
    file: 'content/documents.yaml',
    schema: DocumentsFileSchema,
    collection: { shape: 'list', key: 'documents', item: DocumentSchema, idField: 'id', publishedOnField: 'date' },
  },
  powerOutages: {
    kind: 'file',
    name: 'outages',
    label: 'Отключения электроэнергии',
    description: 'Плановые и аварийные отключения: где, когда и почему.',
    file: 'content/power-outages.yaml',
    schema: PowerOutagesFileSchema,
    collection: { shape: 'list', key: 'outages', item: PowerOutageSchema, idField: 'id' },
  },
  networkCompanies: {
    kind: 'file',
    name: 'networkCompanies',
    label: 'Сетевые организации',
    description: 'Сетевые организации и их аварийные телефоны: показываются на странице отключений.',
    file: 'content/network-companies.yaml',
    schema: NetworkCompaniesFileSchema,
    collection: { shape: 'list', key: 'companies', item: NetworkCompanySchema, idField: 'id' },
  },
  disclosures: {
    kind: 'file',
    name: 'disclosures',
    label: 'Реестр раскрытия информации',
    description: 'Где на сайте выполнен каждый пункт раскрытия информации. Сборка проверяет каждый пункт.',
    file: 'content/disclosures.yaml',
    schema: DisclosuresFileSchema,
    collection: { shape: 'list', key: 'disclosures', item: DisclosureSchema, idField: 'id' },
  },
  formRouting: {
    kind: 'file',
    name: 'formRouting',
    label: 'Адресаты обращений',
    description: 'Кому приходит уведомление о новом обращении: по виду формы и теме.',
    file: 'content/forms/routing.yaml',
    schema: FormRoutingSchema,
  },
  sla: {
    kind: 'file',
    name: 'sla',
    label: 'Сроки ответов',
    description: 'Сроки регистрации и ответа по каждому виду обращений.',
    file: 'content/sla.yaml',
    schema: SlaSchema,
    // Pages fill deadline placeholders from it (site/lib/terms.ts).
    collection: { shape: 'object', id: 'sla' },
  },
  refusalGrounds: {
    kind: 'file',
    name: 'refusalGrounds',
    label: 'Основания для отказа',
    description: 'Причины, по которым обращение оставляется без ответа по существу, и норма закона для каждой.',
    file: 'content/refusal-grounds.yaml',
    schema: RefusalGroundsFileSchema,
  },
  monitoring: {
    kind: 'file',
    name: 'monitoring',
    label: 'Мониторинг сайта',
    description: 'Что проверяет мониторинг доступности и объявленные заранее технические работы.',
    file: 'content/monitoring.yaml',
    schema: MonitoringSchema,
  },
  calendar: {
    kind: 'folder',
    name: 'calendar',
    label: 'Производственный календарь',
    labelSingular: 'год',
    description: 'Рабочие и нерабочие дни по постановлению Правительства: по ним считаются сроки ответов.',
    folder: 'content/calendar',
    format: 'yaml',
    slug: '{{fields.year}}',
    summary: '{{fields.year}} год',
    schema: CalendarYearSchema,
    // Offices close on its public days off (site/lib/offices/load.ts).
    collection: { shape: 'markdown', pattern: '*.yaml' },
  },
} as const satisfies Record<string, ContentType>;

export type ContentId = keyof typeof CONTENT;

/** A file of entries wrapped under a key, with the schema of the whole file. */
export interface WrappedFile {
  path: string;
  key: string;
  schema: z.ZodType;
}

type ListId = {
  [Id in ContentId]: (typeof CONTENT)[Id] extends { collection: { shape: 'list' } } ? Id : never;
}[ContentId];

/** Every wrapped-list file by its id, e.g. for checks that read them outside Astro. */
export const WRAPPED_FILES = Object.fromEntries(
  Object.entries(CONTENT).flatMap(([id, type]: [string, ContentType]) =>
    type.kind === 'file' && type.collection?.shape === 'list'
      ? [[id, { path: type.file, key: type.collection.key, schema: type.schema }]]
      : [],
  ),
) as unknown as Record<ListId, WrappedFile>;
