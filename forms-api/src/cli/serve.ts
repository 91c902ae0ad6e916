/** `npm run serve`: serve an existing build (production, after `npm run build`). */
import { loadEnv, missingProductionSecrets } from '../config/env.ts';
import { startServer } from '../server.ts';

const env = loadEnv(process.env);
const missing = missingProductionSecrets(env);
if (missing) {
  console.error(missing);
  process.exit(1);
}
await startServer(env);
