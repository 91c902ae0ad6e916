/**
 * «Дата обновления» without editors maintaining it: the last commit date of every file under
 * content/ and site/public/files/, read once per build from git history and compiled into the
 * site as `__ES_CONTENT_DATES__`, so on-demand pages need no git at run time. Files not yet
 * committed fall back to their modification time. CI must clone with full history.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';

const TRACKED = ['content', 'site/public/files'];

function gitDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', ...TRACKED], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates; // Not a git checkout (e.g. an unpacked release): modification times only.
  }
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.trim().split('\n');
    // git log lists newest first: the first date seen for a file is its last change.
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

function* filesUnder(root: string, dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(root, path);
    else yield path;
  }
}

export function contentDatesOf(root: string): Record<string, string> {
  const dates = gitDates(root);
  for (const dir of TRACKED) {
    for (const file of filesUnder(root, dir)) {
      const key = relative(root, join(root, file));
      if (!dates.has(key)) dates.set(key, statSync(join(root, file)).mtime.toISOString());
    }
  }
  return Object.fromEntries(dates);
}

export function contentDates(): AstroIntegration {
  return {
    name: 'es:content-dates',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = new URL('.', config.root).pathname;
        updateConfig({ vite: { define: { __ES_CONTENT_DATES__: JSON.stringify(contentDatesOf(root)) } } });
      },
    },
  };
}
