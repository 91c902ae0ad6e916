import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';

/** Repository root: relative paths in settings are resolved from here, not from the working directory. */
export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export function fromRepoRoot(path: string): string {
  return isAbsolute(path) ? path : resolve(repoRoot, path);
}
