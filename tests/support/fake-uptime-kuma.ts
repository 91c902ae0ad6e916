/**
 * A stand-in for Uptime Kuma 2.5.3's socket.io API on 127.0.0.1 (a port of its own): the events
 * our commands use, with the same names, arguments, acknowledgements and pushed lists
 * (`monitorList` keyed by id, `notificationList` with `config` as JSON text), and the same
 * refusals (not logged in, setup twice, status codes not strings).
 *
 * Like Kuma, each new socket first sends `info` (after a database read, here a delay) and only
 * then registers its handlers, so an event emitted on `connect` is dropped without an answer.
 * With `setupDatabase` it starts on Kuma 2.x's «Setup Database» page instead: every request,
 * the websocket upgrade included, gets HTTP 200, until `POST /setup-database` chooses a database.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Server, type Socket } from 'socket.io';
import type { ChartBucket } from '../../monitoring/src/coverage.ts';

type Record_ = Record<string, unknown>;

type Ack = (answer: unknown) => void;

export interface FakeKumaState {
  users: { username: string; password: string }[];
  monitors: Map<number, Record_ & { id: number; name: string }>;
  notifications: Map<number, { id: number; name: string; config: string; active: boolean; isDefault: boolean }>;
  heartbeats: (Record_ & { monitorID: number; time: string })[];
  /** `getMonitorChartData` buckets per monitor: per minute (last 24 h) and per hour (30 days). */
  charts: Map<number, { minutes: ChartBucket[]; hours: ChartBucket[] }>;
  /** Every event received, in order, for assertions about the conversation. */
  received: string[];
  /** Events that arrived before the socket's handlers existed, so were never answered. */
  dropped: string[];
  /** The database chosen on the «Setup Database» page, once chosen. */
  databaseType: string | null;
}

export interface FakeKumaOptions {
  /** How long a new socket waits before `info` (Kuma reads its settings first). Default 50 ms. */
  infoDelayMs?: number;
  /** Start on the «Setup Database» page (Kuma 2.x without `UPTIME_KUMA_DB_TYPE`). */
  setupDatabase?: boolean;
  /** Leave the first N calls of these events unanswered, as if lost. */
  ignoreFirst?: Record<string, number>;
}

export interface FakeKuma {
  url: string;
  state: FakeKumaState;
  close: () => Promise<void>;
}

/** The part of Kuma's «Setup Database» express app that clients touch. */
function setupDatabasePage(state: FakeKumaState, onChosen: () => void) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json', Connection: 'close' }).end(JSON.stringify(body));
    };
    if (request.method === 'GET' && request.url === '/api/entry-page') {
      json(
        200,
        state.databaseType === null ? { type: 'setup-database' } : { type: 'entryPage', entryPage: 'dashboard' },
      );
    } else if (request.method === 'POST' && request.url === '/setup-database' && state.databaseType === null) {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        const type = (JSON.parse(text) as { dbConfig?: { type?: string } }).dbConfig?.type;
        if (type !== 'sqlite' && type !== 'mariadb') {
          json(400, 'Unsupported Database Type');
          return;
        }
        state.databaseType = type;
        json(200, { ok: true });
        onChosen();
      });
    } else {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><title>Uptime Kuma</title>');
    }
  };
}

