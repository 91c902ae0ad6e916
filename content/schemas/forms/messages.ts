/**
 * Russian validation messages, keyed by field and rule, with per-form overrides keyed
 * `<form>.<field>`. The API returns them, the pages show them in the error summary and beside the
 * field, and client-side hints use the same text. Imperative, with an example of the right format.
 */
export type Rule = 'required' | 'max' | 'format' | 'control';

type FieldMessages = Partial<Record<Rule, string>>;

const byField: Record<string, FieldMessages> = {
  lastName: { required: 'Введите фамилию', max: 'Фамилия должна быть не длиннее 100 символов' },
  firstName: { required: 'Введите имя', max: 'Имя должно быть не длиннее 100 символов' },
  middleName: { max: 'Отчество должно быть не длиннее 100 символов' },
  replyChannel: { required: 'Выберите, как вы хотите получить ответ: по электронной почте или письмом' },
  email: {
    required: 'Введите адрес электронной почты для ответа, например ivanova@example.ru',
    format: 'Введите адрес электронной почты в правильном формате, например ivanova@example.ru',
  },
  postalAddress: {
    required: 'Введите почтовый адрес для ответа письмом, например 634000, г. Томск, ул. Ленина, д. 1, кв. 1',
    max: 'Почтовый адрес должен быть не длиннее 300 символов',
  },
  phone: {
    format: 'Введите российский номер телефона с кодом, например 8 913 123-45-67 или (3822) 75-00-75',
  },
  accountNumber: { format: 'Номер лицевого счёта состоит из 6–12 цифр, например 700123456' },
  topic: { required: 'Выберите тему вопроса' },
  text: {
    required: 'Напишите ваш вопрос',
    max: 'Текст должен быть не длиннее 4000 символов — сократите его или приложите документ',
  },
  consent: {
    required: 'Чтобы мы могли рассмотреть обращение, дайте согласие на обработку персональных данных',
  },
};

/** Overrides for one form, e.g. `complaint.text`. */
const byFormField: Record<string, FieldMessages> = {};

/** The message for a rule, or a generic one that still names the field by its label. */
export function messageFor(form: string, field: string, rule: Rule, label: string): string {
  const specific = byFormField[`${form}.${field}`]?.[rule] ?? byField[field]?.[rule];
  if (specific) return specific;
  switch (rule) {
    case 'required':
      return `Заполните поле «${label}»`;
    case 'max':
      return `Сократите текст в поле «${label}»`;
    case 'control':
      return `Уберите из поля «${label}» служебные (непечатаемые) символы`;
    case 'format':
      return `Проверьте, правильно ли заполнено поле «${label}»`;
  }
}
