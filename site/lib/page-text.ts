import { getEntry, render } from 'astro:content';

/** The Markdown text of a page that a dedicated .astro route shows together with live data. */
export async function pageText(id: string) {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.md is missing`);
  const { Content } = await render(entry);
  return { data: entry.data, Content, files: entry.filePath ? [entry.filePath] : [] };
}
