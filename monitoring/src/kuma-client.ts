/**
 * A small client for Uptime Kuma's socket.io API (the one its web UI uses; there is no REST API
 * for writing). Event names and payloads as in Uptime Kuma 2.5.3 `server/server.js`.
 */
import { io } from 'socket.io-client';

export interface KumaMonitor {
  id: number;
  name: string;
  [field: string]: unknown;
}

export interface KumaNotification {
  id: number;
  name: string;
  /** The notification's settings as JSON text. */
  config: string;
}

export interface KumaAnswer {
  ok: boolean;
  msg?: string;
  [field: string]: unknown;
}

export interface KumaClient {
  /** Emits an event with an acknowledgement; a `{ ok: false }` answer becomes an error. */
  call: (event: string, ...args: unknown[]) => Promise<KumaAnswer>;
  /** The monitor list Uptime Kuma pushed last (after login and every change). */
  monitors: () => KumaMonitor[];
  notifications: () => KumaNotification[];
  close: () => void;
}

export interface KumaLogin {
  url: string;
  username: string;
  password: string;
  /** Create the admin user when Uptime Kuma has none yet (first run). */
  setupIfNeeded?: boolean;
  /** Choose this database on Kuma 2.x's «Setup Database» page when Kuma is waiting there. */
  setupDatabase?: 'sqlite';
  /** Reports what happened, e.g. «admin user created». */
  report?: (message: string) => void;
  /** How long to wait for each answer; 15 s unless a test needs less. */
  timeoutMs?: number;
}

const TIMEOUT_MS = 15_000;

/** Uptime Kuma could not be used; the message says why and what to do, in Russian and English. */
export class KumaUnavailableError extends Error {
  override name = 'KumaUnavailableError';
}

