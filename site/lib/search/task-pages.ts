/**
 * Pages where the visitor does something (the forms of the Интернет-приёмная, the status lookup,
 * the tariff calculator). They are rendered on request, so the build has no HTML of them to
 * index: the search indexes each by its title, the sentence saying what it is for and the
 * editors' other phrasings of it (searchPhrases, checked by the FAQ's and pages' schema), marked
 * as a task page so that a query naming the task («жалоба на начисление») puts its form first.
 */
import { forms } from '../../../content/schemas/forms/index.ts';
import { SearchPhrasesSchema } from '../../../content/schemas/search-phrases.ts';
import { fillTermsFromFile } from '../../../core/content/terms.ts';
import { t } from '../../../core/i18n/i18n.ts';

export interface TaskPage {
  path: string;
  title: string;
  /** What the page is for, in the words the page itself uses. */
  task: string;
  /** Other ways customers ask for the page («Как ещё спрашивают»): indexed, never shown. */
  phrases?: readonly string[];
}

/** The purpose as the form page shows it: deadlines filled in from content/sla.yaml, not «{{sla…}}». */
export const TASK_PAGES: readonly TaskPage[] = [
  ...forms.map((form) => ({
    path: form.pagePath,
    title: form.title,
    task: fillTermsFromFile(form.description),
    phrases: form.searchPhrases,
  })),
  {
    path: '/internet-priemnaya/status/',
    title: t('status.title'),
    task: t('status.description'),
    phrases: [
      'проверить статус заявки',
      'где мой ответ на обращение',
      'узнать по номеру обращения',
      'на какой стадии заявка',
      'рассмотрели ли мою жалобу',
    ],
  },
  {
    path: '/tarify/kalkulyator/',
    title: t('calculator.title'),
    task: t('calculator.description'),
    phrases: [
      'посчитать плату за свет',
      'сколько платить за киловатты',
      'калькулятор тарифа',
      'сколько стоит электричество в месяц',
      'рассчитать по двухзонному тарифу',
    ],
  },
].map((page) => ({ ...page, phrases: SearchPhrasesSchema.parse(page.phrases ?? []) }));
