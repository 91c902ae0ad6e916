/**
 * Fails the build when a registry item (content/disclosures.yaml) points at a page that was not
 * built, an anchor that is not on it, a section without text, or a section without what the item
 * declares it must contain (`expect`; the sample mark for an item showing sample values).
 * Content-level rules (empty collections, overdue periodic items) are checked while the report
 * page renders. The checks and their results are added to /disclosures.json, and a recommended
 * item that fails them is reported «нет данных» with the problem as its note in the JSON, the CSV
 * and on the report page (whose summary is recounted).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { CONTENT } from '../../content/registry.ts';
import { assertDisclosuresComplete } from '../lib/disclosures/evaluate.ts';
import { disclosuresCsv, markMissing, recount, type PublishedRow } from '../lib/disclosures/exports.ts';
import { brokenTargets, contentChecks, type BuiltSite } from '../lib/disclosures/targets.ts';

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
        const report = JSON.parse(readFileSync(reportFile, 'utf8')) as PublishedRow[];
        const sample = new Set(report.filter((row) => row.status === 'sample').map((row) => row.id));
        const broken = brokenTargets(disclosures, site, (id) => sample.has(id));
        for (const row of broken.filter((item) => !item.required)) logger.warn(`${row.id}: ${row.problem ?? ''}`);
        assertDisclosuresComplete(broken);

        const problems = new Map(broken.map((row) => [row.id, row.problem]));
        const byId = new Map(disclosures.map((item) => [item.id, item]));
        const rows = report.map((row): PublishedRow => {
          const problem = problems.get(row.id);
          return problem === undefined ? row : { ...row, status: 'missing', note: problem };
        });
        const checked = rows.map((row) => {
          const item = byId.get(row.id);
          return { ...row, checks: item ? contentChecks(item, site, sample.has(row.id)) : [] };
        });
        writeFileSync(reportFile, JSON.stringify(checked));
        writeFileSync(file('/disclosures.csv'), disclosuresCsv(rows));
        const reportPage = file('/raskrytie-informacii/index.html');
        const marked = rows.filter((row) => problems.has(row.id));
        writeFileSync(reportPage, recount(marked.reduce(markMissing, readFileSync(reportPage, 'utf8')), rows));
        const count = checked.reduce((sum, row) => sum + row.checks.length, 0);
        logger.info(`${disclosures.length} disclosure items, ${count} content checks`);
      },
    },
  };
}
