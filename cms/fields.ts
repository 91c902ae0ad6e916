/**
 * Turns a zod schema into Decap fields by walking its JSON Schema (`z.toJSONSchema`): labels and
 * hints from `.meta({ title, description })`, `required`, patterns, lengths, number ranges, item
 * counts, enums, nested objects and lists. Rules JSON Schema cannot carry (checksums, phones) are
 * named by `format` and checked in the editor's browser by the same zod code (admin/formats.ts);
 * whole-entry rules run at save time (admin/save-gate.ts).
 */
import { z } from 'zod';
import type { ContentReference } from '../content/schemas/common.ts';
import { LIST_ITEMS, type ItemForms } from './list-items.ts';

/** The part of JSON Schema zod emits for our content types. */
export interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  /** Our own `.meta()` key: Russian names of enum values, e.g. { planned: 'Плановое' }. */
  optionLabels?: Record<string, string>;
  /** Our own `.meta()` key: the field names an item of another file's list. */
  references?: ContentReference;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** A select option: the value written to the file and its Russian name. */
export interface CmsOption {
  label: string;
  value: string;
}

/** A Decap field as written to config.yml. */
export interface CmsField {
  name: string;
  label: string;
  hint: string;
  widget: string;
  required?: boolean;
  pattern?: [string, string];
  /** Our own key for the `es-checked` and `es-number` widgets: which zod format check to run. */
  format?: string;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  /** Our own key for `es-number`: the number must be greater than this (zod's `positive()`). */
  exclusive_min?: number;
  options?: CmsOption[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  /** A list's item name for Decap's «Добавить …» (accusative). */
  label_singular?: string;
  /** Our own key for the list widget (admin/list-widget.ts): «1 период», «2 периода», «7 периодов». */
  item_forms?: ItemForms;
  media_library?: { config: { max_file_size: number } };
  media_folder?: string;
  public_folder?: string;
  /** Decap's relation widget: the file and list field whose items are offered. */
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
}

/** Formats the admin checks with the zod schema itself (see admin/formats.ts). */
export const CHECKED_FORMATS = ['inn', 'ogrn', 'phone', 'time-zone', 'email', 'uri', 'kwh-price'] as const;

/**
 * A string field holding the path of an uploaded file (`.meta({ format: 'upload' })`): Decap's
 * file widget, refusing files over the limit at upload (publish:check refuses them too).
 */
export const UPLOAD_FORMAT = 'upload';
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * A document published under /files/ (`PublicFilePathSchema`): a file upload into
 * site/public/files/. Its path pattern (Latin file names) is checked by zod at save: Decap's
 * file widget applies a `pattern` even to an empty optional field.
 */
export const PUBLIC_FILE_FORMAT = 'public-file';
export const PUBLIC_FILES = { media_folder: '/site/public/files', public_folder: '/files' };

/**
 * Values Decap has no form for — a choice between shapes (a timetable or «24/7», a disclosure
 * target) or a free map — are edited as YAML text in the `es-yaml` widget and checked by zod on save.
 * So is a list of them, as a whole: Decap's list of one field reads an object item as
 * { [field name]: value }, so each item would show empty and count as a missing required value.
 */
export function needsYamlWidget(node: JsonSchema): boolean {
  if (node.type === 'array' && node.items) return needsYamlWidget(node.items);
  return node.anyOf !== undefined || node.oneOf !== undefined || typeof node.additionalProperties === 'object';
}

function optionsOf(node: JsonSchema): CmsOption[] {
  return (node.enum ?? []).map(String).map((value) => ({ label: node.optionLabels?.[value] ?? value, value }));
}

/** The JSON Schema of a content type as an editor fills it in: defaults make a field optional. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** «не короче 21 знака», «до 200 знаков»: both phrases take the genitive. */
const chars = (n: number) => `${n} ${n % 10 === 1 && n % 100 !== 11 ? 'знака' : 'знаков'}`;

/**
 * A pattern that needs JavaScript's `u` flag (`\p{L}`: any letter). Decap compiles a field's
 * pattern without flags, where `\p{L}` means the letters «p{L}», so it would refuse every Russian
 * word; such a rule is left to zod, which the save gate runs and shows at the field.
 */
export const needsUnicodeFlag = (pattern: string): boolean => /\\[pP]\{/.test(pattern);

/** A pattern that enforces what the schema says about a string, with a Russian message. */
function stringPattern(node: JsonSchema): [string, string] | undefined {
  if (node.pattern !== undefined && needsUnicodeFlag(node.pattern)) return undefined;
  if (node.pattern !== undefined) return [node.pattern, `Неверный формат. ${node.description ?? ''}`.trim()];
  const { minLength: min, maxLength: max } = node;
  if (min === undefined && max === undefined) return undefined;
  const message =
    min !== undefined && max !== undefined
      ? `От ${min} до ${chars(max)}`
      : min !== undefined
        ? `Не короче ${chars(min)}`
        : `Не длиннее ${chars(max ?? 0)}`;
  return [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message];
}

function leafWidget(node: JsonSchema): Partial<CmsField> {
  if (node.type === 'boolean') return { widget: 'boolean' };
  if (node.type === 'integer' || node.type === 'number') {
    // `es-number` checks the range itself (Decap knows no «greater than»), and a zod format.
    return {
      widget: 'es-number',
      value_type: node.type === 'integer' ? 'int' : 'float',
      ...(node.minimum !== undefined && { min: node.minimum }),
      ...(node.exclusiveMinimum !== undefined && { exclusive_min: node.exclusiveMinimum }),
      ...(node.maximum !== undefined && { max: node.maximum }),
      ...(node.format && (CHECKED_FORMATS as readonly string[]).includes(node.format) && { format: node.format }),
    };
  }
  if (node.enum) return { widget: 'select', options: optionsOf(node) };
  if (node.references) {
    const { collection, list, key, label } = node.references;
    const shown = [`${list}.*.${label}`];
    // A file collection's file is named like its collection (config.ts).
    return {
      widget: 'relation',
      collection,
      file: collection,
      value_field: `${list}.*.${key}`,
      search_fields: shown,
      display_fields: shown,
    };
  }
  const maxSize = { media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } } };
  if (node.format === UPLOAD_FORMAT) return { widget: 'file', ...maxSize };
  if (node.format === PUBLIC_FILE_FORMAT) return { widget: 'file', ...maxSize, ...PUBLIC_FILES };
  if (node.format && (CHECKED_FORMATS as readonly string[]).includes(node.format)) {
    return { widget: 'es-checked', format: node.format };
  }
  const pattern = stringPattern(node);
  const long = (node.maxLength ?? 0) > 120 || (node.minLength ?? 0) >= 20;
  return { widget: long ? 'text' : 'string', ...(pattern && { pattern }) };
}

