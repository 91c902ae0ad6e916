/**
 * Field-level checks JSON Schema cannot express (checksums, phone numbers, time zones), run in
 * the editor's browser by the same zod schemas the build uses, so the message under the field is
 * the build's message.
 */
import type { z } from 'zod';
import { KwhPriceSchema } from '../../content/schemas/tariff.ts';
import {
  EmailSchema,
  HttpsUrlSchema,
  InnSchema,
  OgrnSchema,
  PhoneSchema,
  TimeZoneSchema,
} from '../../content/schemas/common.ts';
import type { CHECKED_FORMATS } from '../fields.ts';
import { decap, type ControlProps, type ImmutableMap, type Validity } from './decap.ts';

export const FORMAT_SCHEMAS: Record<(typeof CHECKED_FORMATS)[number], z.ZodType> = {
  inn: InnSchema,
  ogrn: OgrnSchema,
  phone: PhoneSchema,
  'time-zone': TimeZoneSchema,
  email: EmailSchema,
  uri: HttpsUrlSchema,
  'kwh-price': KwhPriceSchema,
};

export function checkFormat(format: string, value: unknown): Validity {
  const schema = FORMAT_SCHEMAS[format as keyof typeof FORMAT_SCHEMAS] as z.ZodType | undefined;
  // An empty optional field is Decap's `required` business, not the format's.
  if (!schema || value === undefined || value === '') return true;
  const result = schema.safeParse(value);
  return result.success ? true : { error: { message: result.error.issues[0]?.message ?? 'Неверное значение' } };
}

/** `es-checked`: Decap's string widget plus the zod check named by the field's `format`. */
export function registerCheckedWidget(): void {
  const { CMS, createClass, h } = decap;
  const string = CMS.getWidget('string');
  const control = createClass({
    isValid(this: { props: ControlProps }): Validity {
      return checkFormat(String(this.props.field.get('format')), this.props.value);
    },
    render(this: { props: ControlProps }) {
      return h(string.control, this.props as unknown as Record<string, unknown>);
    },
  });
  CMS.registerWidget('es-checked', control, string.preview);
  registerNumberWidget();
}

/** A number field's range and format, with the field's own Russian message (see `es-number`). */
export function checkNumber(field: ImmutableMap, value: unknown): Validity {
  if (value === undefined || value === null || value === '') return true;
  const label = String(field.get('label'));
  const refuse = (message: string): Validity => ({ error: { message } });
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(number))
    return refuse(`Значение поля «${label}» — число, дробная часть через точку, например 5.42`);
  const format = field.get('format');
  if (typeof format === 'string') return checkFormat(format, number);
  const min = field.get('min');
  const above = field.get('exclusive_min');
  const max = field.get('max');
  if (typeof above === 'number' && number <= above)
    return refuse(`Значение поля «${label}» должно быть больше ${String(above)}`);
  if (typeof min === 'number' && number < min)
    return refuse(`Значение поля «${label}» должно быть не меньше ${String(min)}`);
  if (typeof max === 'number' && number > max)
    return refuse(`Значение поля «${label}» должно быть не больше ${String(max)}`);
  return true;
}

/** `es-number`: Decap's number widget; the range (also «greater than») and zod format by checkNumber. */
function registerNumberWidget(): void {
  const { CMS, createClass, h } = decap;
  const number = CMS.getWidget('number');
  const control = createClass({
    isValid(this: { props: ControlProps }): Validity {
      return checkNumber(this.props.field, this.props.value);
    },
    render(this: { props: ControlProps }) {
      return h(number.control, this.props as unknown as Record<string, unknown>);
    },
  });
  CMS.registerWidget('es-number', control, number.preview);
}
