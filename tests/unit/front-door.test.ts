/**
 * Local publishing swaps the site server behind a proxy (cms/cli/front-door.ts): requests sent
 * without a pause while one server replaces another are all answered, some by each server, and
 * the old server stops only after answering what it was asked.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { test } from 'node:test';
import { freePort, openFrontDoor } from '../../cms/cli/front-door.ts';

const HOST = '127.0.0.1';

/** A site server answering its name after a short think, so requests are in flight at the swap. */
async function siteServer(name: string): Promise<{ server: Server; port: number }> {
  const server = createServer((_request, response) => {
    setTimeout(() => response.end(name), 5);
  });
  const port = await freePort(HOST);
  server.listen(port, HOST);
  await once(server, 'listening');
  return { server, port };
}

test('requests sent continuously through a server swap are all answered', async () => {
  const door = await openFrontDoor(HOST, await freePort(HOST));
  const address = door.server.address();
  assert(address && typeof address === 'object');
  const url = `http://${HOST}:${String(address.port)}/`;
  const old = await siteServer('old');
  door.switchTo(old.port);

  const answers: string[] = [];
  const failures: string[] = [];
  let sending = true;
  const client = async () => {
    while (sending) {
      try {
        const response = await fetch(url);
        if (response.ok) answers.push(await response.text());
        else failures.push(`HTTP ${String(response.status)}`);
      } catch (error) {
        failures.push(String(error));
      }
    }
  };
  const clients = Array.from({ length: 4 }, client);
  const answered = (name: string) =>
    new Promise<void>((resolve) => {
      const check = (): void => {
        if (answers.includes(name)) resolve();
        else setTimeout(check, 5);
      };
      check();
    });

  await answered('old');
  const fresh = await siteServer('new');
  const previous = door.switchTo(fresh.port);
  assert(previous);
  await door.drained(previous);
  old.server.closeAllConnections();
  old.server.close();
  await answered('new');
  const countAfterStop = answers.length;
  await new Promise<void>((resolve) => {
    const check = (): void => {
      if (answers.length > countAfterStop + 20) resolve();
      else setTimeout(check, 5);
    };
    check();
  });
  sending = false;
  await Promise.all(clients);

  assert.deepEqual(failures, []);
  assert.ok(answers.includes('old') && answers.includes('new'));
  assert.equal(answers.at(-1), 'new');
  fresh.server.closeAllConnections();
  fresh.server.close();
  await door.close();
});
