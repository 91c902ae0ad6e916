/**
 * Local publishing loop: when files under content/ change (the CMS saved an entry), build the
 * site into the other of two folders and hand it to `onBuilt`, so the running build is never
 * half-written. Changes that arrive during a build trigger one more build after it.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';

export interface RebuilderOptions {
  root: string;
  /** Folders the builds alternate between, relative to root. */
  outDirs: [string, string];
  env: NodeJS.ProcessEnv;
  onBuilt: (outDir: string) => Promise<void>;
  onFailed: (output: string) => void;
  log: (message: string) => void;
}

export function runBuild(
  root: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      resolve({ ok: code === 0, output });
    });
  });
}

export function createRebuilder(options: RebuilderOptions) {
  let next: 0 | 1 = 0;
  let running = false;
  let pending = false;
  let timer: NodeJS.Timeout | undefined;

  async function rebuild(): Promise<void> {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    const outDir = options.outDirs[next];
    options.log(`building into ${outDir}…`);
    const started = Date.now();
    const result = await runBuild(options.root, outDir, options.env);
    if (result.ok) {
      next = next === 0 ? 1 : 0;
      options.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      await options.onBuilt(outDir);
    } else options.onFailed(result.output);
    running = false;
    if (pending) {
      pending = false;
      await rebuild();
    }
  }

  return {
    rebuild,
    /** Watches a folder; a burst of writes (one save touches a file several times) builds once. */
    watch(dir: string) {
      return watch(dir, { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void rebuild(), 300);
      });
    },
  };
}
