/**
 * Markdown placeholders for deadlines («{{sla.appeal.final|genitive}}») become the values of
 * content/sla.yaml while a page renders; an unknown placeholder fails the build, naming it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { MdastPluginDefinition } from 'satteri';
import { fillTermsFromFile } from '../../../core/content/terms.ts';
import { fromRepoRoot } from '../../../core/repo-paths.ts';

/**
 * The plugin is named with the digest of sla.yaml: Astro keeps rendered Markdown between builds
 * and drops it only when its config changes, so a changed deadline still reaches every page.
 */
export function markdownTerms(): MdastPluginDefinition {
  const slaDigest = createHash('sha256')
    .update(readFileSync(fromRepoRoot('content/sla.yaml')))
    .digest('hex')
    .slice(0, 12);
  return {
    name: `es-terms-${slaDigest}`,
    text: (node, context) => {
      if (node.value.includes('{{')) context.setProperty(node, 'value', fillTermsFromFile(node.value));
    },
    html: (node, context) => {
      if (node.value.includes('{{')) context.setProperty(node, 'value', fillTermsFromFile(node.value));
    },
  };
}
