/** The GOV.UK error pattern's page-title rule: «Ошибка: » before the title while a form has errors. */
import { t } from '../../core/i18n/i18n.ts';

export function titleWithErrors(title: string, errorCount: number): string {
  return errorCount > 0 ? `${t('form.errorPrefix')} ${title}` : title;
}
