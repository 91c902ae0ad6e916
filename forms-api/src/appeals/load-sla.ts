import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SlaSchema, type Sla } from '../../../content/schemas/sla.ts';
import { fromRepoRoot } from '../config/paths.ts';

/** The SLA configuration from content/sla.yaml, validated; a bad file stops the server with the field named. */
export function loadSla(path = fromRepoRoot('content/sla.yaml')): Sla {
  const result = SlaSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`content/sla.yaml is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}
