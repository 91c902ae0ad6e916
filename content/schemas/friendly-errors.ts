/**
 * The one zod error formatter for build and start-up errors (content files, settings, environment):
 * a preamble naming the file, then one line per issue prefixed with the field path, so an editor or
 * an administrator can act on it (Starlight's `parseWithFriendlyErrors` idea).
 */
import type { z } from 'zod';

export function formatIssues(preamble: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.map(
    (issue) => `- ${issue.path.length > 0 ? issue.path.join('.') : '(весь файл)'}: ${issue.message}`,
  );
  return [preamble, ...lines].join('\n');
}

/** Parses `data`, or throws an Error whose message is the preamble plus one line per issue. */
export function parseWithFriendlyErrors<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  preamble: string,
): z.output<Schema> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(formatIssues(preamble, result.error.issues));
  return result.data;
}
