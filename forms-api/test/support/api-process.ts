/**
 * A separate API process for fault and scale-out tests: started as a child with its own
 * environment, it listens on a free port of 127.0.0.1 and prints `listening <port>`.
 * Tests can SIGKILL it as a crash would.
 */
import { buildApp } from '../../src/app.ts';
import { loadEnv } from '../../src/config/env.ts';

const app = await buildApp({ env: loadEnv({ ...process.env, HOST: '127.0.0.1', PORT: '0' }), serveSite: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
