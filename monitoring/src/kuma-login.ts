/** Shared by the monitoring commands: the Uptime Kuma login from the environment, or a clear error. */
import type { MonitoringEnv } from './env.ts';
import type { KumaLogin } from './kuma-client.ts';
import type { MonitoringLog } from './event-inbox.ts';

export function kumaLoginFromEnv(env: MonitoringEnv): KumaLogin {
  const { UPTIME_KUMA_URL: url, UPTIME_KUMA_USERNAME: username, UPTIME_KUMA_PASSWORD: password } = env;
  if (!url || !username || !password) {
    throw new Error('Set UPTIME_KUMA_URL, UPTIME_KUMA_USERNAME and UPTIME_KUMA_PASSWORD (see .env.example)');
  }
  return { url, username, password };
}

/** One JSON line per event on stdout, the same shape the server's log has. */
export const jsonLog: MonitoringLog = {
  info: (fields, message) => {
    console.log(JSON.stringify({ level: 'info', time: new Date().toISOString(), ...fields, msg: message }));
  },
  error: (fields, message) => {
    console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), ...fields, msg: message }));
  },
};
