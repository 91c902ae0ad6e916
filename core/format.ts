/** Russian formats for money, file sizes and sentences, as people read them on bills and in letters. */

const rubles = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 });
const decimals = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 5 });

/** 1539 → «1 539,00 ₽». */
export function formatRubles(amount: number): string {
  return rubles.format(amount);
}

/** A price per unit without the currency sign: 5.4 → «5,40», 0.61234 → «0,61234». */
export function formatPrice(price: number): string {
  return decimals.format(price);
}

/** 1902 → «1,9 КБ»; the size helps people on slow or metered connections. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${kilobytes.toLocaleString('ru-RU', { maximumFractionDigits: 1 })} КБ`;
  return `${(kilobytes / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} МБ`;
}

/** A sentence ending in one full stop: «… 2027 г.» stays, «… 2027» gets one, never «г..». */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
