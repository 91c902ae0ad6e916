/** Starts forms-api/test/support/api-process.ts as a child and waits until it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export interface ApiProcess {
  child: ChildProcess;
  origin: string;
  /** Kills without any chance to clean up, like a power cut. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./api-process.ts', import.meta.url));

export async function spawnApi(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', ENTRY], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A child a failed test never stopped must not keep its test file running for ever (it did, as
  // CI has no test timeout): it holds no reference on this process and dies with it.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  child.once('exit', () => process.off('exit', killChild));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => {
      reject(new Error(`API process exited with ${String(code)}`));
    });
  });
  child.unref();
  // The pipe is a socket, which Node's types do not say.
  (child.stdout as Readable & { unref(): void }).unref();
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  return {
    child,
    origin: `http://127.0.0.1:${port}`,
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
