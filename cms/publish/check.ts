/**
 * `npm run publish:check`: the gate before publishing. Every content file must pass its zod
 * schema; a failure prints each file and field and exits 1, so `npm run publish` (check, then
 * build) and the CI workflow in cms/examples/ stop before anything is deployed.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fromRepoRoot, repoRoot } from '../../core/repo-paths.ts';
import { localDate } from '../../core/dates.ts';
import { MEDIA_FOLDER } from '../config.ts';
import { MAX_UPLOAD_BYTES, PUBLIC_FILES } from '../fields.ts';
import { contentTypes } from '../content-types.ts';
import { referenceProblems } from './references.ts';
import { uploadProblems, validateContent } from './validate-content.ts';
import { companyTimeZone } from '../../core/content/company.ts';

/**
 * Today in the company's time zone. When company.yaml itself is invalid (its problems are listed
 * with the others below), its time zone is read as written, so the check still names the field.
 */
function today(): string {
  try {
    return localDate(new Date(), companyTimeZone());
  } catch {
    const written = (parse(readFileSync(fromRepoRoot('content/company.yaml'), 'utf8')) as { timeZone?: unknown })
      .timeZone;
    return localDate(new Date(), typeof written === 'string' ? written : 'UTC');
  }
}

const problems = [
  ...validateContent(contentTypes, repoRoot, today()),
  ...referenceProblems(contentTypes, repoRoot),
  ...[MEDIA_FOLDER, PUBLIC_FILES.media_folder.slice(1)].flatMap((folder) =>
    uploadProblems(repoRoot, folder, MAX_UPLOAD_BYTES),
  ),
];
if (problems.length > 0) {
  console.error(
    `Публикация остановлена: ошибок в содержимом — ${problems.length}.\n${problems.map((line) => `  ${line}`).join('\n')}`,
  );
  process.exitCode = 1;
} else {
  console.log('Содержимое проверено: ошибок нет.');
}
