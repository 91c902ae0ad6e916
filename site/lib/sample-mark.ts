/**
 * The «пример» mark next to an invented placeholder value: one markup for the SampleMark component
 * and for «{{sample}}» in Markdown. The registry's check finds it by its data attribute.
 */
import { t } from '../../core/i18n/i18n.ts';

export const SAMPLE_MARK_ATTRIBUTE = 'data-sample-mark';

/** The mark never splits, even where the long value before it may. */
export function sampleMarkHtml(): string {
  return `<span ${SAMPLE_MARK_ATTRIBUTE} class="rounded whitespace-nowrap border border-es-sample px-1 text-sm text-es-sample" title="${t('site.sampleHint')}">${t('site.sample')}</span>`;
}
