/** The strings the search page script shows; the page renders them into the form (data-strings). */
import type { UiKey } from '../../../core/i18n/i18n.ts';

export const SEARCH_STRING_KEYS = [
  'search.loading',
  'search.failed',
  'search.nothing',
  'search.tips',
  'search.found',
  'search.result.one',
  'search.result.few',
  'search.result.many',
  'search.resultsFor',
] as const satisfies readonly UiKey[];
