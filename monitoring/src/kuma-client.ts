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
  /** Reports what happened, e.g. «admin user created». */
  report?: (message: string) => void;
}

const TIMEOUT_MS = 15_000;

/** Waits for a promise at most TIMEOUT_MS, naming what did not arrive. */
async function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`Uptime Kuma sent no ${what} within ${String(TIMEOUT_MS / 1000)} s`));
    }, TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function connectKuma(login: KumaLogin): Promise<KumaClient> {
  const socket = io(login.url, { transports: ['websocket'], reconnection: false, timeout: TIMEOUT_MS });
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

  async function call(event: string, ...args: unknown[]): Promise<KumaAnswer> {
    const answer = (await socket.timeout(TIMEOUT_MS).emitWithAck(event, ...args)) as KumaAnswer;
    if (!answer.ok) throw new Error(`Uptime Kuma refused ${event}: ${answer.msg ?? 'no reason given'}`);
    return answer;
  }

  try {
    await within(
      new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      }),
      'connection',
    );
    if (login.setupIfNeeded === true && (await socket.timeout(TIMEOUT_MS).emitWithAck('needSetup')) === true) {
      await call('setup', login.username, login.password);
      login.report?.(`admin user «${login.username}» created`);
    }
    await call('login', { username: login.username, password: login.password, token: '' });
    await within(listsArrived, 'monitor and notification lists');
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
