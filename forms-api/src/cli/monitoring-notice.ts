/**
 * `npm run monitoring:notice -- <list | edit | history>`: staff replace the default cause of a
 * published outage notice. It needs the server's DATABASE_URL (shell access to the server is the
 * protection); every edit is logged with who, when, and old → new, in the database and on stdout.
 *
 *   npm run monitoring:notice -- list
 *   npm run monitoring:notice -- edit --id 12 --cause "Отказ сетевого оборудования" --editor "Иванова И. И."
 *   npm run monitoring:notice -- history --id 12
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadEnv } from '../config/env.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadMonitoringConfig } from '../../../monitoring/src/monitoring-config.ts';
import { noticeText } from '../../../core/monitoring/notice-text.ts';
import { createOutageNotices } from '../../../monitoring/src/outage-notices.ts';
import { jsonLog } from '../../../monitoring/src/kuma-login.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, cause: { type: 'string' }, editor: { type: 'string' } },
});
const command = positionals[0] ?? 'list';
const config = loadMonitoringConfig();
const { db } = openDatabase(loadEnv(process.env).DATABASE_URL);

function noticeId(): number {
  const id = Number(values.id);
  if (!Number.isInteger(id) || id < 1) throw new Error('Укажите номер сообщения: --id 12 (см. list)');
  return id;
}

try {
  await migrateToLatest(db);
  const notices = createOutageNotices(db, config);
  if (command === 'list') {
    for (const notice of await notices.list()) {
      const text = noticeText(notice, config.timeZone);
      console.log(`№ ${String(notice.id)}  ${text.stopped.text} — ${text.resumed.text}  ${text.cause}`);
    }
  } else if (command === 'edit') {
    const editor = `${values.editor ?? ''} (${userInfo().username})`;
    if (!values.editor) throw new Error('Укажите, кто вносит правку: --editor "Фамилия И. О."');
    const edit = await notices.editCause(noticeId(), values.cause ?? '', editor);
    jsonLog.info({ event: 'monitoring.notice-cause-edited', ...edit }, 'notice cause edited');
  } else if (command === 'history') {
    const rows = await db
      .selectFrom('outage_cause_edits')
      .selectAll()
      .where('outage_id', '=', noticeId())
      .orderBy('id')
      .execute();
    for (const row of rows) {
      console.log(`${row.edited_at}  ${row.editor}: «${row.old_cause ?? '(по умолчанию)'}» → «${row.new_cause}»`);
    }
  } else {
    throw new Error(`Неизвестная команда ${command}: используйте list, edit или history`);
  }
} finally {
  await db.destroy();
}
