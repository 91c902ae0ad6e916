/**
 * Russian labels of the settings and their values. The words come from a `Translate` (`t` on the
 * server; in the browser, the strings the settings bar renders from `CLIENT_STRING_KEYS`).
 */
import type { UiKey } from '../../../core/i18n/i18n.ts';
import type { Translate } from '../../../core/i18n/strings.ts';
import { SETTING_KEYS, SETTING_OPTIONS, type A11ySettings, type SettingKey } from '../../../core/a11y/settings.ts';

export function legendOf(key: SettingKey, tr: Translate): string {
  return tr(`a11y.legend.${key}` as UiKey);
}

export function optionLabel<K extends SettingKey>(key: K, value: A11ySettings[K], tr: Translate): string {
  return key === 'size' ? `${value} %` : tr(`a11y.${key}.${value}` as UiKey);
}

/** What the live region says after a change, e.g. «Цветовая схема: белым по чёрному». */
export function announcement<K extends SettingKey>(key: K, value: A11ySettings[K], tr: Translate): string {
  const label = optionLabel(key, value, tr);
  return `${legendOf(key, tr)}: ${key === 'size' ? label : label.toLowerCase()}`;
}

/** Every string the client script announces: the three switches and each setting's labels. */
export const CLIENT_STRING_KEYS: readonly UiKey[] = [
  'a11y.announce.on',
  'a11y.announce.off',
  'a11y.announce.reset',
  ...SETTING_KEYS.flatMap((key) => [
    `a11y.legend.${key}` as UiKey,
    ...(key === 'size' ? [] : SETTING_OPTIONS[key].map((value) => `a11y.${key}.${value}` as UiKey)),
  ]),
];