/** Waits for a promise at most `ms`, failing with `message` when nothing came. */
async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new KumaUnavailableError(message));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What Uptime Kuma's `/api/entry-page` says: `setup-database` while it waits on that page. */
async function entryPageType(url: string, timeoutMs: number): Promise<string | null> {
  try {
    const response = await fetch(new URL('/api/entry-page', url), { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json()) as { type?: unknown };
    return typeof body.type === 'string' ? body.type : null;
  } catch {
    return null;
  }
}

const setupDatabaseMessage = (url: string) =>
  `Uptime Kuma по адресу ${url} ждёт выбора базы данных на странице «Setup Database». ` +
  'Откройте эту страницу и выберите SQLite, или перезапустите Uptime Kuma с UPTIME_KUMA_DB_TYPE=sqlite, ' +
  'или запустите команду с --setup-database sqlite. ' +
  `(Uptime Kuma at ${url} is waiting on its «Setup Database» page: choose SQLite there, restart it with ` +
  'UPTIME_KUMA_DB_TYPE=sqlite, or run this command with --setup-database sqlite.)';

/** Chooses SQLite on the «Setup Database» page and waits until Kuma's main server answers instead. */
async function completeDatabaseSetup(login: KumaLogin, timeoutMs: number): Promise<void> {
  const response = await fetch(new URL('/setup-database', login.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ dbConfig: { type: login.setupDatabase } }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) {
    throw new KumaUnavailableError(
      `Uptime Kuma не приняла выбор базы данных: ${await response.text()} (Uptime Kuma refused the database setup)`,
    );
  }
  login.report?.(`Uptime Kuma database set up: ${String(login.setupDatabase)}`);
  // Kuma now creates its tables and starts the main server, which takes seconds; poll until then.
  const deadline = Date.now() + 4 * timeoutMs;
  while (Date.now() < deadline) {
    const type = await entryPageType(login.url, timeoutMs);
    if (type !== null && type !== 'setup-database') return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new KumaUnavailableError(
    `Uptime Kuma по адресу ${login.url} не запустилась после выбора базы данных ` +
      `(Uptime Kuma did not start after the database setup)`,
  );
}

/** Events safe to send twice: reads, and the login. A write is never repeated (it could run twice). */
const RETRIED = new Set(['needSetup', 'login', 'monitorImportantHeartbeatListPaged', 'getMonitorChartData']);

/** Opens a socket and resolves once Kuma has sent `info`, i.e. once it listens to our events. */
async function openSocket(login: KumaLogin, timeoutMs: number) {
  const socket = io(login.url, { transports: ['websocket'], reconnection: false, timeout: timeoutMs });
  const ready = new Promise<void>((resolve, reject) => {
    // Kuma first awaits sendInfo() and only then registers its handlers: an event sent on `connect`
    // is dropped. Everything after `info` is answered.
    socket.once('info', () => {
      resolve();
    });
    socket.once('connect_error', reject);
  });
  try {
    await within(
      ready,
      timeoutMs,
      `Uptime Kuma по адресу ${login.url} не прислала приветствие (info) за ${String(timeoutMs / 1000)} с: ` +
        `она ещё запускается или по этому адресу не Uptime Kuma. (Uptime Kuma at ${login.url} sent no info ` +
        `event within ${String(timeoutMs / 1000)} s: still starting, or not Uptime Kuma.)`,
    );
    return socket;
  } catch (error) {
    socket.close();
    if (error instanceof KumaUnavailableError) throw error;
    // The «Setup Database» page answers the websocket upgrade with a page (HTTP 200).
    if ((await entryPageType(login.url, timeoutMs)) === 'setup-database') {
      if (login.setupDatabase === undefined) throw new KumaUnavailableError(setupDatabaseMessage(login.url));
      await completeDatabaseSetup(login, timeoutMs);
      return openSocket(login, timeoutMs);
    }
    throw new KumaUnavailableError(
      `Не удалось подключиться к Uptime Kuma по адресу ${login.url}: ${(error as Error).message} ` +
        `(cannot connect to Uptime Kuma at ${login.url})`,
    );
  }
}

export async function connectKuma(login: KumaLogin): Promise<KumaClient> {
  const timeoutMs = login.timeoutMs ?? TIMEOUT_MS;
  const socket = await openSocket(login, timeoutMs);
  let monitorList: Record<string, KumaMonitor> = {};
  let notificationList: KumaNotification[] = [];
  // Uptime Kuma pushes both lists right after a login, before it answers the login itself.
  const listsArrived = Promise.all([
    new Promise<void>((resolve) =>
      socket.once('monitorList', () => {
        resolve();
      }),
    ),
    new Promise<void>((resolve) =>
      socket.once('notificationList', () => {
        resolve();
      }),
    ),
  ]);
  socket.on('monitorList', (list: Record<string, KumaMonitor>) => {
    monitorList = list;
  });
  socket.on('notificationList', (list: KumaNotification[]) => {
    notificationList = list;
  });

  /** The raw answer; a read that got none is asked once more, as a lost packet is not an answer. */
  async function ask(event: string, args: unknown[]): Promise<unknown> {
    const attempts = RETRIED.has(event) ? 2 : 1;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await socket.timeout(timeoutMs).emitWithAck(event, ...args);
      } catch {
        if (attempt < attempts) continue;
        throw new KumaUnavailableError(
          `Uptime Kuma не ответила на ${event} за ${String(timeoutMs / 1000)} с ` +
            `(Uptime Kuma did not answer ${event} within ${String(timeoutMs / 1000)} s)`,
        );
      }
    }
  }

  async function call(event: string, ...args: unknown[]): Promise<KumaAnswer> {
    const answer = (await ask(event, args)) as KumaAnswer;
    if (!answer.ok) throw new Error(`Uptime Kuma refused ${event}: ${answer.msg ?? 'no reason given'}`);
    return answer;
  }

  try {
    if (login.setupIfNeeded === true && (await ask('needSetup', [])) === true) {
      await call('setup', login.username, login.password);
      login.report?.(`admin user «${login.username}» created`);
    }
    await call('login', { username: login.username, password: login.password, token: '' });
    await within(
      listsArrived,
      timeoutMs,
      `Uptime Kuma не прислала списки мониторов и уведомлений (Uptime Kuma sent no monitor and notification lists)`,
    );
  } catch (error) {
    socket.close();
    throw error;
  }

  return {
    call,
    monitors: () => Object.values(monitorList),
    notifications: () => notificationList,
    close: () => socket.close(),
  };
}
