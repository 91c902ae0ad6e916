/** The «пример» mark the site puts next to invented values (site/components/SampleMark.astro). */
import { t } from '../../../core/i18n/i18n.ts';
import { decap } from '../decap.ts';

export function sampleMark(isSample: boolean | undefined) {
  if (!isSample) return null;
  return decap.h(
    'span',
    { className: 'ml-1 rounded border border-es-sample px-1 text-sm text-es-sample', title: t('site.sampleHint') },
    t('site.sample'),
  );
}
