/**
 * Russian names of one item of each list in the CMS, so Decap's list header and «Добавить»
 * button read correctly: «7 периодов», «1 период», «Добавить период» (Decap itself only knows a
 * plural label and prints «7 периоды»). Keyed by the list's label (its zod `.meta({ title })`);
 * tests/unit/cms-config.test.ts fails when a list has no entry here.
 */
export interface ItemForms {
  /** 1, 21, 31…: «период». */
  one: string;
  /** 2–4, 22–24…: «периода». */
  few: string;
  /** 0, 5–20, 25…: «периодов». */
  many: string;
  /** The accusative for «Добавить …» when it differs from `one`: «льготу». */
  add?: string;
}

const masculine = (one: string, few: string, many: string): ItemForms => ({ one, few, many });

export const LIST_ITEMS: Record<string, ItemForms> = {
  Телефоны: masculine('телефон', 'телефона', 'телефонов'),
  'Банковские реквизиты': masculine('счёт', 'счёта', 'счетов'),
  'Способы оплаты без комиссии': masculine('способ', 'способа', 'способов'),
  'Соцсети и мессенджеры': { one: 'ссылка', few: 'ссылки', many: 'ссылок', add: 'ссылку' },
  'Задачи на главной': { one: 'задача', few: 'задачи', many: 'задач', add: 'задачу' },
  Периоды: masculine('период', 'периода', 'периодов'),
  'Надбавки по группам': { one: 'надбавка', few: 'надбавки', many: 'надбавок', add: 'надбавку' },
  Месяцы: masculine('месяц', 'месяца', 'месяцев'),
  Файлы: masculine('файл', 'файла', 'файлов'),
  'Ценовые категории': { one: 'категория', few: 'категории', many: 'категорий', add: 'категорию' },
  Льготы: { one: 'льгота', few: 'льготы', many: 'льгот', add: 'льготу' },
  Основания: { one: 'основание', few: 'основания', many: 'оснований' },
  Офисы: masculine('офис', 'офиса', 'офисов'),
  Услуги: { one: 'услуга', few: 'услуги', many: 'услуг', add: 'услугу' },
  Перерывы: masculine('перерыв', 'перерыва', 'перерывов'),
  'Особые дни': masculine('особый день', 'особых дня', 'особых дней'),
  Каналы: masculine('канал', 'канала', 'каналов'),
  'Ссылки для действия': { one: 'ссылка', few: 'ссылки', many: 'ссылок', add: 'ссылку' },
  'Группы синонимов': { one: 'группа', few: 'группы', many: 'групп', add: 'группу' },
  'Слабые слова': { one: 'слово', few: 'слова', many: 'слов' },
  'Как ещё спрашивают': { one: 'формулировка', few: 'формулировки', many: 'формулировок', add: 'формулировку' },
  Документы: masculine('документ', 'документа', 'документов'),
  Отключения: { one: 'отключение', few: 'отключения', many: 'отключений' },
  'Населённые пункты': masculine('населённый пункт', 'населённых пункта', 'населённых пунктов'),
  Улицы: { one: 'улица', few: 'улицы', many: 'улиц', add: 'улицу' },
  'Сетевые организации': {
    one: 'сетевая организация',
    few: 'сетевые организации',
    many: 'сетевых организаций',
    add: 'сетевую организацию',
  },
  Пункты: masculine('пункт', 'пункта', 'пунктов'),
  'Файлы-источники': masculine('файл', 'файла', 'файлов'),
  'Остальные обращения': masculine('адрес', 'адреса', 'адресов'),
  Правила: { one: 'правило', few: 'правила', many: 'правил' },
  Кому: masculine('адрес', 'адреса', 'адресов'),
  'Сроки по видам обращений': masculine('срок', 'срока', 'сроков'),
  'Другие сроки': masculine('срок', 'срока', 'сроков'),
  Мониторы: masculine('монитор', 'монитора', 'мониторов'),
  'Технические работы': masculine('период работ', 'периода работ', 'периодов работ'),
  'Нерабочие дни с понедельника по пятницу': masculine('день', 'дня', 'дней'),
  'Рабочие субботы и воскресенья': masculine('день', 'дня', 'дней'),
  'Сокращённые дни': masculine('день', 'дня', 'дней'),
};

const rules = new Intl.PluralRules('ru');

/** «7 периодов»: the item name that goes with `count`. */
export function itemsWord(forms: ItemForms, count: number): string {
  const rule = rules.select(count);
  return rule === 'one' ? forms.one : rule === 'few' ? forms.few : forms.many;
}
