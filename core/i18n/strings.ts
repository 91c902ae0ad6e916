/**
 * Text helpers that also run in the browser, so they never import the dictionary. A `Translate`
 * is `t` on the server; in a client script it looks up the strings its component rendered with
 * `pickStrings` (each script parses them itself: a shared helper would cost every page one more
 * request for a chunk of a few bytes).
 */
import type { UiKey } from './i18n.ts';

export type Translate = (key: UiKey) => string;

const pluralRules = new Intl.PluralRules('ru-RU');

/** `plural(3, { one: 'вопрос', few: 'вопроса', many: 'вопросов' })` → «3 вопроса». */
export function plural(count: number, forms: { one: string; few: string; many: string }): string {
  const category = pluralRules.select(count);
  const form = category === 'one' ? forms.one : category === 'few' ? forms.few : forms.many;
  return `${count} ${form}`;
}
