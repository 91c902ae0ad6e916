/** A valid «Вопрос специалисту», as the page's script would send it. */
export const validQuestion = {
  lastName: 'Иванова',
  firstName: 'Анна',
  middleName: 'Петровна',
  replyChannel: 'email',
  email: 'anna.ivanova@example.ru',
  phone: '8 (913) 123-45-67',
  topic: 'billing',
  text: 'Почему в ноябре начисление выше, чем в октябре?',
  consent: true,
};

export const JSON_HEADERS = { accept: 'application/json', 'content-type': 'application/json' };

const person = {
  lastName: 'Иванова',
  firstName: 'Анна',
  replyChannel: 'email',
  email: 'anna@example.ru',
  consent: true,
};

/** One valid body per form type: every form must accept its own example. */
export const validBodies: Record<string, Record<string, unknown>> = {
  question: validQuestion,
  appeal: { ...person, text: 'Прошу разъяснить порядок расчёта.' },
  complaint: { ...person, text: 'Начислили по нормативу при исправном счётчике.', demands: 'Сделать перерасчёт.' },
  'supply-quality': {
    ...person,
    applicantType: 'person',
    residence: 'г. Томск, ул. Ленина, д. 1, кв. 1',
    birthDate: '01.02.1980',
    birthPlace: 'г. Томск',
    identityDocument: '6900 123456',
    contractNumber: '700123456',
    objectAddress: 'г. Томск, ул. Ленина, д. 1, кв. 1',
    incidentTime: '21.11.2026 с 18:00 до 21:30',
    phone: '+7 913 123-45-67',
    text: 'Не было света три часа.',
    demands: 'Перерасчёт.',
  },
  service: {
    ...person,
    phone: '8 913 123 45 67',
    objectAddress: 'г. Томск, ул. Ленина, д. 1',
    serviceKind: 'meter-verification',
  },
  contract: {
    ...person,
    applicantType: 'company',
    organizationName: 'ООО «Пример»',
    inn: '7000000003',
    ogrn: '1027000000004',
    objectAddress: 'г. Томск, ул. Ленина, д. 1',
    phone: '(3822) 75-00-75',
  },
  readings: {
    accountNumber: '700123456',
    lastName: 'Иванова',
    objectAddress: 'г. Томск, ул. Ленина, д. 1, кв. 1',
    meterZones: 'two',
    readingDay: '012345',
    readingNight: '004321',
    consent: true,
  },
  'account-transfer': {
    ...person,
    phone: '8 913 123 45 67',
    accountNumber: '700123456',
    objectAddress: 'г. Томск, ул. Ленина, д. 1, кв. 1',
    transferReason: 'new-owner',
  },
  'disclosure-request': { ...person, requestedInfo: 'Структура тарифа на 2026 год.' },
  'personal-data-request': { ...person, requestKind: 'access', identification: 'Лицевой счёт 700123456' },
  feedback: { text: 'Спасибо за быстрый ответ!' },
};
