/**
 * Deadlines in public text come from content/sla.yaml, never typed: pages, FAQ answers, form texts,
 * receipts and letters write a placeholder such as «{{sla.appeal.final|genitive}}» and get
 * «30 дней». An unknown placeholder throws, naming it, so a typo stops the build or the test run.
 *
 * Placeholders:
 * - `sla.register` — registration; `sla.<kind>.final|interim|callback|callbackOnRequest` — per appeal kind;
 * - `sla.extension` — the longest extension; `sla.terms.<id>` — other deadlines (sla.yaml `terms`);
 * - `readings.window` («с 15-го по 25-е число месяца»), `readings.until` («до 25-го числа месяца»).
 * `|genitive` gives the form after «в течение», «не позднее», «до» («1 рабочего дня», «3 рабочих дней»).
 */
import type { Period, Sla } from '../../content/schemas/sla.ts';
import { loadContentFile } from './load.ts';

const PLACEHOLDER = /\{\{\s*([a-z][\w.-]*)(?:\|(genitive))?\s*\}\}/g;

function plural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}

/** «30 дней», «2 рабочих дня», «1 рабочий день»; genitive: «1 рабочего дня», «3 рабочих дней». */
export function periodText(period: Pick<Period, 'days' | 'unit'>, genitive = false): string {
  const { days, unit } = period;
  const working = unit === 'working';
  if (genitive) {
    const singular = days % 10 === 1 && days % 100 !== 11;
    if (singular) return `${days} ${working ? 'рабочего дня' : 'дня'}`;
    return `${days} ${working ? 'рабочих дней' : 'дней'}`;
  }
  const noun = plural(days, 'день', 'дня', 'дней');
  const adjective = working ? `${plural(days, 'рабочий', 'рабочих', 'рабочих')} ` : '';
  return `${days} ${adjective}${noun}`;
}

/** Every period sla.yaml gives, by placeholder key. */
export function slaPeriods(sla: Sla): Map<string, Period> {
  const periods = new Map<string, Period>([
    ['sla.register', sla.register],
    ['sla.extension', { days: sla.maxExtensionDays, unit: 'calendar' }],
  ]);
  for (const rule of sla.rules) {
    periods.set(`sla.${rule.kind}.final`, rule.final);
    if (rule.interim) periods.set(`sla.${rule.kind}.interim`, rule.interim);
    if (rule.callback) periods.set(`sla.${rule.kind}.callback`, rule.callback);
    if (rule.callbackOnRequest) periods.set(`sla.${rule.kind}.callbackOnRequest`, rule.callbackOnRequest);
  }
  for (const term of sla.terms) periods.set(`sla.terms.${term.id}`, term);
  return periods;
}

function placeholderValue(sla: Sla, key: string, genitive: boolean): string | undefined {
  const { firstDay, lastDay } = sla.readingsWindow;
  if (key === 'readings.window') return `с ${firstDay}-го по ${lastDay}-е число месяца`;
  if (key === 'readings.until') return `до ${lastDay}-го числа месяца`;
  const period = slaPeriods(sla).get(key);
  return period && periodText(period, genitive);
}

/** Text with every placeholder replaced; throws on an unknown one. */
export function fillTerms(text: string, sla: Sla): string {
  return text.replace(PLACEHOLDER, (placeholder, key: string, genitive?: string) => {
    const value = placeholderValue(sla, key, genitive !== undefined);
    if (value === undefined) throw new Error(`Неизвестная подстановка ${placeholder} (см. core/content/terms.ts)`);
    return value;
  });
}

let cached: Sla | undefined;

/** content/sla.yaml, read once per process (the server and the build; pages use the `sla` collection). */
export function loadTermsSla(): Sla {
  cached ??= loadContentFile('sla');
  return cached;
}

/** Texts from content/ already filled: the server fills the same few for every receipt and letter. */
const filled = new Map<string, string>();

/** fillTerms with content/sla.yaml: for the server's receipts and letters and the Markdown build step. */
export function fillTermsFromFile(text: string): string {
  let result = filled.get(text);
  if (result === undefined) {
    result = fillTerms(text, loadTermsSla());
    filled.set(text, result);
  }
  return result;
}
