/** `npm start`: build the site if it is missing or stale, then serve everything from one process. */
import { loadEnv } from '../config/env.ts';
import { fromRepoRoot } from '../../../core/repo-paths.ts';
import { startServer } from '../server.ts';
import { buildSiteIfStale } from '../site/build-if-stale.ts';

const env = loadEnv(process.env);
buildSiteIfStale(fromRepoRoot(env.SITE_DIST), (message) => {
  console.log(`[start] ${message}`);
});
await startServer(env);
