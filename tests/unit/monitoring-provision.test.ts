/** `npm run monitoring:provision` against a fake Uptime Kuma 2.5.3 speaking the same socket.io events. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { connectKuma } from '../../monitoring/src/kuma-client.ts';
import { loadMonitoringConfig } from '../../monitoring/src/monitoring-config.ts';
import { NOTIFICATION_NAME, provision, type ProvisionTarget } from '../../monitoring/src/provision.ts';
import { startFakeKuma } from '../support/fake-uptime-kuma.ts';

const run = promisify(execFile);
const LOGIN = { username: 'admin', password: 'a-long-admin-password-1' };
const target: ProvisionTarget = {
  monitoring: loadMonitoringConfig(),
  siteUrl: 'https://www.example.ru',
  webhookUrl: 'http://127.0.0.1:4321/api/monitoring/uptime-kuma',
  webhookSecret: 'first-secret-long-enough-1234567',
};

test('the first run creates the admin, the webhook and the monitors; the next runs change nothing', async (t) => {
  const kuma = await startFakeKuma();
  t.after(() => kuma.close());

  const { stdout } = await run(
    process.execPath,
    ['--experimental-strip-types', fromRepoRoot('monitoring/cli/provision.ts')],
    {
      env: {
        ...process.env,
        UPTIME_KUMA_URL: kuma.url,
        UPTIME_KUMA_USERNAME: LOGIN.username,
        UPTIME_KUMA_PASSWORD: LOGIN.password,
        UPTIME_KUMA_WEBHOOK_SECRET: target.webhookSecret,
        MONITORING_SITE_URL: target.siteUrl,
      },
    },
  );
  assert.match(stdout, /admin user «admin» created/);
  assert.match(stdout, /notification: created/);
  assert.deepEqual(kuma.state.users, [LOGIN]);

  const [notification] = kuma.state.notifications.values();
  assert.ok(notification);
  const config = JSON.parse(notification.config) as Record<string, string>;
  assert.equal(notification.name, NOTIFICATION_NAME);
  assert.deepEqual(
    [
      config['type'],
      config['webhookURL'],
      config['webhookContentType'],
      JSON.parse(config['webhookAdditionalHeaders'] ?? ''),
    ],
    [
      'webhook',
      'https://www.example.ru/api/monitoring/uptime-kuma',
      'json',
      { Authorization: `Bearer ${target.webhookSecret}` },
    ],
  );

  const monitors = [...kuma.state.monitors.values()];
  assert.deepEqual(
    monitors.map((monitor) => [monitor['type'], monitor['url'], monitor['keyword']]),
    [
      ['http', 'https://www.example.ru/', null],
      ['http', 'https://www.example.ru/raskrytie-informacii/', null],
      ['keyword', 'https://www.example.ru/o-kompanii/kontakty/', 'Контакты и реквизиты'],
      ['http', 'https://www.example.ru/api/health', null],
    ],
  );
  for (const monitor of monitors) {
    assert.deepEqual(
      [
        monitor['interval'],
        monitor['retryInterval'],
        monitor['maxretries'],
        monitor['resendInterval'],
        monitor['notificationIDList'],
      ],
      [30, 20, 1, 0, { [String(notification.id)]: true }],
      monitor.name,
    );
  }

  // Second run through the library: the same state, so only reads.
  const client = await connectKuma({ url: kuma.url, ...LOGIN, setupIfNeeded: true });
  t.after(() => {
    client.close();
  });
  kuma.state.received.length = 0;
  const again = await provision(client, { ...target, webhookUrl: 'https://www.example.ru/api/monitoring/uptime-kuma' });
  assert.equal(again.notification, 'unchanged');
  assert.deepEqual(new Set(Object.values(again.monitors)), new Set(['unchanged']));
  // Not one write: no add, editMonitor or addNotification reached Uptime Kuma.
  assert.deepEqual(kuma.state.received, []);
});

test('a drifted monitor and a new secret are put right, nothing else is touched', async (t) => {
  const kuma = await startFakeKuma({ users: [LOGIN] });
  t.after(() => kuma.close());
  const first = await connectKuma({ url: kuma.url, ...LOGIN });
  await provision(first, target);
  first.close();
  const home = [...kuma.state.monitors.values()].find((monitor) => monitor['url'] === 'https://www.example.ru/');
  assert.ok(home);
  home['interval'] = 300;

  const client = await connectKuma({ url: kuma.url, ...LOGIN });
  t.after(() => {
    client.close();
  });
  const result = await provision(client, { ...target, webhookSecret: 'rotated-secret-long-enough-12345' });
  assert.equal(result.notification, 'updated');
  assert.deepEqual(Object.values(result.monitors), ['updated', 'unchanged', 'unchanged', 'unchanged']);
  assert.equal(home['interval'], 300, 'the fake keeps the old object; the stored monitor is replaced');
  assert.equal(kuma.state.monitors.get(home.id)?.['interval'], 30);
  assert.equal(kuma.state.notifications.size, 1);
  assert.equal(kuma.state.monitors.size, 4);
});