export async function startFakeKuma(
  initial: Partial<FakeKumaState> = {},
  options: FakeKumaOptions = {},
): Promise<FakeKuma> {
  const state: FakeKumaState = {
    users: [],
    monitors: new Map(),
    notifications: new Map(),
    heartbeats: [],
    charts: new Map(),
    received: [],
    dropped: [],
    databaseType: options.setupDatabase === true ? null : 'sqlite',
    ...initial,
  };
  const ignored = { ...options.ignoreFirst };
  let nextId = 1;
  const http = createServer(
    setupDatabasePage(state, () => {
      startSocketApi();
    }),
  );
  let io: Server | undefined;
  // Express on the setup page answers the websocket upgrade like any request: with the page.
  const upgradeToPage = (_request: IncomingMessage, socket: Duplex) => {
    socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<!DOCTYPE html>');
  };

  const monitorList = () => Object.fromEntries([...state.monitors].map(([id, monitor]) => [String(id), monitor]));
  const notificationList = () => [...state.notifications.values()];

  const onConnection = async (socket: Socket) => {
    const early = (event: string) => {
      state.dropped.push(event);
    };
    socket.onAny(early);
    await delay(options.infoDelayMs ?? 50, undefined, { ref: false });
    socket.emit('info', { primaryBaseURL: null, serverTimezone: 'Asia/Tomsk', serverTimezoneOffset: '+07:00' });
    socket.offAny(early);
    // Kuma registers its handlers only now: anything sent before `info` went unanswered.
    const on = (event: string, handler: (...args: never[]) => void) => {
      socket.on(event, (...args: unknown[]) => {
        if ((ignored[event] ?? 0) > 0) {
          ignored[event] = (ignored[event] ?? 0) - 1;
          state.dropped.push(event);
          return;
        }
        handler(...(args as never[]));
      });
    };
    let loggedIn = false;
    /** Like Uptime Kuma's checkLogin: an error answer instead of the action. */
    const authed = (event: string, handler: (...args: unknown[]) => unknown) => {
      on(event, (...args: unknown[]) => {
        state.received.push(event);
        const ack = args.at(-1) as Ack;
        if (!loggedIn) {
          ack({ ok: false, msg: 'You are not logged in.' });
          return;
        }
        try {
          ack(handler(...args.slice(0, -1)));
        } catch (error) {
          ack({ ok: false, msg: (error as Error).message });
        }
      });
    };

    on('needSetup', (ack: Ack) => {
      state.received.push('needSetup');
      ack(state.users.length === 0);
    });
    on('setup', (username: string, password: string, ack: Ack) => {
      state.received.push('setup');
      if (state.users.length > 0) {
        ack({
          ok: false,
          msg: 'Uptime Kuma has been initialized. If you want to run setup again, please delete the database.',
        });
        return;
      }
      state.users.push({ username, password });
      ack({ ok: true, msg: 'successAdded', msgi18n: true });
    });
    on('login', (data: { username: string; password: string }, ack: Ack) => {
      state.received.push('login');
      if (!state.users.some((user) => user.username === data.username && user.password === data.password)) {
        ack({ ok: false, msg: 'authIncorrectCreds', msgi18n: true });
        return;
      }
      loggedIn = true;
      void socket.join('user');
      socket.emit('monitorList', monitorList());
      socket.emit('notificationList', notificationList());
      ack({ ok: true, token: 'fake-jwt' });
    });

    authed('addNotification', (notification, id) => {
      const body = notification as Record_ & { name: string };
      const notificationId = typeof id === 'number' ? id : nextId++;
      if (typeof id === 'number' && !state.notifications.has(id)) throw new Error('notification not found');
      state.notifications.set(notificationId, {
        id: notificationId,
        name: body.name,
        config: JSON.stringify(body),
        active: true,
        isDefault: body['isDefault'] === true,
      });
      socket.emit('notificationList', notificationList());
      return { ok: true, msg: 'Saved.', msgi18n: true, id: notificationId };
    });
    const saveMonitor = (monitor: Record_, id: number) => {
      const codes = monitor['accepted_statuscodes'];
      if (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string')) {
        throw new Error('Accepted status codes are not all strings');
      }
      if (Number(monitor['interval']) < 20) throw new Error('Interval cannot be less than 20 seconds');
      if (Number(monitor['retryInterval']) < 20) throw new Error('Retry interval cannot be less than 20 seconds');
      state.monitors.set(id, { ...monitor, id, name: String(monitor['name']) });
    };
    authed('add', (monitor) => {
      const id = nextId++;
      saveMonitor(monitor as Record_, id);
      return { ok: true, msg: 'successAdded', msgi18n: true, monitorID: id };
    });
    authed('editMonitor', (monitor) => {
      const id = Number((monitor as Record_)['id']);
      if (!state.monitors.has(id)) throw new Error("Cannot read properties of null (reading 'user_id')");
      saveMonitor(monitor as Record_, id);
      return { ok: true, msg: 'Saved.', msgi18n: true, monitorID: id };
    });
    authed('monitorImportantHeartbeatListPaged', (monitorID, offset, count) => {
      const data = state.heartbeats
        .filter((beat) => monitorID === null || beat.monitorID === monitorID)
        .sort((a, b) => b.time.localeCompare(a.time))
        .slice(Number(offset), Number(offset) + Number(count));
      return { ok: true, data };
    });
    authed('getMonitorChartData', (monitorID, period) => {
      const chart = state.charts.get(Number(monitorID));
      return { ok: true, data: (Number(period) <= 24 ? chart?.minutes : chart?.hours) ?? [] };
    });
  };

  /** Kuma's main server: socket.io answers the websocket upgrade from now on. */
  function startSocketApi() {
    http.off('upgrade', upgradeToPage);
    io = new Server(http);
    io.on('connection', (socket: Socket) => {
      void onConnection(socket);
    });
  }
  if (state.databaseType === null) http.on('upgrade', upgradeToPage);
  else startSocketApi();

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    state,
    close: () =>
      new Promise((resolve) => {
        if (io) {
          void io.close(() => {
            resolve();
          });
        } else {
          http.close(() => {
            resolve();
          });
        }
      }),
  };
}
