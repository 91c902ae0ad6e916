import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { HomeSchema } from '../../content/schemas/home.ts';

const demo = HomeSchema.parse(parse(readFileSync(new URL('../../content/home.yaml', import.meta.url), 'utf8')));

test('the demo home page lists the online tasks first, starting with meter readings', () => {
  assert.equal(demo.tasks[0]?.href, '/peredat-pokazaniya/');
  const firstOffline = demo.tasks.findIndex((task) => !task.online);
  assert.ok(firstOffline > 0);
  assert.ok(demo.tasks.slice(firstOffline).every((task) => !task.online));
});

test('an online task after an offline one is rejected, citing the standard', () => {
  const [first, second, ...rest] = demo.tasks;
  assert.ok(first && second);
  const reordered = { tasks: [...rest, first, second] };
  const result = HomeSchema.safeParse(reordered);
  if (result.success) assert.fail('expected the order to be rejected');
  assert.deepEqual(
    result.error.issues.map((issue) => issue.message),
    ['Сначала перечислите задачи, которые решаются онлайн (стандарт, п. 3.6), затем остальные'],
  );
});

test('a link that is not a site path is rejected', () => {
  const result = HomeSchema.safeParse({
    tasks: demo.tasks.map((task, i) => (i === 0 ? { ...task, href: 'https://example.org' } : task)),
  });
  if (result.success) assert.fail('expected the link to be rejected');
  assert.deepEqual(
    result.error.issues.map((issue) => issue.path.join('.')),
    ['tasks.0.href'],
  );
});
