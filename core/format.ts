/** Russian formats for money, shares, counts, file sizes and sentences, as people read them on bills and in letters. */
import { plural } from './i18n/strings.ts';

const rubles = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 });
const decimals = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 5 });
const oneDecimal = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 1 });

/** 1539 → «1 539,00 ₽». */
export function formatRubles(amount: number): string {
  return rubles.format(amount);
}

/** A price per unit without the currency sign: 5.4 → «5,40», 0.61234 → «0,61234». */
export function formatPrice(price: number): string {
  return decimals.format(price);
}

/** At most one decimal: 12.25 → «12,3», 4 → «4». */
export function formatDecimal(value: number): string {
  return oneDecimal.format(value);
}

/**
 * A count that may be fractional, with its noun, to one decimal: 0 → «0 календарных дней»,
 * 1 → «1 календарный день», 2.5 → «2,5 календарного дня» (a fraction takes the genitive singular).
 */
export function formatQuantity(
  value: number,
  forms: { one: string; few: string; many: string; fraction: string },
): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? plural(rounded, forms) : `${formatDecimal(rounded)} ${forms.fraction}`;
}

/** A share as a percentage: 0.875 → «87,5 %». */
export function formatPercent(share: number): string {
  return percent.format(share);
}

/** 1902 → «1,9 КБ»; the size helps people on slow or metered connections. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${formatDecimal(kilobytes)} КБ`;
  return `${formatDecimal(kilobytes / 1024)} МБ`;
}

/** A sentence ending in one full stop: «… 2027 г.» stays, «… 2027» gets one, never «г..». */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
