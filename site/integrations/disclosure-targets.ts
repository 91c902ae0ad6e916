/**
 * Fails the build when a registry item (content/disclosures.yaml) points at a page that was not
 * built, an anchor that is not on it, a section without text, or a section without what the item
 * declares it must contain (`expect`; the sample mark for an item showing sample values).
 * Content-level rules (empty collections, overdue periodic items) are checked while the report
 * page renders. The checks and their results are added to /disclosures.json, and a recommended
 * item that fails them is reported «нет» there and on the report page instead of its status.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { CONTENT } from '../../content/registry.ts';
import { t } from '../../core/i18n/i18n.ts';
import { assertDisclosuresComplete } from '../lib/disclosures/evaluate.ts';
import { brokenTargets, contentChecks, type BuiltSite } from '../lib/disclosures/targets.ts';

interface ReportRow {
  id: string;
  status: string;
  [key: string]: unknown;
}

/** The report page's status of an item, rewritten when a recommended item fails its checks. */
function markMissing(html: string, id: string): string {
  const item = new RegExp(
    `(<li id="punkt-${id.toLowerCase()}"[^>]*data-status=")[^"]*("[\\s\\S]*?data-role="status"[^>]*>)[^<]*`,
  );
  return html.replace(item, `$1missing$2${t('disclosure.status.missing')}`);
}

export function disclosureTargets(): AstroIntegration {
  const onDemand: RegExp[] = [];
  let registryFile = '';
  return {
    name: 'es:disclosure-targets',
    hooks: {
      'astro:config:setup': ({ config }) => {
        registryFile = fileURLToPath(new URL(CONTENT.disclosures.file, config.root));
      },
      'astro:routes:resolved': ({ routes }) => {
        onDemand.length = 0;
        for (const route of routes) if (!route.isPrerendered) onDemand.push(route.patternRegex);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { disclosures } = CONTENT.disclosures.schema.parse(parse(readFileSync(registryFile, 'utf8')));
        const file = (path: string): string => fileURLToPath(new URL(`.${path}`, dir));
        const site: BuiltSite = {
          page: (path) =>
            existsSync(file(`${path}index.html`)) ? readFileSync(file(`${path}index.html`), 'utf8') : null,
          hasFile: (path) => existsSync(file(path)),
          isOnDemand: (path) => onDemand.some((pattern) => pattern.test(path)),
        };
        const reportFile = file('/disclosures.json');
        const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ReportRow[];
        const sample = new Set(report.filter((row) => row.status === 'sample').map((row) => row.id));
        const broken = brokenTargets(disclosures, site, (id) => sample.has(id));
        for (const row of broken.filter((item) => !item.required)) logger.warn(`${row.id}: ${row.problem ?? ''}`);
        assertDisclosuresComplete(broken);

        const failed = new Set(broken.map((row) => row.id));
        const byId = new Map(disclosures.map((item) => [item.id, item]));
        const checked = report.map((row) => {
          const item = byId.get(row.id);
          const checks = item ? contentChecks(item, site, sample.has(row.id)) : [];
          return { ...row, status: failed.has(row.id) ? 'missing' : row.status, checks };
        });
        writeFileSync(reportFile, JSON.stringify(checked));
        const reportPage = file('/raskrytie-informacii/index.html');
        writeFileSync(reportPage, [...failed].reduce(markMissing, readFileSync(reportPage, 'utf8')));
        const count = checked.reduce((sum, row) => sum + row.checks.length, 0);
        logger.info(`${disclosures.length} disclosure items, ${count} content checks`);
      },
    },
  };
}
