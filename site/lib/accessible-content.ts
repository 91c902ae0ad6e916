/**
 * Rendered Markdown made ready for small screens and the accessible version. Astro 7's Markdown
 * processor (Sätteri) runs no rehype plugins, so this works on its HTML, whose <table> and <img>
 * tags it writes in one fixed form.
 * - Every table scrolls inside its own focusable region labelled by its caption (a table without
 *   one gets a caption, hidden visually, from the heading above it), so the page never scrolls
 *   sideways at 320 px or 200 %.
 * - Every described image gets its description next to it, shown when images are switched off
 *   («Изображение: …»); decorative images (alt="") get nothing.
 */
import { t } from '../../core/i18n/i18n.ts';

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '').trim();

function wrapTables(html: string): string {
  let count = 0;
  let lastHeading = '';
  return html.replace(
    /<h[2-6][^>]*>([\s\S]*?)<\/h[2-6]>|<table>([\s\S]*?)<\/table>/g,
    (match, heading?: string, body?: string) => {
      if (heading !== undefined) {
        lastHeading = stripTags(heading);
        return match;
      }
      count += 1;
      const id = `es-table-${String(count)}`;
      const content = body ?? '';
      const hasCaption = content.trimStart().startsWith('<caption');
      const table = hasCaption
        ? `<table>${content.replace('<caption', `<caption id="${id}"`)}</table>`
        : `<table><caption id="${id}" class="sr-only">${lastHeading || t('content.table')}</caption>${content}</table>`;
      return `<div class="es-table-scroll" role="region" tabindex="0" aria-labelledby="${id}">${table}</div>`;
    },
  );
}

function describeImages(html: string): string {
  return html.replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/g, (tag, alt: string) =>
    alt.trim() === '' ? tag : `${tag}<span class="es-img-alt">${t('a11y.image')} ${alt.trim()}</span>`,
  );
}

export function accessibleContent(html: string): string {
  return describeImages(wrapTables(html));
}
