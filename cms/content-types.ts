/**
 * Every content type editors change in the CMS, in the order the admin lists them. Each entry
 * points at its zod schema (the one source of truth: labels, hints, required fields and patterns
 * come from the schema's `.meta()` and JSON Schema) and says where its files live.
 * The publish check and the CMS config are both built from this list; see README.md to add one.
 */
import type { z } from 'zod';
import { CalendarYearSchema } from '../content/schemas/calendar.ts';
import { CompanySchema } from '../content/schemas/company.ts';
import { FormRoutingSchema } from '../content/schemas/form-routing.ts';
import { HomeSchema } from '../content/schemas/home.ts';
import { PageSchema } from '../content/schemas/page.ts';

interface ContentTypeBase {
  /** ASCII collection name: the admin's URL part, e.g. «company». */
  name: string;
  /** Russian collection name in the admin's sidebar. */
  label: string;
  /** One Russian sentence shown above the collection's entries. */
  description: string;
  schema: z.ZodObject;
  /** Preview template registered in cms/admin/previews/, if the type has one. */
  preview?: 'page' | 'company';
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
    name: 'routing',
    label: 'Получатели обращений',
    description: 'Кому из специалистов приходит письмо о новом обращении: по форме и теме.',
    file: 'content/forms/routing.yaml',
    schema: FormRoutingSchema,
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
