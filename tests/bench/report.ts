/**
 * Writes one benchmark's section into docs/benchmarks.md between its own markers, leaving the
 * other benchmarks' sections as they are.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fromRepoRoot } from '../../core/repo-paths.ts';

const FILE = fromRepoRoot('docs/benchmarks.md');
const HEADER =
  '# Benchmarks\n\nWritten by the `npm run bench:*` scripts; each section is replaced when its script runs again.\n';

export function markdownTable(headers: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function writeSection(name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const section = `${start}\n${body.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, next);
}
