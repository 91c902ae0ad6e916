/** `npm start`: build the site if it is missing or stale, then serve everything from one process. */
import { fromRepoRoot } from '../../../core/repo-paths.ts';
import { startServer } from '../server.ts';
import { buildSiteIfStale } from '../site/build-if-stale.ts';
import { settingsOrExit } from './settings.ts';

const env = settingsOrExit(process.env, false);
buildSiteIfStale(fromRepoRoot(env.SITE_DIST), (message) => {
  console.log(`[start] ${message}`);
});
await startServer(env);
