/** `npm run serve`: serve an existing build (production, after `npm run build`). */
import { loadEnv } from '../config/env.ts';
import { startServer } from '../server.ts';

await startServer(loadEnv(process.env));
