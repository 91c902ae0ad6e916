import { readFileSync } from 'node:fs';
import { fromRepoRoot } from '../../../core/repo-paths.ts';

/** The release version from package.json, reported by /api/health. */
export const appVersion: string = (
  JSON.parse(readFileSync(fromRepoRoot('package.json'), 'utf8')) as { version: string }
).version;
