/**
 * `npm run cms`: edit the site on this machine. Starts decap-server (the local backend, bound to
 * 127.0.0.1, writing files into content/), builds the site with the admin pointed at it, serves
 * it on 127.0.0.1, and rebuilds + restarts the server whenever content/ changes.
 * Open http://127.0.0.1:4321/admin/ (PORT and CMS_PORT change the ports).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRepoRoot, repoRoot } from '../../core/repo-paths.ts';
import { createRebuilder } from './rebuilder.ts';

const HOST = '127.0.0.1';
const port = process.env['PORT'] ?? '4321';
const cmsPort = process.env['CMS_PORT'] ?? '8081';
const log = (message: string) => {
  console.log(`[cms] ${message}`);
};

mkdirSync(fromRepoRoot('var/cms'), { recursive: true });

const decapServer = spawn(process.execPath, [join(repoRoot, 'node_modules/decap-server/dist/index.js')], {
  cwd: repoRoot,
  // BIND_HOST: without it decap-server listens on every interface and anyone on the network could write files.
  env: { ...process.env, PORT: cmsPort, BIND_HOST: HOST, MODE: 'fs', GIT_REPO_DIRECTORY: repoRoot, LOG_LEVEL: 'warn' },
  stdio: 'inherit',
});

let server: ChildProcess | undefined;
let stopping = false;

/** The last build's outcome, for tools and tests: var/cms/last-build.json. */
function report(ok: boolean, output = ''): void {
  writeFileSync(fromRepoRoot('var/cms/last-build.json'), JSON.stringify({ ok, at: new Date().toISOString(), output }));
}

async function serve(outDir: string): Promise<void> {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  server = spawn(process.execPath, ['forms-api/src/cli/serve.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST, PORT: port, SITE_DIST: outDir, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' },
    stdio: 'inherit',
  });
  log(`site: http://${HOST}:${port}/  admin: http://${HOST}:${port}/admin/`);
}

const rebuilder = createRebuilder({
  root: repoRoot,
  outDirs: ['var/cms/build-a', 'var/cms/build-b'],
  env: { ...process.env, CMS_LOCAL_BACKEND: `http://${HOST}:${cmsPort}/api/v1`, SITE_URL: `http://${HOST}:${port}` },
  onBuilt: async (outDir) => {
    // A build that ends after Ctrl-C / SIGTERM must not start a new server.
    if (stopping) return;
    await serve(outDir);
    report(true);
  },
  onFailed: (output) => {
    report(false, output);
    // The build names the file and field (zod); the site keeps serving the last good build.
    console.error(`[cms] build failed, the site still shows the previous version:\n${output.slice(-3000)}`);
  },
  log,
});

const watcher = rebuilder.watch(fromRepoRoot('content'));
await rebuilder.rebuild();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    watcher.close();
    decapServer.kill('SIGTERM');
    server?.kill('SIGTERM');
  });
}
