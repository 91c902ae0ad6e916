/**
 * A content loader for a YAML file that keeps its entries in a list under one key (Decap cannot edit
 * a file whose root is a list). Unlike Astro's file() loader, which only logs a parser error and
 * carries on with no data, it validates the whole file first, rules across entries included, and
 * fails the build with one friendly line per problem.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import type { z } from 'zod';
import { parseWithFriendlyErrors } from '../../../content/schemas/friendly-errors.ts';
import { plural } from '../../../core/i18n/strings.ts';
import { localDate } from '../../../core/dates.ts';
import { companyTimeZone } from '../../../core/content/company.ts';

interface SeriesFileOptions {
  /** Path from the project root, e.g. «content/tariffs/tariffs.yaml». */
  path: string;
  /** The key holding the list, e.g. «periods». */
  key: string;
  /** Schema of the whole file as of `today` (YYYY-MM-DD in the company time zone). */
  fileSchema: (today: string) => z.ZodType;
  /** The entry's id, unique in the file, e.g. its first day. */
  idOf: (entry: Record<string, unknown>) => string;
  /**
   * The entry's publication day «YYYY-MM-DD», when it has one: an entry dated after today is checked
   * but left out of the build until that day (scheduled publication), so it is neither shown nor
   * counted by the disclosure rules before it is public.
   */
  publishedOn?: ((entry: Record<string, unknown>) => string) | undefined;
  /** Today «YYYY-MM-DD»; the company time zone's by default (tests pass a fixed day). */
  today?: () => string;
}

function parseYaml(path: string, text: string): unknown {
  try {
    return parse(text) as unknown;
  } catch (error) {
    throw new Error(`Ошибка в ${path}: файл не читается как YAML. ${error instanceof Error ? error.message : ''}`, {
      cause: error,
    });
  }
}

const companyToday = (): string => localDate(new Date(), companyTimeZone());

export function seriesFileLoader({
  path,
  key,
  fileSchema,
  idOf,
  publishedOn,
  today = companyToday,
}: SeriesFileOptions): Loader {
  return {
    name: 'series-file-loader',
    load: async (context) => {
      const { config, store, watcher, logger } = context;
      const absolute = fileURLToPath(new URL(path, config.root));
      const sync = async (): Promise<void> => {
        const raw = parseYaml(path, await readFile(absolute, 'utf8'));
        const day = today();
        parseWithFriendlyErrors(fileSchema(day), raw, `Ошибка в ${path} (проверено на ${day}):`);
        const entries = (raw as Record<string, Array<Record<string, unknown>>>)[key] ?? [];
        const published = entries.filter((entry) => !publishedOn || publishedOn(entry) <= day);
        if (published.length < entries.length) {
          const later = plural(entries.length - published.length, {
            one: 'запись будет опубликована',
            few: 'записи будут опубликованы',
            many: 'записей будут опубликованы',
          });
          logger.info(`${path}: ${later} позже, в свою дату`);
        }
        store.clear();
        for (const entry of published) {
          const id = idOf(entry);
          store.set({ id, data: await context.parseData({ id, data: entry, filePath: absolute }), filePath: path });
        }
      };
      await sync();
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        if (changed !== absolute) return;
        // In `astro dev` a mistake should be reported, not stop the server.
        sync().catch((error: unknown) => {
          logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}
