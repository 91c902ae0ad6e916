/**
 * Pages where the visitor does something (the forms of the Интернет-приёмная, the status lookup,
 * the tariff calculator). They are rendered on request, so the build has no HTML of them to
 * index: the search indexes each by its title and the sentence saying what it is for, marked
 * as a task page so that a query naming the task («жалоба на начисление») puts its form first.
 */
import { forms } from '../../../content/schemas/forms/index.ts';
import { fillTermsFromFile } from '../../../core/content/terms.ts';
import { t } from '../../../core/i18n/i18n.ts';

export interface TaskPage {
  path: string;
  title: string;
  /** What the page is for, in the words the page itself uses. */
  task: string;
}

/** The purpose as the form page shows it: deadlines filled in from content/sla.yaml, not «{{sla…}}». */
export const TASK_PAGES: readonly TaskPage[] = [
  ...forms.map((form) => ({ path: form.pagePath, title: form.title, task: fillTermsFromFile(form.description) })),
  { path: '/internet-priemnaya/status/', title: t('status.title'), task: t('status.description') },
  { path: '/tarify/kalkulyator/', title: t('calculator.title'), task: t('calculator.description') },
];
