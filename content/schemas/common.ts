/**
 * Shared primitives for every content type and form: Russian registry numbers with their
 * checksums, phone numbers, time zones. Declared once here and imported everywhere.
 */
import { z } from 'zod';

/** The value is already checked to be ASCII digits. */
const digitsOnly = (value: string): number[] => Array.from(value, Number);

/** Weighted checksum used by ИНН: sum of digit × weight, mod 11, mod 10. */
function innControlDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, weight, index) => acc + weight * (digits[index] ?? 0), 0);
  return (sum % 11) % 10;
}

/** ИНН of an organisation (10 digits) or of a person / sole trader (12 digits), with checksum. */
export function isValidInn(value: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return false;
  const d = digitsOnly(value);
  if (d.length === 10) {
    return innControlDigit(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  }
  return (
    innControlDigit(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] &&
    innControlDigit(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11]
  );
}

/**
 * ОГРН (13 digits: remainder of the first 12 divided by 11, last digit of it) or
 * ОГРНИП (15 digits: remainder of the first 14 divided by 13, last digit of it).
 * BigInt because 14-digit numbers exceed safe integer arithmetic only barely, and clarity wins.
 */
export function isValidOgrn(value: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false;
  const divisor = value.length === 13 ? 11n : 13n;
  const body = BigInt(value.slice(0, -1));
  return Number((body % divisor) % 10n) === Number(value.at(-1));
}

/** Digits of a Russian phone number normalised to +7XXXXXXXXXX, or null when it is not one. */
export function normalizePhone(value: string): string | null {
  if (!/^[\d\s()+-]+$/.test(value)) return null;
  const digits = value.replace(/\D/g, '');
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))) {
    return `+7${digits.slice(1)}`;
  }
  // Local numbers are written with the area code: (3822) 75-00-75 has 10 digits.
  if (digits.length === 10) return `+7${digits}`;
  return null;
}

export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('ru-RU', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * `format` names the check for tools that only see the JSON Schema: the CMS runs this very schema
 * in the editor's browser for fields of that format (cms/admin/formats.ts).
 */
export const InnSchema = z
  .string()
  .trim()
  .refine(isValidInn, {
    message: 'ИНН должен состоять из 10 или 12 цифр с верной контрольной суммой, например 7000000003',
  })
  .meta({ format: 'inn' });

export const OgrnSchema = z
  .string()
  .trim()
  .refine(isValidOgrn, {
    message: 'ОГРН должен состоять из 13 цифр (ОГРНИП — из 15) с верной контрольной цифрой',
  })
  .meta({ format: 'ogrn' });

/** A phone number as people write it, e.g. «8-800-222-49-02» or «(3822) 75-00-75». */
export const PhoneSchema = z
  .string()
  .trim()
  .refine((value) => normalizePhone(value) !== null, {
    message: 'Укажите российский номер телефона с кодом, например 8-800-222-49-02 или (3822) 75-00-75',
  })
  .meta({ format: 'phone' });

/** An IANA time zone, e.g. «Asia/Tomsk». */
export const TimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, {
    message: 'Укажите часовой пояс из базы IANA, например Asia/Tomsk',
  })
  .meta({ format: 'time-zone' });

export const HttpsUrlSchema = z.url({
  protocol: /^https$/,
  message: 'Укажите полный адрес, начинающийся с https://',
});

export const EmailSchema = z.email({ message: 'Укажите адрес электронной почты, например info@example.ru' });
