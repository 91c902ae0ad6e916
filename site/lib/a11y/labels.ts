/** Russian labels of the settings and their values, from core/i18n/ru.json. */
import { t, type UiKey } from '../../../core/i18n/i18n.ts';
import type { A11ySettings, SettingKey } from '../../../core/a11y/settings.ts';

export function legendOf(key: SettingKey): string {
  return t(`a11y.legend.${key}` as UiKey);
}

export function optionLabel<K extends SettingKey>(key: K, value: A11ySettings[K]): string {
  return key === 'size' ? `${value} %` : t(`a11y.${key}.${value}` as UiKey);
}

/** What the live region says after a change, e.g. «Цветовая схема: белым по чёрному». */
export function announcement<K extends SettingKey>(key: K, value: A11ySettings[K]): string {
  const label = optionLabel(key, value);
  return `${legendOf(key)}: ${key === 'size' ? label : label.toLowerCase()}`;
}
