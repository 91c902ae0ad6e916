/**
 * The site's public port during local editing: an HTTP proxy in front of the site server, so a
 * publish swaps servers without a moment of refused connections. The new server starts on a
 * port of its own next to the old one; once it answers, requests go to it, and the old one is
 * stopped when its last request has been answered. Client connections stay with the proxy and
 * never see the swap.
 */
import { createServer, request, Agent, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { createServer as createNetServer } from 'node:net';

export interface Backend {
  port: number;
  /** Requests sent to this backend and not answered yet. */
  inFlight: number;
  agent: Agent;
  idle: Array<() => void>;
}

export interface FrontDoor {
  server: Server;
  /** Sends every new request to the server on `port`; returns the backend it replaced. */
  switchTo(port: number): Backend | undefined;
  /** Resolves when `backend` has answered all its requests (or after `timeoutMs`). */
  drained(backend: Backend, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A port nobody listens on now, for the next site server. */
export async function freePort(host: string): Promise<number> {
  const probe = createNetServer();
  probe.listen(0, host);
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Polls `url` until it answers 200 (the new server is ready), or throws after `timeoutMs` or as
 * soon as `failed` names a reason (e.g. the server process exited).
 */
export async function waitUntilReady(
  url: string,
  timeoutMs = 60_000,
  failed?: () => string | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = failed?.();
    if (reason) throw new Error(reason);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${String(timeoutMs / 1000)} s`);
}

export async function openFrontDoor(host: string, port: number): Promise<FrontDoor> {
  let current: Backend | undefined;

  function settle(backend: Backend): void {
    backend.inFlight -= 1;
    if (backend.inFlight === 0) for (const resolve of backend.idle.splice(0)) resolve();
  }

  function forward(incoming: IncomingMessage, outgoing: ServerResponse): void {
    const backend = current;
    if (!backend) {
      outgoing.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
      outgoing.end('Сайт собирается, обновите страницу через несколько секунд.');
      return;
    }
    backend.inFlight += 1;
    let settled = false;
    const done = () => {
      if (!settled) {
        settled = true;
        settle(backend);
      }
    };
    const upstream = request(
      {
        host,
        port: backend.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
        agent: backend.agent,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.statusMessage, response.headers);
        response.pipe(outgoing);
        response.on('end', done);
        response.on('error', done);
      },
    );
    upstream.on('error', () => {
      done();
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      outgoing.end();
    });
    outgoing.on('close', done);
    incoming.pipe(upstream);
  }

  const server = createServer(forward);
  server.listen(port, host);
  await once(server, 'listening');

  return {
    server,
    switchTo(nextPort) {
      const previous = current;
      current = { port: nextPort, inFlight: 0, agent: new Agent({ keepAlive: true }), idle: [] };
      return previous;
    },
    async drained(backend, timeoutMs = 10_000) {
      if (backend.inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => backend.idle.push(resolve)),
          new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
        ]);
      }
      backend.agent.destroy();
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
      current?.agent.destroy();
    },
  };
}
