/**
 * Content files holding a list wrapped under a key (Decap cannot edit a YAML file whose root is a
 * list). Each is checked as a whole by its `*FileSchema` before the build, because Astro's file()
 * loader only logs a parser error and carries on with an empty collection.
 */
import { parse } from 'yaml';
import type { z } from 'zod';
import { DisclosuresFileSchema } from './disclosure.ts';
import { DocumentsFileSchema } from './document.ts';
import { friendlyErrors } from './errors.ts';
import { OfficesFileSchema } from './office.ts';
import { PowerOutagesFileSchema } from './power-outage.ts';
import { RemoteChannelsFileSchema } from './remote-channel.ts';

export interface WrappedFile {
  path: string;
  key: string;
  schema: z.ZodType;
}

export const WRAPPED_FILES = {
  offices: { path: 'content/offices.yaml', key: 'offices', schema: OfficesFileSchema },
  remoteChannels: { path: 'content/remote-channels.yaml', key: 'channels', schema: RemoteChannelsFileSchema },
  documents: { path: 'content/documents.yaml', key: 'documents', schema: DocumentsFileSchema },
  powerOutages: { path: 'content/power-outages.yaml', key: 'outages', schema: PowerOutagesFileSchema },
  disclosures: { path: 'content/disclosures.yaml', key: 'disclosures', schema: DisclosuresFileSchema },
} as const satisfies Record<string, WrappedFile>;

/** The list inside a wrapped file; the caller has checked the file with wrappedFileProblem(). */
export function unwrapList(text: string, file: WrappedFile): Array<Record<string, unknown>> {
  const list = (parse(text) as Record<string, unknown> | null)?.[file.key];
  return Array.isArray(list) ? (list as Array<Record<string, unknown>>) : [];
}

/** A friendly multi-line error for the whole file, or null when it is valid. */
export function wrappedFileProblem(text: string, file: WrappedFile): string | null {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return `Ошибка в ${file.path}: файл не читается как YAML (${String(error)})`;
  }
  if (!Array.isArray((data as Record<string, unknown> | null)?.[file.key])) {
    return `Ошибка в ${file.path}: ожидается список под ключом «${file.key}:»`;
  }
  const result = file.schema.safeParse(data);
  return result.success ? null : friendlyErrors(file.path, result.error);
}
