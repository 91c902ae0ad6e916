import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { parse } from 'yaml';
import { parseWithFriendlyErrors } from '../../content/schemas/friendly-errors.ts';
import { fromRepoRoot } from '../repo-paths.ts';

/** A content/ YAML file validated by its zod schema; a bad file stops the server with each field named. */
export function loadYaml<Schema extends z.ZodType>(path: string, schema: Schema): z.output<Schema> {
  return parseWithFriendlyErrors(
    schema,
    parse(readFileSync(path, 'utf8')),
    `${relative(fromRepoRoot('.'), path)} is invalid:`,
  );
}
