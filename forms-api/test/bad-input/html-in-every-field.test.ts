/**
 * Markup typed into any field of any form is shown as text, never run, in the e-mails to the
 * customer and the specialist (the re-rendered page: routes/api/forms/no-js-pages.test.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { simpleParser } from 'mailparser';
import { forms } from '../../../content/schemas/forms/index.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validBodies } from '../routes/api/forms/fixtures.ts';
import { asPerson } from '../support/antispam.ts';
import { ATTACK } from '../support/attack.ts';

test('markup in any field that a form accepts reaches no e-mail unescaped', async (t) => {
  const outboxDir = mkdtempSync(join(tmpdir(), 'es-eml-'));
  const app = await build(t, { MAIL_OUTBOX_DIR: outboxDir, FORMS_RATE_LIMIT_MAX: '1000', OUTBOX_POLL_MS: '100' });
  let accepted = 0;
  for (const form of forms) {
    const example = validBodies[form.type] ?? {};
    for (const [name, value] of Object.entries(example)) {
      if (typeof value !== 'string') continue;
      const response = await app.inject({
        method: 'POST',
        url: `/api/forms/${form.type}`,
        headers: JSON_HEADERS,
        payload: await asPerson(app, form.type, { ...example, [name]: `${value} ${ATTACK}` }),
      });
      // Fields with a format (e-mail, phone, ИНН…) refuse it; free-text fields take it as typed.
      assert.ok([201, 400].includes(response.statusCode), `${form.type}.${name}: ${String(response.statusCode)}`);
      if (response.statusCode === 201) accepted += 1;
    }
  }
  assert.ok(accepted >= 20, `free-text fields of every form take markup as text (${String(accepted)})`);

  const rows = () => app.database.db.selectFrom('outbox').select('status').where('status', '!=', 'sent').execute();
  for (let waited = 0; (await rows()).length > 0 && waited < 150; waited += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const files = readdirSync(outboxDir).filter((name) => name.endsWith('.eml'));
  assert.ok(files.length > accepted, 'an acknowledgement or a notification for every accepted submission');
  for (const file of files) {
    const mail = await simpleParser(readFileSync(join(outboxDir, file)));
    assert.ok(!String(mail.html).includes('<script>'), `${file}: markup in the HTML part`);
  }
});
