/** `npm run serve`: serve an existing build (production, after `npm run build`). */
import { startServer } from '../server.ts';
import { settingsOrExit } from './settings.ts';

await startServer(settingsOrExit(process.env, true));
