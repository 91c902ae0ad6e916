/**
 * Field-level checks JSON Schema cannot express (checksums, phone numbers, time zones), run in
 * the editor's browser by the same zod schemas the build uses, so the message under the field is
 * the build's message.
 */
import type { z } from 'zod';
import {
  EmailSchema,
  HttpsUrlSchema,
  InnSchema,
  OgrnSchema,
  PhoneSchema,
  TimeZoneSchema,
} from '../../content/schemas/common.ts';
import type { CHECKED_FORMATS } from '../fields.ts';
import { decap, type ControlProps, type Validity } from './decap.ts';

export const FORMAT_SCHEMAS: Record<(typeof CHECKED_FORMATS)[number], z.ZodType> = {
  inn: InnSchema,
  ogrn: OgrnSchema,
  phone: PhoneSchema,
  'time-zone': TimeZoneSchema,
  email: EmailSchema,
  uri: HttpsUrlSchema,
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
}
