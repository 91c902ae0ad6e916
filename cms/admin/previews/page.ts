/** Preview of a Markdown page with the site's own layout classes (site/pages/[...slug].astro). */
import { decap, entryData, type PreviewProps } from '../decap.ts';

export function PagePreview({ entry, widgetFor }: PreviewProps) {
  const { h } = decap;
  const { title } = entryData(entry) as { title?: string };
  return h(
    'main',
    { className: 'mx-auto w-full max-w-6xl flex-1 px-4 py-6' },
    h('h1', null, title),
    h('div', { className: 'es-prose' }, widgetFor('body')),
  );
}
