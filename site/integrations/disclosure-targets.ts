/**
 * Fails the build when a registry item (content/disclosures.yaml) points at a page that was not
 * built, an anchor that is not on it, or a section without text. Content-level rules (empty
 * collections, overdue periodic items) are checked while the report page renders.
 */
import { CONTENT } from '../../content/registry.ts';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { assertDisclosuresComplete } from '../lib/disclosures/evaluate.ts';
import { brokenTargets, type BuiltSite } from '../lib/disclosures/targets.ts';

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
        const broken = brokenTargets(disclosures, site);
        for (const row of broken.filter((item) => !item.required)) logger.warn(`${row.id}: ${row.problem ?? ''}`);
        assertDisclosuresComplete(broken);
        logger.info(`${disclosures.length} disclosure targets checked`);
      },
    },
  };
}
