/** Russian formats for money, dates and file sizes, as people read them on bills and in letters. */
import { t } from './i18n.ts';

const rubles = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 });
const decimals = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 5 });
const longDate = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 1539 → «1 539,00 ₽». */
export function formatRubles(amount: number): string {
  return rubles.format(amount);
}

/** A price per unit without the currency sign: 5.4 → «5,40», 0.61234 → «0,61234». */
export function formatPrice(price: number): string {
  return decimals.format(price);
}

/** «2026-07-01» → «1 июля 2026 г.». */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/** «с 1 июля 2026 г. по 31 декабря 2026 г.». */
export function formatPeriod(period: { validFrom: string; validTo: string }): string {
  return `${t('tariffs.from')} ${formatDate(period.validFrom)} ${t('tariffs.to')} ${formatDate(period.validTo)}`;
}

/** «2026-10» → «октябрь 2026 г.». */
export function formatMonth(period: string): string {
  return monthYear.format(new Date(`${period}-01T00:00:00Z`));
}

/** 1902 → «1,9 КБ»; the size helps people on slow or metered connections. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${kilobytes.toLocaleString('ru-RU', { maximumFractionDigits: 1 })} КБ`;
  return `${(kilobytes / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} МБ`;
}
