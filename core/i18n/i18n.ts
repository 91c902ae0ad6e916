/** Russian UI strings by dotted key, and Russian plurals (one / few / many). */
import strings from './ru.json' with { type: 'json' };

export type UiKey = keyof typeof strings;

export function t(key: UiKey): string {
  return strings[key];
}

const pluralRules = new Intl.PluralRules('ru-RU');

/** `plural(3, { one: 'вопрос', few: 'вопроса', many: 'вопросов' })` → «3 вопроса». */
export function plural(count: number, forms: { one: string; few: string; many: string }): string {
  const category = pluralRules.select(count);
  const form = category === 'one' ? forms.one : category === 'few' ? forms.few : forms.many;
  return `${count} ${form}`;
}
