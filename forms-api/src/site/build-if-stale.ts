/**
 * `npm start` builds the site only when the build is missing or older than any of its inputs,
 * so a fresh clone starts with one command and a restart is instant.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromRepoRoot } from '../../../core/repo-paths.ts';

const INPUTS = ['site', 'content', 'core', 'cms', 'astro.config.mjs', 'package-lock.json'];

/** Astro's command line, run with `process.execPath` so that it gets the same Node as its caller. */
export const ASTRO_CLI = 'node_modules/astro/bin/astro.mjs';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The build's server entry is written by every successful `astro build`. */
export function isBuildStale(distDir: string): boolean {
  const marker = join(distDir, 'server', 'entry.mjs');
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  return INPUTS.map(fromRepoRoot).some((input) => existsSync(input) && newestMtime(input) > builtAt);
}

export function buildSiteIfStale(distDir: string, log: (message: string) => void): void {
  if (!isBuildStale(distDir)) {
    log('site build is up to date');
    return;
  }
  log('building the site (astro build)…');
  // The Node running this process, not whichever `node` comes first on PATH (it may be too old for Astro).
  const result = spawnSync(process.execPath, [fromRepoRoot(ASTRO_CLI), 'build'], {
    cwd: fromRepoRoot('.'),
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`astro build failed with exit code ${String(result.status)}`);
}
