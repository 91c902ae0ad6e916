/**
 * Day counts stated in Russian text («30 дней», «3 рабочих дня», «в течение одного рабочего дня»,
 * «не позднее следующего рабочего дня»), so a test can hold them against content/sla.yaml.
 */
import type { Period } from '../../content/schemas/sla.ts';

const NUMBER_WORDS: Record<string, number> = {
  одного: 1,
  один: 1,
  следующего: 1,
  двух: 2,
  два: 2,
  трёх: 3,
  трех: 3,
  три: 3,
  пяти: 5,
  пять: 5,
  семи: 7,
  десяти: 10,
  пятнадцати: 15,
  тридцати: 30,
};

const DAY_COUNT = new RegExp(
  `(?<![\\p{L}\\d-])(\\d+|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:(рабоч\\p{L}*|календарн\\p{L}*)\\s+)?(?:день|дня|дней)(?!\\p{L})`,
  'giu',
);

export interface DayCount extends Period {
  /** The phrase as written. */
  phrase: string;
}

export function dayCounts(text: string): DayCount[] {
  return [...text.matchAll(DAY_COUNT)].map((match) => {
    const count = match[1]?.toLowerCase() ?? '';
    return {
      phrase: match[0],
      days: NUMBER_WORDS[count] ?? Number(count),
      unit: match[2]?.toLowerCase().startsWith('рабоч') ? 'working' : 'calendar',
    };
  });
}
