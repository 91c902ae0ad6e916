/**
 * Every content type editors change in the CMS, in the order the admin lists them. Each entry
 * points at its zod schema (the one source of truth: labels, hints, required fields and patterns
 * come from the schema's `.meta()` and JSON Schema) and says where its files live.
 * The publish check and the CMS config are both built from this list; see README.md to add one.
 */
import type { z } from 'zod';
import { CalendarYearSchema } from '../content/schemas/calendar.ts';
import { CompanySchema } from '../content/schemas/company.ts';
import { DisclosuresFileSchema } from '../content/schemas/disclosure.ts';
import { DocumentsFileSchema } from '../content/schemas/document.ts';
import { FaqSchema } from '../content/schemas/faq.ts';
import { FormRoutingSchema } from '../content/schemas/form-routing.ts';
import { HomeSchema } from '../content/schemas/home.ts';
import { MonitoringSchema } from '../content/schemas/monitoring.ts';
import { NewsSchema } from '../content/schemas/news.ts';
import { OfficesFileSchema } from '../content/schemas/office.ts';
import { PageSchema } from '../content/schemas/page.ts';
import { PowerOutagesFileSchema } from '../content/schemas/power-outage.ts';
import { PriceLimitsFileSchema } from '../content/schemas/price-limits.ts';
import { RemoteChannelsFileSchema } from '../content/schemas/remote-channel.ts';
import { SalesMarkupListSchema, salesMarkupFileSchema } from '../content/schemas/sales-markup.ts';
import { SearchSynonymsSchema } from '../content/schemas/search-synonyms.ts';
import { RefusalGroundsFileSchema } from '../content/schemas/refusal-ground.ts';
import { SlaSchema } from '../content/schemas/sla.ts';
import { TariffBenefitsFileSchema } from '../content/schemas/tariff-benefit.ts';
import { TariffsListSchema, tariffsFileSchema } from '../content/schemas/tariff.ts';

interface ContentTypeBase {
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

export const contentTypes: ContentType[] = [
  {
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
  },
  {
    kind: 'file',
    name: 'company',
    label: 'Профиль компании',
    description: 'Реквизиты и телефоны в подвале каждой страницы.',
    file: 'content/company.yaml',
    schema: CompanySchema,
    preview: 'company',
  },
  {
    kind: 'file',
    name: 'home',
    label: 'Главная страница',
    description: 'Список задач на главной: сначала онлайн-задачи.',
    file: 'content/home.yaml',
    schema: HomeSchema,
  },
  {
    kind: 'file',
    name: 'tariffs',
    label: 'Тарифы для населения',
    description:
      'Цены за кВт·ч с НДС по периодам регулирования. Новый приказ — новый период в конце списка; цены прошлых периодов не меняйте.',
    file: 'content/tariffs/tariffs.yaml',
    schema: TariffsListSchema,
    schemaAsOf: tariffsFileSchema,
    preview: 'tariffs',
  },
  {
    kind: 'file',
    name: 'salesMarkup',
    label: 'Сбытовая надбавка',
    description: 'Надбавка гарантирующего поставщика по периодам и группам потребителей, руб./кВт·ч без НДС.',
    file: 'content/tariffs/sales-markup.yaml',
    schema: SalesMarkupListSchema,
    schemaAsOf: salesMarkupFileSchema,
  },
  {
    kind: 'file',
    name: 'priceLimits',
    label: 'Предельные уровни цен',
    description: 'Файлы с предельными уровнями нерегулируемых цен за каждый месяц — не позднее 15-го числа следующего.',
    file: 'content/tariffs/price-limits.yaml',
    schema: PriceLimitsFileSchema,
  },
  {
    kind: 'file',
    name: 'tariffBenefits',
    label: 'Льготы',
    description: 'Кому положены пониженные тарифы и помощь в оплате и как их получить. Без выдуманных цифр.',
    file: 'content/tariffs/benefits.yaml',
    schema: TariffBenefitsFileSchema,
  },
  {
    kind: 'file',
    name: 'offices',
    label: 'Офисы',
    description: 'Адреса, услуги и часы работы офисов. Перед праздниками добавьте особые дни.',
    file: 'content/offices.yaml',
    schema: OfficesFileSchema,
    preview: 'offices',
  },
  {
    kind: 'file',
    name: 'channels',
    label: 'Заочное обслуживание',
    description: 'Телефоны, электронная почта, личный кабинет и мессенджеры: для чего и когда работают.',
    file: 'content/remote-channels.yaml',
    schema: RemoteChannelsFileSchema,
  },
  {
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
  },
  {
    kind: 'file',
    name: 'synonyms',
    label: 'Синонимы для поиска',
    description: 'Слова, которыми клиенты называют одно и то же: поиск по сайту находит страницу по любому из них.',
    file: 'content/search/synonyms.yaml',
    schema: SearchSynonymsSchema,
  },
  {
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
  },
  {
    kind: 'file',
    name: 'documents',
    label: 'Документы',
    description: 'Формы договоров, бланки, стандарты и отчёты: файл и его описание на сайте.',
    file: 'content/documents.yaml',
    schema: DocumentsFileSchema,
  },
  {
    kind: 'file',
    name: 'outages',
    label: 'Отключения электроэнергии',
    description: 'Плановые и аварийные отключения: где, когда и почему.',
    file: 'content/power-outages.yaml',
    schema: PowerOutagesFileSchema,
  },
  {
    kind: 'file',
    name: 'disclosures',
    label: 'Реестр раскрытия информации',
    description: 'Где на сайте выполнен каждый пункт раскрытия информации. Сборка проверяет каждый пункт.',
    file: 'content/disclosures.yaml',
    schema: DisclosuresFileSchema,
  },
  {
    kind: 'file',
    name: 'formRouting',
    label: 'Адресаты обращений',
    description: 'Кому приходит уведомление о новом обращении: по виду формы и теме.',
    file: 'content/forms/routing.yaml',
    schema: FormRoutingSchema,
  },
  {
    kind: 'file',
    name: 'sla',
    label: 'Сроки ответов',
    description: 'Сроки регистрации и ответа по каждому виду обращений.',
    file: 'content/sla.yaml',
    schema: SlaSchema,
  },
  {
    kind: 'file',
    name: 'refusalGrounds',
    label: 'Основания для отказа',
    description: 'Причины, по которым обращение оставляется без ответа по существу, и норма закона для каждой.',
    file: 'content/refusal-grounds.yaml',
    schema: RefusalGroundsFileSchema,
  },
  {
    kind: 'file',
    name: 'monitoring',
    label: 'Мониторинг сайта',
    description: 'Что проверяет мониторинг доступности и объявленные заранее технические работы.',
    file: 'content/monitoring.yaml',
    schema: MonitoringSchema,
  },
  {
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
  },
];
