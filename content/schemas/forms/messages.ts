/**
 * Russian validation messages, keyed by field and rule, with per-form overrides keyed
 * `<form>.<field>`. The API returns them, the pages show them in the error summary and beside the
 * field, and client-side hints use the same text. Imperative, with an example of the right format.
 */
export type Rule = 'required' | 'max' | 'format' | 'control';

type FieldMessages = Partial<Record<Rule, string>>;

const byField: Record<string, FieldMessages> = {
  lastName: {
    required: 'Введите фамилию',
    max: 'Фамилия должна быть не длиннее 100 символов',
    format: 'Фамилия пишется буквами; можно пробел, дефис, точку и апостроф — уберите другие знаки',
  },
  firstName: {
    required: 'Введите имя',
    max: 'Имя должно быть не длиннее 100 символов',
    format: 'Имя пишется буквами; можно пробел, дефис, точку и апостроф — уберите другие знаки',
  },
  middleName: {
    max: 'Отчество должно быть не длиннее 100 символов',
    format: 'Отчество пишется буквами; можно пробел, дефис, точку и апостроф — уберите другие знаки',
  },
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
    required: 'Введите номер телефона, например 8 913 123-45-67',
    format: 'Введите российский номер телефона с кодом, например 8 913 123-45-67 или (3822) 75-00-75',
  },
  accountNumber: {
    required: 'Введите номер лицевого счёта из квитанции, например 700123456',
    format: 'Номер лицевого счёта состоит из 6–12 цифр, например 700123456',
  },
  contractNumber: { required: 'Введите номер договора или лицевого счёта, например 700123456' },
  objectAddress: {
    required: 'Введите адрес объекта, например г. Томск, ул. Ленина, д. 1, кв. 1',
    max: 'Адрес объекта должен быть не длиннее 300 символов',
  },
  applicantType: { required: 'Выберите, кто обращается: физическое лицо или организация' },
  organizationName: { required: 'Введите наименование организации, например ООО «Ромашка»' },
  inn: {
    required: 'Введите ИНН организации или индивидуального предпринимателя',
    format: 'ИНН должен состоять из 10 цифр (для ИП — из 12) с верной контрольной суммой, например 7000000003',
  },
  ogrn: {
    required: 'Введите ОГРН организации или ОГРНИП предпринимателя',
    format: 'ОГРН должен состоять из 13 цифр (ОГРНИП — из 15) с верной контрольной цифрой, например 1027000000004',
  },
  identityDocument: { required: 'Введите серию и номер паспорта, например 6900 123456' },
  residence: { required: 'Введите адрес места жительства' },
  birthDate: {
    required: 'Введите дату рождения, например 01.02.1980',
    format: 'Введите дату рождения в формате ДД.ММ.ГГГГ, например 01.02.1980',
  },
  birthPlace: { required: 'Введите место рождения, как в паспорте' },
  incidentTime: { required: 'Укажите, когда было нарушение, например 21.11.2026 с 18:00 до 21:30' },
  demands: { required: 'Напишите, что вы требуете, например перерасчёт за дни без электроэнергии' },
  serviceKind: { required: 'Выберите услугу' },
  meterZones: { required: 'Выберите, сколько тарифных зон у счётчика' },
  readingDay: {
    required: 'Введите показание счётчика — только цифры до запятой, например 012345',
    format: 'Показание — это число до 7 цифр, можно с десятыми, например 012345 или 12345,6',
  },
  readingNight: {
    required: 'Введите показание ночной зоны, например 004321',
    format: 'Показание — это число до 7 цифр, можно с десятыми, например 004321',
  },
  readingPeak: {
    required: 'Введите показание пиковой зоны, например 001234',
    format: 'Показание — это число до 7 цифр, можно с десятыми, например 001234',
  },
  transferReason: { required: 'Выберите причину перерегистрации' },
  requestedInfo: { required: 'Перечислите, какую информацию вы запрашиваете' },
  requestKind: { required: 'Выберите, что вы просите сделать с вашими данными' },
  identification: { required: 'Укажите сведения, по которым мы найдём ваши данные, например номер лицевого счёта' },
  rating: { required: 'Выберите оценку' },
  amount: {
    format: 'Введите сумму в рублях — больше нуля и не больше 1 000 000, только цифры и запятая, например 1 234,56',
  },
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
const byFormField: Record<string, FieldMessages> = {
  'appeal.text': { required: 'Напишите текст обращения' },
  'complaint.text': { required: 'Опишите, в чём нарушение: что произошло и когда' },
  'supply-quality.text': { required: 'Опишите нарушение: что произошло с электроснабжением' },
  'feedback.text': { required: 'Напишите ваш отзыв или предложение' },
  'status-lookup.registrationNumber': {
    required: 'Введите регистрационный номер обращения, например ВП-2026-000123',
    format: 'Введите регистрационный номер так, как он указан в письме о регистрации, например ВП-2026-000123',
  },
  'status-lookup.contact': {
    required: 'Введите адрес электронной почты или телефон, которые вы указали в обращении',
    format: 'Введите адрес электронной почты, например ivanova@example.ru, или телефон, например 8 913 123-45-67',
  },
  'answer-rating.rating': { required: 'Выберите оценку ответа: от 1 (очень плохо) до 5 (отлично)' },
  'answer-rating.comment': { max: 'Комментарий должен быть не длиннее 1000 символов — сократите его' },
  'feedback.consent': {
    required: 'Вы указали контакты — дайте согласие на обработку персональных данных или уберите контакты',
  },
};

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