function itemCount(node: JsonSchema): Partial<CmsField> {
  return {
    ...(node.minItems !== undefined && { min: node.minItems }),
    ...(node.maxItems !== undefined && { max: node.maxItems }),
  };
}

export function fieldFor(name: string, node: JsonSchema, required: boolean): CmsField {
  if (!node.title || !node.description) {
    throw new Error(`Field «${name}» needs .meta({ title, description }) in its zod schema (Russian label and hint)`);
  }
  const base = { name, label: node.title, hint: node.description, required };
  if (needsYamlWidget(node)) return { ...base, widget: 'es-yaml' };
  if (node.type === 'object') return { ...base, widget: 'object', fields: fieldsFor(node, !required) };
  if (node.type === 'array') {
    const items = node.items ?? {};
    const forms = LIST_ITEMS[node.title];
    const itemNames = forms ? { label_singular: forms.add ?? forms.one, item_forms: forms } : {};
    if (items.enum) return { ...base, widget: 'select', multiple: true, options: optionsOf(items), ...itemCount(node) };
    if (items.type === 'object') {
      const fields = fieldsFor(items);
      // A collapsed item is listed by its name when it has one, else by its first field.
      const named = fields.find((field) => ['name', 'title', 'question'].includes(field.name)) ?? fields[0];
      return {
        ...base,
        ...itemNames,
        widget: 'list',
        collapsed: true,
        summary: `{{fields.${named?.name ?? 'name'}}}`,
        fields,
        ...itemCount(node),
      };
    }
    return { ...base, ...itemNames, widget: 'list', field: fieldFor('item', items, true), ...itemCount(node) };
  }
  return { ...base, ...leafWidget(node) } as CmsField;
}

/**
 * @param inOptional the fields belong to an optional object (a day off has no hours). Decap
 *   demands a required field even when its whole object is left empty, so there none is
 *   required in the form; zod still requires them at save once the object is filled in.
 */
export function fieldsFor(node: JsonSchema, inOptional = false): CmsField[] {
  const required = new Set(inOptional ? [] : (node.required ?? []));
  return Object.entries(node.properties ?? {}).map(([name, child]) => fieldFor(name, child, required.has(name)));
}
