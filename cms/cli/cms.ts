/**
 * `npm run cms`: edit the site on this machine. Starts decap-server (the local backend, bound to
 * 127.0.0.1, writing files into content/), builds the site with the admin pointed at it, serves
 * it on 127.0.0.1, and rebuilds + swaps the server whenever content/ changes. The public port
 * belongs to a proxy (front-door.ts): the new server starts before the old one stops, so a
 * publish never refuses a request. Open http://127.0.0.1:4321/admin/ (PORT and CMS_PORT change
 * the ports; the site servers behind the proxy take free ports of the system's choosing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRepoRoot, repoRoot } from '../../core/repo-paths.ts';
import { freePort, openFrontDoor, waitUntilReady } from './front-door.ts';
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

const frontDoor = await openFrontDoor(HOST, Number(port));
let server: ChildProcess | undefined;
let stopping = false;

/** The last build's outcome, for tools and tests: var/cms/last-build.json. */
function report(ok: boolean, output = ''): void {
  writeFileSync(fromRepoRoot('var/cms/last-build.json'), JSON.stringify({ ok, at: new Date().toISOString(), output }));
}

/**
 * The servers run as `npm run serve`, which needs its secrets. Unless set, one random pair for
 * this run, shared by every server it starts, so a form opened before a swap still posts after it.
 */
const secrets = {
  FORM_SECRET: process.env['FORM_SECRET'] || randomBytes(32).toString('hex'),
  UPTIME_KUMA_WEBHOOK_SECRET: process.env['UPTIME_KUMA_WEBHOOK_SECRET'] || randomBytes(32).toString('hex'),
};

/** Starts a server on the new build next to the running one, then swaps them (front-door.ts). */
async function serve(outDir: string): Promise<void> {
  const backendPort = await freePort(HOST);
  const next = spawn(process.execPath, ['forms-api/src/cli/serve.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...secrets,
      HOST,
      PORT: String(backendPort),
      SITE_DIST: outDir,
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    },
    stdio: 'inherit',
  });
  try {
    await waitUntilReady(`http://${HOST}:${String(backendPort)}/api/health`);
  } catch (error) {
    next.kill('SIGTERM');
    throw error;
  }
  const previous = server;
  const previousBackend = frontDoor.switchTo(backendPort);
  server = next;
  log(`site: http://${HOST}:${port}/  admin: http://${HOST}:${port}/admin/`);
  if (previous && previous.exitCode === null) {
    // The old server answers what it was asked before the swap, then stops.
    if (previousBackend) await frontDoor.drained(previousBackend);
    previous.kill('SIGTERM');
    await once(previous, 'exit');
  }
}

const rebuilder = createRebuilder({
  root: repoRoot,
  outDirs: ['var/cms/build-a', 'var/cms/build-b'],
  env: { ...process.env, CMS_LOCAL_BACKEND: `http://${HOST}:${cmsPort}/api/v1`, SITE_URL: `http://${HOST}:${port}` },
  onBuilt: async (outDir) => {
    // A build that ends after Ctrl-C / SIGTERM must not start a new server.
    if (stopping) return;
    try {
      await serve(outDir);
      report(true);
    } catch (error) {
      // The previous server keeps serving.
      report(false, String(error));
      console.error(`[cms] the new build did not start, the site still shows the previous version: ${String(error)}`);
    }
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
    void frontDoor.close();
  });
}
