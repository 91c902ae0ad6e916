/**
 * The text of the unified payment QR code, ГОСТ Р 56042-2014: header `ST0001` + encoding `2`
 * (UTF-8), then `Key=Value` pairs separated by `|`. Every Russian bank app reads it and fills in
 * the transfer, so a customer pays by account number without a commission to the company.
 */
import type { Company } from '../../content/schemas/company.ts';

export interface PaymentQrInput {
  /** Лицевой счёт, digits only (validated by content/schemas/forms/payment-qr.ts). */
  personalAccount: string;
  /** Optional amount in kopecks; without it the customer types the sum in the bank app. */
  kopecks?: number | undefined;
}

/** The standard's limits on the lengths of the required fields. */
const MAX_LENGTHS: Record<string, number> = { Name: 160, BankName: 45, Purpose: 210 };

/** `|` separates the fields, so it must never appear inside a value. */
function clean(key: string, value: string): string {
  const flat = value.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();
  return flat.slice(0, MAX_LENGTHS[key] ?? flat.length);
}

/** The ordered pairs of the QR: required block first (Name … CorrespAcc), then the additional ones. */
export function paymentQrFields(company: Company, input: PaymentQrInput): Array<[string, string]> {
  const bank = company.bankAccounts[0];
  if (!bank) throw new Error('company.yaml has no bank account for the payment QR');
  const fields: Array<[string, string]> = [
    ['Name', company.fullName],
    ['PersonalAcc', bank.account],
    ['BankName', bank.bank],
    ['BIC', bank.bik],
    ['CorrespAcc', bank.correspondentAccount],
    ['PayeeINN', company.inn],
    ['KPP', company.kpp],
    ['PersAcc', input.personalAccount],
  ];
  if (input.kopecks !== undefined) fields.push(['Sum', String(input.kopecks)]);
  fields.push(['Purpose', `${company.payment.purpose}, лицевой счёт ${input.personalAccount}`]);
  return fields.map(([key, value]) => [key, clean(key, value)]);
}

/** The full QR text, e.g. `ST00012|Name=…|PersonalAcc=…|…|Purpose=…`. */
export function paymentQrText(company: Company, input: PaymentQrInput): string {
  return ['ST00012', ...paymentQrFields(company, input).map(([key, value]) => `${key}=${value}`)].join('|');
}
