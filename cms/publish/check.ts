/**
 * `npm run publish:check`: the gate before publishing. Every content file must pass its zod
 * schema; a failure prints each file and field and exits 1, so `npm run publish` (check, then
 * build) and the CI workflow in cms/examples/ stop before anything is deployed.
 */
import { repoRoot } from '../../core/repo-paths.ts';
import { localDate } from '../../core/dates.ts';
import { MEDIA_FOLDER } from '../config.ts';
import { MAX_UPLOAD_BYTES, PUBLIC_FILES } from '../fields.ts';
import { contentTypes } from '../content-types.ts';
import { uploadProblems, validateContent } from './validate-content.ts';
import { companyTimeZone } from '../../core/content/company.ts';

const problems = [
  ...validateContent(contentTypes, repoRoot, localDate(new Date(), companyTimeZone())),
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
