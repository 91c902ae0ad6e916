/**
 * Placeholders in Markdown, filled while a page renders: deadlines from content/sla.yaml
 * («{{sla.appeal.final|genitive}}», core/content/terms.ts; an unknown one fails the build) and
 * «{{sample}}», the «пример» mark after an invented value.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { MdastPluginDefinition } from 'satteri';
import { contentPath } from '../../../core/content/load.ts';
import { fillTermsFromFile } from '../../../core/content/terms.ts';
import { fromRepoRoot } from '../../../core/repo-paths.ts';
import { sampleMarkHtml } from '../sample-mark.ts';

const SAMPLE = '{{sample}}';

/**
 * The plugin is named with the digest of sla.yaml: Astro keeps rendered Markdown between builds
 * and drops it only when its config changes, so a changed deadline still reaches every page.
 */
export function markdownTerms(): MdastPluginDefinition {
  const slaDigest = createHash('sha256')
    .update(readFileSync(fromRepoRoot(contentPath('sla'))))
    .digest('hex')
    .slice(0, 12);
  return {
    name: `es-terms-${slaDigest}`,
    text: (node, context) => {
      if (!node.value.includes('{{')) return;
      const parts = node.value.split(SAMPLE).map((part) => fillTermsFromFile(part));
      if (parts.length === 1) {
        context.setProperty(node, 'value', parts[0] ?? '');
        return;
      }
      const mark = { type: 'html' as const, value: ` ${sampleMarkHtml()}` };
      context.replaceNode(
        node,
        parts.flatMap((part, index) => [
          ...(index > 0 ? [mark] : []),
          ...(part ? [{ type: 'text' as const, value: part }] : []),
        ]),
      );
    },
    html: (node, context) => {
      if (node.value.includes('{{')) context.setProperty(node, 'value', fillTermsFromFile(node.value));
    },
  };
}
