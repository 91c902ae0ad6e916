import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { parse } from 'yaml';
import { fromRepoRoot } from '../repo-paths.ts';

/** A content/ YAML file validated by its zod schema; a bad file stops the server with each field named. */
export function loadYaml<Schema extends z.ZodType>(path: string, schema: Schema): z.output<Schema> {
  const result = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${relative(fromRepoRoot('.'), path)} is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}
