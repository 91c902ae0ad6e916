/**
 * The no-JavaScript settings form: every control of the bar and of the settings page posts here
 * (button name/value pairs or radio groups). One strict zod schema, derived from SETTING_OPTIONS,
 * turns the posted fields into the next settings or into Russian messages naming the field.
 */
import { z } from 'zod';
import { t } from '../../../core/i18n/i18n.ts';
import { legendOf } from './labels.ts';
import {
  SETTING_OPTIONS,
  applyFields,
  safeReturnPath,
  type A11ySettings,
  type SettingKey,
} from '../../../core/a11y/settings.ts';

function choice<K extends SettingKey, E extends string = never>(key: K, extra: readonly E[] = []) {
  const message = t('a11y.error.choose').replace('{legend}', legendOf(key));
  return z.enum([...SETTING_OPTIONS[key], ...extra], { message }).optional();
}

export const SettingsFormSchema = z.object({
  /** on: switch the version on; off: «Обычная версия»; reset: defaults; save: apply the fields. */
  action: z.enum(['on', 'off', 'reset', 'save']).catch('save'),
  /** Where to return; only same-origin paths are kept (see safeReturnPath). */
  back: z.string().optional(),
  scheme: choice('scheme'),
  /** The bar's «А−» / «А+» buttons post `down` / `up`. */
  size: choice('size', ['up', 'down'] as const),
  spacing: choice('spacing'),
  leading: choice('leading'),
  images: choice('images'),
  font: choice('font'),
  media: choice('media'),
  speech: choice('speech'),
});

export interface FieldError {
  /** The setting's name, which is also the id prefix of its first radio button. */
  field: SettingKey;
  message: string;
}

export type FormOutcome =
  | { kind: 'done'; back: string; settings: A11ySettings | null }
  | { kind: 'invalid'; back: string; errors: FieldError[] };

/** Checks the posted fields and applies them to the current settings (`null`: the version is off). */
export function applySettingsForm(
  current: A11ySettings | null,
  fields: Record<string, unknown>,
  fallbackBack: string,
): FormOutcome {
  const back = safeReturnPath(fields['back'], fallbackBack);
  const parsed = SettingsFormSchema.safeParse(fields);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      field: issue.path[0] as SettingKey,
      message: issue.message,
    }));
    return { kind: 'invalid', back, errors };
  }
  return { kind: 'done', back, settings: applyFields(current, parsed.data.action, parsed.data) };
}
