/**
 * Settings for `npm start` and `npm run serve`: a bad setting prints one clear sentence per problem
 * and exits with 1 — no stack trace for an administrator to read through.
 */
import { missingProductionSecrets, readEnv, type Env } from '../config/env.ts';

export function settingsOrExit(source: Record<string, string | undefined>, production: boolean): Env {
  const read = readEnv(source);
  const problems = 'problems' in read ? read.problems : [];
  const missing = 'env' in read && production ? missingProductionSecrets(read.env) : undefined;
  if (missing) problems.push(missing);
  if ('env' in read && problems.length === 0) return read.env;
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
