/** Schema errors as editors read them: a preamble naming the file, then one line per field (Starlight error-map style). */
import type { z } from 'zod';

export function friendlyErrors(source: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  ${issue.path.join('.') || '(файл)'}: ${issue.message}`);
  return `Ошибка в ${source}:\n${lines.join('\n')}`;
}
