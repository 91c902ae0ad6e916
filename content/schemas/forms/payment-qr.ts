/**
 * The payment-QR form (Оплата → «QR-код для оплаты»): the лицевой счёт and, optionally, the amount.
 * A GET form, so it works without JavaScript and the result can be bookmarked or printed.
 * Rendered by site/pages/oplata/qr-kod.astro; the QR text is built by core/payment/payment-qr.ts.
 */
import { formSchema, type FieldSpec } from './fields.ts';
import { accountNumberField } from './person-fields.ts';

/** Where the page lives; the payment page, the home page and the navigation link to it. */
export const PAYMENT_QR_PATH = '/oplata/qr-kod/';

/** No household bill comes near a million roubles; a bigger number is a typo, not a payment. */
export const MAX_PAYMENT_RUBLES = 1_000_000;

/** «1 234,56», «1234.5» or «1234» → kopecks; anything else (letters, minus, three decimals) → null. */
export function parseRublesToKopecks(value: string): number | null {
  const compact = value.replace(/[\s\u00A0\u202F]/g, '').replace(/(руб\.?|₽|р\.?)$/i, '');
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const kopecks = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return kopecks > 0 && kopecks <= MAX_PAYMENT_RUBLES * 100 ? kopecks : null;
}

export const paymentQrFields: FieldSpec[] = [
  accountNumberField(true),
  {
    name: 'amount',
    kind: 'text',
    label: 'Сумма к оплате, ₽ (необязательно)',
    hint: 'Как в квитанции, например 1 234,56. Оставьте пустым — сумму введёте в приложении банка',
    required: false,
    max: 20,
    autocomplete: 'off',
    inputmode: 'decimal',
    check: (value) => parseRublesToKopecks(value) !== null,
  },
];

export type PaymentQrValidation =
  | { ok: true; personalAccount: string; kopecks: number | undefined }
  | { ok: false; errors: Array<{ field: string; message: string }> };

const schema = formSchema('paymentQr', paymentQrFields);

/** Checks the query of the GET form; errors come in field order, one per field, for the error summary. */
export function validatePaymentQr(query: Record<string, string>): PaymentQrValidation {
  const result = schema.safeParse(query);
  if (result.success) {
    const data = result.data as { accountNumber: string; amount?: string };
    const kopecks = data.amount === undefined ? undefined : (parseRublesToKopecks(data.amount) ?? undefined);
    return { ok: true, personalAccount: data.accountNumber, kopecks };
  }
  const errors = paymentQrFields.flatMap((spec) => {
    const issue = result.error.issues.find((candidate) => candidate.path[0] === spec.name);
    return issue ? [{ field: spec.name, message: issue.message }] : [];
  });
  return { ok: false, errors };
}
