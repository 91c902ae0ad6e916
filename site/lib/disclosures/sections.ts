/**
 * Checks a built HTML page for a disclosure target: the anchor exists and the section it
 * starts has real text. A heading's section runs to the next heading of the same or a higher
 * level; any other element's section is the element itself.
 */

/** Text content of an HTML fragment, tags and extra whitespace removed. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The HTML after the opening tag with `id` up to where its section ends, or null when absent. */
export function sectionHtml(html: string, id: string): string | null {
  const open = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\bid="${id}"[^>]*>`, 'i').exec(html);
  if (!open) return null;
  const tag = (open[1] ?? '').toLowerCase();
  const rest = html.slice(open.index + open[0].length);
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const end = new RegExp(`<h[1-${heading[1] ?? '6'}]\\b|</main>`, 'i').exec(rest);
    return end ? rest.slice(0, end.index) : rest;
  }
  // Find the matching close tag, counting nested elements of the same name.
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  let depth = 1;
  for (let match = tags.exec(rest); match; match = tags.exec(rest)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return rest.slice(0, match.index);
  }
  return rest;
}

/** Minimum text a section needs to count as published: a short sentence. */
export const MIN_SECTION_TEXT = 40;

/** A Russian problem description for the target, or null when the section is there and has text. */
export function sectionProblem(html: string, anchor: string | undefined): string | null {
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
  const section = anchor === undefined ? main : sectionHtml(main, anchor);
  if (section === null) return `на странице нет якоря #${anchor ?? ''}`;
  if (textOf(section).length < MIN_SECTION_TEXT) return `раздел${anchor ? ` #${anchor}` : ''} пуст`;
  return null;
}
