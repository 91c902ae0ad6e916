/**
 * A stand-in for Uptime Kuma 2.5.3's socket.io API on 127.0.0.1 (a port of its own): the events
 * our commands use, with the same names, arguments, acknowledgements and pushed lists
 * (`monitorList` keyed by id, `notificationList` with `config` as JSON text), and the same
 * refusals (not logged in, setup twice, status codes not strings).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';

type Record_ = Record<string, unknown>;
type Ack = (answer: unknown) => void;

export interface FakeKumaState {
  users: { username: string; password: string }[];
  monitors: Map<number, Record_ & { id: number; name: string }>;
  notifications: Map<number, { id: number; name: string; config: string; active: boolean; isDefault: boolean }>;
  heartbeats: (Record_ & { monitorID: number; time: string })[];
  /** Every event received, in order, for assertions about the conversation. */
  received: string[];
}

export interface FakeKuma {
  url: string;
  state: FakeKumaState;
  close: () => Promise<void>;
}

export async function startFakeKuma(initial: Partial<FakeKumaState> = {}): Promise<FakeKuma> {
  const state: FakeKumaState = {
    users: [],
    monitors: new Map(),
    notifications: new Map(),
    heartbeats: [],
    received: [],
    ...initial,
  };
  let nextId = 1;
  const http = createServer();
  const io = new Server(http);

  const monitorList = () => Object.fromEntries([...state.monitors].map(([id, monitor]) => [String(id), monitor]));
  const notificationList = () => [...state.notifications.values()];

  io.on('connection', (socket: Socket) => {
    let loggedIn = false;
    /** Like Uptime Kuma's checkLogin: an error answer instead of the action. */
    const authed = (event: string, handler: (...args: unknown[]) => unknown) => {
      socket.on(event, (...args: unknown[]) => {
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

    socket.on('needSetup', (ack: Ack) => {
      state.received.push('needSetup');
      ack(state.users.length === 0);
    });
    socket.on('setup', (username: string, password: string, ack: Ack) => {
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
    socket.on('login', (data: { username: string; password: string }, ack: Ack) => {
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
  });

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    state,
    close: () =>
      new Promise((resolve) => {
        void io.close(() => {
          resolve();
        });
      }),
  };
}
