/**
 * Realistic Russian queries and the page that must appear in the top 3 results: word forms,
 * ё/е, capitals, abbreviations, synonyms and the «приём» trap. Where two pages answer the
 * question equally well, either counts. Paths of FAQ answers are given by slug.
 */
const faq = (slug: string) => `/internet-priemnaya/voprosy-otvety/${slug}/`;

export interface RelevanceCase {
  query: string;
  /** Any of these pages in the top 3 is a hit; the first is the ideal first result. */
  expected: string[];
}

const READINGS = ['/peredat-pokazaniya/', faq('kak-peredat-pokazaniya')];

export const RELEVANCE_SET: RelevanceCase[] = [
  { query: 'приём показаний', expected: READINGS },
  { query: 'прием показаний счетчика', expected: READINGS },
  { query: 'ПЕРЕДАТЬ ПОКАЗАНИЯ', expected: READINGS },
  { query: 'показания прибора учета', expected: READINGS },
  { query: 'как сообщить показания ПУ', expected: READINGS },
  { query: 'до какого числа передавать показания', expected: [faq('do-kakogo-chisla-peredavat-pokazaniya')] },
  { query: 'срок передачи показаний', expected: [faq('do-kakogo-chisla-peredavat-pokazaniya')] },
  { query: 'не передал показания', expected: [faq('chto-budet-esli-ne-peredat-pokazaniya')] },
  { query: 'показания день ночь', expected: [faq('pokazaniya-mnogotarifnogo-schetchika')] },
  { query: 'двухтарифный счётчик', expected: [faq('pokazaniya-mnogotarifnogo-schetchika')] },
  { query: 'замена счетчика', expected: [faq('zamena-schetchika')] },
  { query: 'заменить ПУ', expected: [faq('zamena-schetchika')] },
  { query: 'истек срок поверки', expected: [faq('zamena-schetchika')] },
  { query: 'МПИ', expected: [faq('zamena-schetchika')] },
  { query: 'перенести счётчик', expected: [faq('perenos-schetchika')] },
  { query: 'сорвали пломбу', expected: [faq('sorvana-plomba')] },
  { query: 'общедомовой счетчик', expected: [faq('obshchedomovoj-schetchik')] },
  { query: 'оплата без комиссии', expected: [faq('kak-oplatit-bez-komissii'), '/oplata/'] },
  { query: 'оплатить электроэнергию', expected: ['/oplata/', faq('kak-oplatit-bez-komissii')] },
  { query: 'до какого числа платить за свет', expected: [faq('srok-oplaty-dlya-grazhdan')] },
  { query: 'сроки оплаты для организаций', expected: [faq('srok-oplaty-dlya-organizacij')] },
  { query: 'когда зачислится платеж', expected: [faq('kogda-zachislyat-platezh')] },
  { query: 'не пришла квитанция', expected: [faq('kvitanciya-ne-prishla')] },
  { query: 'где взять платёжный документ', expected: [faq('kvitanciya-ne-prishla')] },
  { query: 'автоплатеж с карты', expected: [faq('avtoplatezh')] },
  { query: 'реквизиты для оплаты', expected: [faq('rekvizity-dlya-oplaty')] },
  { query: 'узнать долг', expected: [faq('kak-uznat-zadolzhennost')] },
  { query: 'задолженность по ЛС', expected: [faq('kak-uznat-zadolzhennost')] },
  { query: 'отключат ли за долги', expected: [faq('kogda-mogut-otklyuchit-za-dolg')] },
  {
    query: 'приостановление подачи электроэнергии',
    expected: [faq('kogda-mogut-otklyuchit-za-dolg'), faq('kak-preduprezhdayut-ob-ogranichenii')],
  },
  { query: 'рассрочка долга', expected: [faq('rassrochka-dolga')] },
  { query: 'включат ли свет после оплаты долга', expected: [faq('vosstanovlenie-posle-otklyucheniya')] },
  { query: 'справка об отсутствии задолженности', expected: [faq('spravka-ob-otsutstvii-zadolzhennosti')] },
  { query: 'акт сверки', expected: [faq('akt-sverki')] },
  { query: 'переоформить лицевой счёт', expected: [faq('pereoformit-licevoj-schet')] },
  { query: 'смена собственника квартиры', expected: [faq('pereoformit-licevoj-schet')] },
  { query: 'сменила фамилию', expected: [faq('smena-familii-v-licevom-schete')] },
  { query: 'номер лицевого счета', expected: [faq('gde-nomer-licevogo-scheta')] },
  { query: 'заключить договор энергоснабжения', expected: [faq('kak-zaklyuchit-dogovor-grazhdaninu')] },
  { query: 'документы для договора', expected: [faq('dokumenty-dlya-dogovora')] },
  { query: 'протокол разногласий', expected: [faq('protokol-raznoglasij')] },
  { query: 'тарифы на электроэнергию', expected: ['/tarify/', faq('gde-posmotret-tarify')] },
  { query: 'тариф двухзонный', expected: ['/tarify/'] },
  { query: 'сбытовая надбавка', expected: ['/tarify/'] },
  { query: 'тарифы для сельского населения', expected: ['/tarify/'] },
  { query: 'архив тарифов', expected: ['/tarify/arhiv/'] },
  { query: 'предельные уровни нерегулируемых цен', expected: ['/tarify/predelnye-urovni/'] },
  { query: 'открылся новый сайт', expected: ['/novosti/2026-11-20-novyj-sajt/'] },
  { query: 'цена электроэнергии для организаций', expected: [faq('iz-chego-skladyvaetsya-cena-dlya-organizacij')] },
  { query: 'сменить ценовую категорию', expected: [faq('smena-cenovoj-kategorii')] },
  { query: 'льготы', expected: [faq('lgoty-po-oplate')] },
  { query: 'отключили свет', expected: [faq('net-sveta-kuda-zvonit'), '/otklyucheniya/'] },
  { query: 'плановые отключения', expected: [faq('gde-uznat-o-planovyh-otklyucheniyah'), '/otklyucheniya/'] },
  { query: 'низкое напряжение в сети', expected: [faq('plohoe-kachestvo-elektroenergii')] },
  { query: 'регистрация в ЛК', expected: [faq('kak-zaregistrirovatsya-v-lichnom-kabinete')] },
  { query: 'личный кабинет юридического лица', expected: [faq('lichnyj-kabinet-dlya-organizacii')] },
  { query: 'забыл пароль', expected: [faq('zabyl-parol-ot-lichnogo-kabineta')] },
  { query: 'что можно сделать в ЛКК', expected: [faq('chto-mozhno-sdelat-v-lichnom-kabinete')] },
  { query: 'подать жалобу', expected: [faq('kak-podat-zhalobu')] },
  { query: 'срок ответа на обращение', expected: [faq('srok-otveta-na-obrashchenie')] },
  { query: 'адреса ЦОК', expected: ['/o-kompanii/ofisy/', faq('gde-blizhajshij-ofis')] },
  { query: 'ближайший центр обслуживания', expected: [faq('gde-blizhajshij-ofis'), '/o-kompanii/ofisy/'] },
  { query: 'режим работы контакт-центра', expected: [faq('grafik-raboty-kontakt-centra')] },
  { query: 'телефон горячей линии', expected: [faq('telefony-kompanii'), faq('grafik-raboty-kontakt-centra')] },
  { query: 'очередь в офисе', expected: [faq('skolko-zhdat-v-ocheredi')] },
  { query: 'что такое гарантирующий поставщик', expected: [faq('chto-takoe-garantiruyushchij-postavshchik')] },
  { query: 'записывают ли разговоры', expected: [faq('zapis-telefonnyh-razgovorov')] },
  { query: 'персональные данные', expected: [faq('personalnye-dannye')] },
  { query: 'заказать платные услуги', expected: [faq('dopolnitelnye-platnye-uslugi')] },
];
