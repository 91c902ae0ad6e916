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
