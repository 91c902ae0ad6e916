/**
 * Realistic Russian queries for the site search, written as customers type them (typos, no «ё»,
 * abbreviations and everyday words, question and keyword form) from the service standard, the
 * FAQ and the site's pages, each with the pages that answer it: any of them in the top 3 is a
 * hit, the first is the ideal first result. Paths of FAQ answers are given by slug.
 *
 * The split. Made once, on 2026-12-04 at 18:18 UTC, before any change to the ranking, and never
 * changed since: each query's text was normalised (lower case, «ё» → «е», single spaces), hashed
 * with 32-bit FNV-1a (`relevanceHash`), and the 30 % of queries with the lowest hashes
 * (72 of 239, hashes below 1094417607) became the held-out part. No synonym, vocabulary entry
 * or ranking weight may be chosen by looking at held-out queries or their results; tuning uses
 * the tuning part only. A query added later goes where the same cut puts it
 * (`tests/unit/search-relevance-split.test.ts` checks the recorded parts against the hashes).
 */
const faq = (slug: string) => `/internet-priemnaya/voprosy-otvety/${slug}/`;

export type RelevancePart = 'tuning' | 'held-out';

export interface RelevanceCase {
  query: string;
  /** Any of these pages in the top 3 is a hit; the first is the ideal first result. */
  expected: string[];
  part: RelevancePart;
}

/** 32-bit FNV-1a of the normalised query text: the hash the split was made by. */
export function relevanceHash(query: string): number {
  const normal = query.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(normal)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const RELEVANCE_SET: RelevanceCase[] = [
  {
    query: 'передать показания счетчика',
    expected: ['/peredat-pokazaniya/', faq('kak-peredat-pokazaniya'), '/internet-priemnaya/peredat-pokazaniya/'],
    part: 'tuning',
  },
  {
    query: 'куда сдать показания',
    expected: ['/peredat-pokazaniya/', faq('kak-peredat-pokazaniya'), '/internet-priemnaya/peredat-pokazaniya/'],
    part: 'tuning',
  },
  {
    query: 'показания счетчика онлайн без регистрации',
    expected: ['/internet-priemnaya/peredat-pokazaniya/', '/peredat-pokazaniya/', faq('kak-peredat-pokazaniya')],
    part: 'held-out',
  },
  {
    query: 'как подать показания за свет',
    expected: ['/peredat-pokazaniya/', faq('kak-peredat-pokazaniya'), '/internet-priemnaya/peredat-pokazaniya/'],
    part: 'held-out',
  },
  {
    query: 'передача показаний по телефону',
    expected: ['/peredat-pokazaniya/', faq('kak-peredat-pokazaniya')],
    part: 'tuning',
  },
  {
    query: 'показания электросчетчика',
    expected: ['/peredat-pokazaniya/', faq('kak-peredat-pokazaniya'), '/internet-priemnaya/peredat-pokazaniya/'],
    part: 'tuning',
  },
  {
    query: 'пердать показания',
    expected: ['/peredat-pokazaniya/', faq('kak-peredat-pokazaniya'), '/internet-priemnaya/peredat-pokazaniya/'],
    part: 'tuning',
  },
  {
    query: 'до какого числа сдавать показания',
    expected: [faq('do-kakogo-chisla-peredavat-pokazaniya')],
    part: 'tuning',
  },
  {
    query: 'когда передавать показания счетчика',
    expected: [faq('do-kakogo-chisla-peredavat-pokazaniya'), faq('kak-peredat-pokazaniya')],
    part: 'tuning',
  },
  {
    query: 'последний день передачи показаний',
    expected: [faq('do-kakogo-chisla-peredavat-pokazaniya')],
    part: 'held-out',
  },
  { query: 'забыл передать показания', expected: [faq('chto-budet-esli-ne-peredat-pokazaniya')], part: 'held-out' },
  { query: 'не сдал показания что будет', expected: [faq('chto-budet-esli-ne-peredat-pokazaniya')], part: 'held-out' },
  {
    query: 'начислили по среднему',
    expected: [
      faq('chto-budet-esli-ne-peredat-pokazaniya'),
      '/uchet/raschetnye-sposoby/',
      faq('pochemu-pokazaniya-ne-prinyaty'),
    ],
    part: 'held-out',
  },
  { query: 'показания не приняли', expected: [faq('pochemu-pokazaniya-ne-prinyaty')], part: 'tuning' },
  { query: 'почему не учли мои показания', expected: [faq('pochemu-pokazaniya-ne-prinyaty')], part: 'tuning' },
  { query: 'показания дневной и ночной зоны', expected: [faq('pokazaniya-mnogotarifnogo-schetchika')], part: 'tuning' },
  {
    query: 'многотарифный счетчик как передать',
    expected: [faq('pokazaniya-mnogotarifnogo-schetchika')],
    part: 'tuning',
  },
  { query: 'т1 т2 показания', expected: [faq('pokazaniya-mnogotarifnogo-schetchika')], part: 'tuning' },
  { query: 'можно передать показания в выходные', expected: [faq('pokazaniya-nochyu-i-v-vyhodnye')], part: 'tuning' },
  {
    query: 'передать показания ночью',
    expected: [faq('pokazaniya-nochyu-i-v-vyhodnye'), faq('pokazaniya-mnogotarifnogo-schetchika')],
    part: 'tuning',
  },
  { query: 'показания для юрлица', expected: [faq('pokazaniya-yuridicheskomu-licu')], part: 'held-out' },
  {
    query: 'как организации сдать показания приборов учета',
    expected: [faq('pokazaniya-yuridicheskomu-licu')],
    part: 'held-out',
  },
  { query: 'показания ОДПУ', expected: [faq('obshchedomovoj-schetchik')], part: 'held-out' },
  { query: 'общедомовой прибор учета показания', expected: [faq('obshchedomovoj-schetchik')], part: 'held-out' },
  { query: 'счетчик на весь дом в подъезде', expected: [faq('obshchedomovoj-schetchik')], part: 'tuning' },
  { query: 'проверка счетчика контролером', expected: [faq('proverka-schetchika')], part: 'tuning' },
  { query: 'как часто проверяют счетчик', expected: [faq('proverka-schetchika')], part: 'tuning' },
  { query: 'пришел контролер проверить показания', expected: [faq('proverka-schetchika')], part: 'tuning' },
  { query: 'счетчик сломался', expected: [faq('zamena-schetchika')], part: 'tuning' },
  { query: 'поменять электросчетчик', expected: [faq('zamena-schetchika'), '/uchet/'], part: 'held-out' },
  { query: 'кто меняет счетчик бесплатно', expected: [faq('zamena-schetchika'), '/uchet/'], part: 'tuning' },
  { query: 'поверка счетчика', expected: [faq('zamena-schetchika'), '/uchet/'], part: 'tuning' },
  { query: 'счётчик не работает', expected: [faq('zamena-schetchika')], part: 'tuning' },
  { query: 'перенос прибора учета', expected: [faq('perenos-schetchika')], part: 'tuning' },
  { query: 'переставить счетчик на улицу', expected: [faq('perenos-schetchika')], part: 'tuning' },
  { query: 'пломба сорвана', expected: [faq('sorvana-plomba')], part: 'held-out' },
  { query: 'сломал пломбу на счетчике', expected: [faq('sorvana-plomba')], part: 'tuning' },
  {
    query: 'магнит на счетчик штраф',
    expected: [faq('vmeshatelstvo-v-rabotu-schetchika'), '/uchet/bezdogovornoe-potreblenie/'],
    part: 'held-out',
  },
  {
    query: 'вмешательство в работу прибора учета',
    expected: [faq('vmeshatelstvo-v-rabotu-schetchika')],
    part: 'tuning',
  },
  {
    query: 'безучетное потребление',
    expected: ['/uchet/bezdogovornoe-potreblenie/', faq('vmeshatelstvo-v-rabotu-schetchika')],
    part: 'tuning',
  },
  {
    query: 'бездоговорное потребление электроэнергии',
    expected: ['/uchet/bezdogovornoe-potreblenie/'],
    part: 'tuning',
  },
  { query: 'как считают свет без счетчика', expected: ['/uchet/raschetnye-sposoby/'], part: 'held-out' },
  { query: 'норматив потребления если нет счетчика', expected: ['/uchet/raschetnye-sposoby/'], part: 'tuning' },
  { query: 'приборы учета', expected: ['/uchet/'], part: 'tuning' },
  { query: 'кто должен устанавливать счетчик', expected: ['/uchet/', faq('zamena-schetchika')], part: 'tuning' },
  { query: 'оплатить свет онлайн', expected: ['/oplata/', faq('kak-oplatit-bez-komissii')], part: 'tuning' },
  {
    query: 'как заплатить за электричество',
    expected: ['/oplata/', faq('kak-oplatit-bez-komissii')],
    part: 'held-out',
  },
  { query: 'оплата без комисии', expected: [faq('kak-oplatit-bez-komissii'), '/oplata/'], part: 'tuning' },
  { query: 'оплатить по qr коду', expected: [faq('kak-oplatit-bez-komissii'), '/oplata/'], part: 'tuning' },
  { query: 'оплата через СБП', expected: ['/oplata/', faq('kak-oplatit-bez-komissii')], part: 'tuning' },
  { query: 'где оплатить квиток', expected: ['/oplata/', faq('kak-oplatit-bez-komissii')], part: 'held-out' },
  {
    query: 'до какого числа оплачивать электроэнергию',
    expected: [faq('srok-oplaty-dlya-grazhdan')],
    part: 'held-out',
  },
  { query: 'срок оплаты за свет', expected: [faq('srok-oplaty-dlya-grazhdan')], part: 'tuning' },
  { query: 'когда надо платить за электричество', expected: [faq('srok-oplaty-dlya-grazhdan')], part: 'tuning' },
  { query: 'сроки оплаты юрлицам', expected: [faq('srok-oplaty-dlya-organizacij')], part: 'tuning' },
  {
    query: 'когда организация должна платить за электроэнергию',
    expected: [faq('srok-oplaty-dlya-organizacij')],
    part: 'tuning',
  },
  { query: 'оплатил а деньги не пришли', expected: [faq('kogda-zachislyat-platezh')], part: 'tuning' },
  { query: 'платеж не зачислен', expected: [faq('kogda-zachislyat-platezh')], part: 'tuning' },
  { query: 'сколько идет оплата на сайте', expected: [faq('kogda-zachislyat-platezh')], part: 'held-out' },
  { query: 'автооплата', expected: [faq('avtoplatezh')], part: 'tuning' },
  { query: 'автоматическая оплата с карты', expected: [faq('avtoplatezh')], part: 'held-out' },
  { query: 'списание с карты каждый месяц', expected: [faq('avtoplatezh')], part: 'tuning' },
  {
    query: 'реквизиты компании для оплаты',
    expected: [faq('rekvizity-dlya-oplaty'), '/o-kompanii/kontakty/'],
    part: 'tuning',
  },
  { query: 'банковские реквизиты', expected: [faq('rekvizity-dlya-oplaty'), '/o-kompanii/kontakty/'], part: 'tuning' },
  { query: 'ИНН компании', expected: ['/o-kompanii/kontakty/', faq('rekvizity-dlya-oplaty')], part: 'tuning' },
  { query: 'что должно быть в чеке', expected: [faq('chto-ukazano-v-cheke')], part: 'tuning' },
  { query: 'кассовый чек об оплате', expected: [faq('chto-ukazano-v-cheke')], part: 'tuning' },
  { query: 'нужен ли паспорт при оплате', expected: [faq('nuzhen-li-pasport-dlya-oplaty')], part: 'tuning' },
  { query: 'оплата в кассе без паспорта', expected: [faq('nuzhen-li-pasport-dlya-oplaty')], part: 'held-out' },
  { query: 'терминал оплаты в офисе', expected: [faq('platezhnye-terminaly')], part: 'tuning' },
  { query: 'оплатить через терминал', expected: [faq('platezhnye-terminaly')], part: 'held-out' },
  { query: 'нет квитка за месяц', expected: [faq('kvitanciya-ne-prishla')], part: 'tuning' },
  { query: 'не принесли платежку', expected: [faq('kvitanciya-ne-prishla')], part: 'tuning' },
  { query: 'где получить квитанцию за свет', expected: [faq('kvitanciya-ne-prishla')], part: 'held-out' },
  {
    query: 'как считается плата за свет',
    expected: [faq('kak-rasschityvaetsya-plata'), '/raschet-stoimosti/'],
    part: 'tuning',
  },
  {
    query: 'почему такая большая сумма в квитанции',
    expected: [faq('kak-rasschityvaetsya-plata'), '/raschet-stoimosti/', faq('pochemu-pokazaniya-ne-prinyaty')],
    part: 'tuning',
  },
  {
    query: 'расчет стоимости электроэнергии',
    expected: ['/raschet-stoimosti/', faq('kak-rasschityvaetsya-plata')],
    part: 'tuning',
  },
  {
    query: 'посчитать сколько платить за свет',
    expected: ['/tarify/kalkulyator/', faq('kak-rasschityvaetsya-plata'), '/raschet-stoimosti/'],
    part: 'tuning',
  },
  { query: 'калькулятор стоимости электроэнергии', expected: ['/tarify/kalkulyator/'], part: 'held-out' },
  { query: 'пени за просрочку оплаты', expected: ['/oplata/', '/oplata/ogranichenie/'], part: 'tuning' },
  { query: 'начисляют ли пени', expected: ['/oplata/', '/oplata/ogranichenie/'], part: 'held-out' },
  {
    query: 'узнать задолженность по лицевому счету',
    expected: [faq('kak-uznat-zadolzhennost'), '/oplata/zadolzhennost/'],
    part: 'tuning',
  },
  {
    query: 'сколько я должен за свет',
    expected: [faq('kak-uznat-zadolzhennost'), '/oplata/zadolzhennost/'],
    part: 'tuning',
  },
  {
    query: 'проверить долг за электроэнергию',
    expected: [faq('kak-uznat-zadolzhennost'), '/oplata/zadolzhennost/'],
    part: 'tuning',
  },
  { query: 'задолжность', expected: [faq('kak-uznat-zadolzhennost'), '/oplata/zadolzhennost/'], part: 'tuning' },
  { query: 'рассрочка', expected: [faq('rassrochka-dolga')], part: 'held-out' },
  { query: 'оплатить долг частями', expected: [faq('rassrochka-dolga')], part: 'held-out' },
  { query: 'можно ли платить долг по частям', expected: [faq('rassrochka-dolga')], part: 'tuning' },
  { query: 'отсрочка по оплате долга', expected: [faq('rassrochka-dolga')], part: 'held-out' },
  {
    query: 'отключат ли свет за неуплату',
    expected: [faq('kogda-mogut-otklyuchit-za-dolg'), '/oplata/ogranichenie/'],
    part: 'tuning',
  },
  {
    query: 'за какой долг отключают электричество',
    expected: [faq('kogda-mogut-otklyuchit-za-dolg'), '/oplata/ogranichenie/'],
    part: 'tuning',
  },
  {
    query: 'уведомление об отключении за долг',
    expected: [faq('kak-preduprezhdayut-ob-ogranichenii'), '/oplata/ogranichenie/'],
    part: 'tuning',
  },
  {
    query: 'предупреждение об ограничении',
    expected: [faq('kak-preduprezhdayut-ob-ogranichenii'), '/oplata/ogranichenie/'],
    part: 'tuning',
  },
  {
    query: 'ограничение режима потребления организации',
    expected: [faq('ogranichenie-dlya-organizacij')],
    part: 'held-out',
  },
  {
    query: 'отключение юрлица за долги',
    expected: [faq('ogranichenie-dlya-organizacij'), '/oplata/ogranichenie/'],
    part: 'held-out',
  },
  {
    query: 'отключили за долги как включить',
    expected: [faq('vosstanovlenie-posle-otklyucheniya'), faq('naryad-na-podklyuchenie'), '/oplata/ogranichenie/'],
    part: 'tuning',
  },
  {
    query: 'когда подключат свет после оплаты',
    expected: [faq('vosstanovlenie-posle-otklyucheniya'), faq('naryad-na-podklyuchenie')],
    part: 'tuning',
  },
  { query: 'наряд на подключение', expected: [faq('naryad-na-podklyuchenie')], part: 'tuning' },
  {
    query: 'возобновление подачи электроэнергии',
    expected: [faq('vosstanovlenie-posle-otklyucheniya'), '/oplata/ogranichenie/', faq('naryad-na-podklyuchenie')],
    part: 'tuning',
  },
  { query: 'звонят из энергосбыта про долг', expected: [faq('zvonki-i-sms-o-dolge')], part: 'held-out' },
  { query: 'смс о задолженности', expected: [faq('zvonki-i-sms-o-dolge')], part: 'tuning' },
  { query: 'справка об отсутствии долга', expected: [faq('spravka-ob-otsutstvii-zadolzhennosti')], part: 'held-out' },
  {
    query: 'справка что нет задолженности при продаже квартиры',
    expected: [faq('spravka-ob-otsutstvii-zadolzhennosti')],
    part: 'tuning',
  },
  { query: 'акт сверки расчетов', expected: [faq('akt-sverki')], part: 'held-out' },
  { query: 'сверка взаиморасчетов для юрлица', expected: [faq('akt-sverki')], part: 'tuning' },
  { query: 'где посмотреть номер лицевого счета', expected: [faq('gde-nomer-licevogo-scheta')], part: 'held-out' },
  { query: 'номер ЛС', expected: [faq('gde-nomer-licevogo-scheta')], part: 'tuning' },
  { query: 'лицевой счет где найти', expected: [faq('gde-nomer-licevogo-scheta')], part: 'tuning' },
  {
    query: 'купил квартиру переоформить счет',
    expected: [faq('pereoformit-licevoj-schet'), '/internet-priemnaya/pereoformlenie-scheta/'],
    part: 'tuning',
  },
  {
    query: 'переоформление лицевого счета на нового собственника',
    expected: [faq('pereoformit-licevoj-schet'), '/internet-priemnaya/pereoformlenie-scheta/'],
    part: 'held-out',
  },
  {
    query: 'перерегистрация лицевого счета',
    expected: ['/internet-priemnaya/pereoformlenie-scheta/', faq('pereoformit-licevoj-schet')],
    part: 'tuning',
  },
  {
    query: 'смена владельца квартиры',
    expected: [faq('pereoformit-licevoj-schet'), '/internet-priemnaya/pereoformlenie-scheta/'],
    part: 'tuning',
  },
  { query: 'поменяла фамилию после свадьбы', expected: [faq('smena-familii-v-licevom-schete')], part: 'held-out' },
  { query: 'изменить фио в лицевом счете', expected: [faq('smena-familii-v-licevom-schete')], part: 'held-out' },
  {
    query: 'кто может узнать сведения по моему счету',
    expected: [faq('kto-mozhet-poluchit-svedeniya-po-schetu')],
    part: 'held-out',
  },
  {
    query: 'могут ли родственники узнать мой долг',
    expected: [faq('kto-mozhet-poluchit-svedeniya-po-schetu')],
    part: 'tuning',
  },
  {
    query: 'несколько лицевых счетов в личном кабинете',
    expected: [faq('neskolko-licevyh-schetov')],
    part: 'held-out',
  },
  { query: 'добавить второй лицевой счет', expected: [faq('neskolko-licevyh-schetov')], part: 'tuning' },
  { query: 'две квартиры в одном кабинете', expected: [faq('neskolko-licevyh-schetov')], part: 'tuning' },
  {
    query: 'договор энергоснабжения',
    expected: ['/dogovor/', faq('kak-zaklyuchit-dogovor-grazhdaninu'), faq('dogovor-dlya-organizacii')],
    part: 'tuning',
  },
  {
    query: 'заключить договор на электроэнергию физлицу',
    expected: [faq('kak-zaklyuchit-dogovor-grazhdaninu'), '/dogovor/', '/internet-priemnaya/zaklyuchenie-dogovora/'],
    part: 'held-out',
  },
  {
    query: 'договор для ИП',
    expected: [faq('dogovor-dlya-organizacii'), '/dogovor/', '/internet-priemnaya/zaklyuchenie-dogovora/'],
    part: 'tuning',
  },
  {
    query: 'как юрлицу заключить договор',
    expected: [faq('dogovor-dlya-organizacii'), '/dogovor/', '/internet-priemnaya/zaklyuchenie-dogovora/'],
    part: 'tuning',
  },
  {
    query: 'заявка на заключение договора онлайн',
    expected: ['/internet-priemnaya/zaklyuchenie-dogovora/'],
    part: 'tuning',
  },
  {
    query: 'какие документы нужны для договора энергоснабжения',
    expected: [faq('dokumenty-dlya-dogovora')],
    part: 'tuning',
  },
  { query: 'список документов на договор', expected: [faq('dokumenty-dlya-dogovora')], part: 'held-out' },
  { query: 'отказали в заключении договора', expected: [faq('otkaz-v-zaklyuchenii-dogovora')], part: 'tuning' },
  { query: 'могут ли не заключить договор', expected: [faq('otkaz-v-zaklyuchenii-dogovora')], part: 'held-out' },
  { query: 'на какой стадии мой договор', expected: [faq('kak-uznat-status-dogovora')], part: 'tuning' },
  {
    query: 'статус заявки на договор',
    expected: [faq('kak-uznat-status-dogovora'), '/internet-priemnaya/status/'],
    part: 'tuning',
  },
  { query: 'разногласия по договору', expected: [faq('protokol-raznoglasij')], part: 'tuning' },
  { query: 'не согласны с условиями договора', expected: [faq('protokol-raznoglasij')], part: 'tuning' },
  { query: 'договор для снт', expected: ['/dogovor/'], part: 'tuning' },
  { query: 'тариф для садового товарищества', expected: ['/tarify/'], part: 'tuning' },
  { query: 'тариф на свет', expected: ['/tarify/', faq('gde-posmotret-tarify')], part: 'held-out' },
  { query: 'сколько стоит киловатт', expected: ['/tarify/', faq('gde-posmotret-tarify')], part: 'held-out' },
  { query: 'цена за квт ч', expected: ['/tarify/', faq('gde-posmotret-tarify')], part: 'tuning' },
  { query: 'кто утверждает тарифы', expected: [faq('kto-ustanavlivaet-tarify')], part: 'tuning' },
  { query: 'кто устанавливает цены на электричество', expected: [faq('kto-ustanavlivaet-tarify')], part: 'tuning' },
  { query: 'тарифы для населения', expected: ['/tarify/', faq('gde-posmotret-tarify')], part: 'held-out' },
  { query: 'одноставочный тариф', expected: ['/tarify/'], part: 'tuning' },
  { query: 'тариф день ночь', expected: ['/tarify/', faq('gde-posmotret-tarify')], part: 'held-out' },
  { query: 'тарифы прошлых лет', expected: ['/tarify/arhiv/'], part: 'held-out' },
  { query: 'старые тарифы', expected: ['/tarify/arhiv/'], part: 'held-out' },
  {
    query: 'нерегулируемые цены',
    expected: ['/tarify/predelnye-urovni/', faq('iz-chego-skladyvaetsya-cena-dlya-organizacij')],
    part: 'tuning',
  },
  {
    query: 'ценовая категория',
    expected: [faq('smena-cenovoj-kategorii'), faq('iz-chego-skladyvaetsya-cena-dlya-organizacij')],
    part: 'tuning',
  },
  { query: 'выбрать ценовую категорию', expected: [faq('smena-cenovoj-kategorii')], part: 'tuning' },
  {
    query: 'из чего складывается цена для юрлиц',
    expected: [faq('iz-chego-skladyvaetsya-cena-dlya-organizacij')],
    part: 'held-out',
  },
  {
    query: 'что такое сбытовая надбавка',
    expected: ['/tarify/', faq('iz-chego-skladyvaetsya-cena-dlya-organizacij'), '/raschet-stoimosti/'],
    part: 'held-out',
  },
  { query: 'тариф для сельской местности', expected: ['/tarify/', faq('gde-posmotret-tarify')], part: 'tuning' },
  { query: 'льготы по оплате света', expected: [faq('lgoty-po-oplate')], part: 'tuning' },
  { query: 'скидка на свет для ветеранов', expected: [faq('lgoty-po-oplate'), '/tarify/'], part: 'tuning' },
  { query: 'субсидия на оплату электроэнергии', expected: [faq('lgoty-po-oplate'), '/tarify/'], part: 'tuning' },
  { query: 'нет света что делать', expected: [faq('net-sveta-kuda-zvonit'), '/otklyucheniya/'], part: 'tuning' },
  { query: 'пропало электричество', expected: [faq('net-sveta-kuda-zvonit'), '/otklyucheniya/'], part: 'held-out' },
  {
    query: 'куда звонить если отключили электричество',
    expected: [faq('net-sveta-kuda-zvonit'), '/otklyucheniya/'],
    part: 'tuning',
  },
  { query: 'аварийное отключение', expected: ['/otklyucheniya/', faq('net-sveta-kuda-zvonit')], part: 'tuning' },
  {
    query: 'график отключений света',
    expected: [faq('gde-uznat-o-planovyh-otklyucheniyah'), '/otklyucheniya/'],
    part: 'held-out',
  },
  {
    query: 'плановые работы отключение',
    expected: [faq('gde-uznat-o-planovyh-otklyucheniyah'), '/otklyucheniya/'],
    part: 'held-out',
  },
  {
    query: 'скачет напряжение',
    expected: [faq('plohoe-kachestvo-elektroenergii'), '/internet-priemnaya/kachestvo-elektrosnabzheniya/'],
    part: 'tuning',
  },
  {
    query: 'мигает свет',
    expected: [
      faq('plohoe-kachestvo-elektroenergii'),
      '/internet-priemnaya/kachestvo-elektrosnabzheniya/',
      '/otklyucheniya/',
    ],
    part: 'tuning',
  },
  {
    query: 'жалоба на качество электроэнергии',
    expected: ['/internet-priemnaya/kachestvo-elektrosnabzheniya/', faq('plohoe-kachestvo-elektroenergii')],
    part: 'tuning',
  },
  {
    query: 'сообщить о перерыве электроснабжения',
    expected: ['/internet-priemnaya/kachestvo-elektrosnabzheniya/', '/otklyucheniya/', faq('net-sveta-kuda-zvonit')],
    part: 'tuning',
  },
  { query: 'кто чинит провода', expected: [faq('kto-otvechaet-za-seti')], part: 'held-out' },
  {
    query: 'обрыв провода на улице',
    expected: [faq('kto-otvechaet-za-seti'), faq('net-sveta-kuda-zvonit')],
    part: 'tuning',
  },
  { query: 'сетевая организация', expected: [faq('kto-otvechaet-za-seti')], part: 'tuning' },
  {
    query: 'регистрация в личном кабинете',
    expected: [faq('kak-zaregistrirovatsya-v-lichnom-kabinete')],
    part: 'held-out',
  },
  { query: 'как зарегаться в лк', expected: [faq('kak-zaregistrirovatsya-v-lichnom-kabinete')], part: 'tuning' },
  { query: 'не могу войти в личный кабинет', expected: [faq('zabyl-parol-ot-lichnogo-kabineta')], part: 'tuning' },
  { query: 'восстановить пароль', expected: [faq('zabyl-parol-ot-lichnogo-kabineta')], part: 'tuning' },
  { query: 'личный кабинет для организаций', expected: [faq('lichnyj-kabinet-dlya-organizacii')], part: 'tuning' },
  { query: 'доступ в лк юр лица', expected: [faq('lichnyj-kabinet-dlya-organizacii')], part: 'tuning' },
  { query: 'возможности личного кабинета', expected: [faq('chto-mozhno-sdelat-v-lichnom-kabinete')], part: 'tuning' },
  { query: 'отписаться от рассылки', expected: [faq('rassylki-v-lichnom-kabinete')], part: 'held-out' },
  { query: 'не хочу получать рекламу', expected: [faq('rassylki-v-lichnom-kabinete')], part: 'tuning' },
  {
    query: 'жалоба на начисление',
    expected: ['/internet-priemnaya/zhaloba/', faq('kak-podat-zhalobu')],
    part: 'tuning',
  },
  {
    query: 'написать претензию',
    expected: ['/internet-priemnaya/zhaloba/', faq('kak-podat-zhalobu'), '/dokumenty/blank-zhaloby/'],
    part: 'tuning',
  },
  {
    query: 'как пожаловаться на энергосбыт',
    expected: [faq('kak-podat-zhalobu'), '/internet-priemnaya/zhaloba/'],
    part: 'held-out',
  },
  { query: 'требую перерасчет', expected: ['/internet-priemnaya/zhaloba/', faq('kak-podat-zhalobu')], part: 'tuning' },
  { query: 'бланк жалобы', expected: ['/dokumenty/blank-zhaloby/'], part: 'held-out' },
  { query: 'бланк заявления', expected: ['/dokumenty/blank-zayavleniya/'], part: 'tuning' },
  { query: 'образец заявления', expected: ['/dokumenty/blank-zayavleniya/'], part: 'tuning' },
  {
    query: 'написать обращение онлайн',
    expected: ['/internet-priemnaya/obrashchenie/', '/internet-priemnaya/'],
    part: 'tuning',
  },
  {
    query: 'письменное обращение в компанию',
    expected: ['/internet-priemnaya/obrashchenie/', '/internet-priemnaya/poryadok-obrashchenij/'],
    part: 'tuning',
  },
  { query: 'сколько ждать ответа на жалобу', expected: [faq('srok-otveta-na-obrashchenie')], part: 'held-out' },
  { query: 'за сколько дней отвечают на обращение', expected: [faq('srok-otveta-na-obrashchenie')], part: 'held-out' },
  { query: 'как придет ответ на заявление', expected: [faq('kak-pridet-otvet-na-obrashchenie')], part: 'tuning' },
  {
    query: 'ответ на обращение по электронной почте',
    expected: [faq('kak-pridet-otvet-na-obrashchenie')],
    part: 'tuning',
  },
  {
    query: 'почему не ответили на обращение',
    expected: [faq('kogda-obrashchenie-ostavyat-bez-otveta')],
    part: 'held-out',
  },
  {
    query: 'обращение оставили без ответа',
    expected: [faq('kogda-obrashchenie-ostavyat-bez-otveta'), faq('srok-otveta-na-obrashchenie')],
    part: 'held-out',
  },
  { query: 'проверить статус обращения', expected: ['/internet-priemnaya/status/'], part: 'tuning' },
  {
    query: 'узнать статус заявки по номеру',
    expected: ['/internet-priemnaya/status/', faq('kak-uznat-status-dogovora')],
    part: 'held-out',
  },
  {
    query: 'задать вопрос специалисту',
    expected: ['/internet-priemnaya/vopros/', faq('kak-zadat-vopros-specialistu')],
    part: 'tuning',
  },
  {
    query: 'спросить консультанта',
    expected: ['/internet-priemnaya/vopros/', faq('kak-zadat-vopros-specialistu')],
    part: 'tuning',
  },
  { query: 'книга жалоб', expected: [faq('kniga-zhalob-i-predlozhenij')], part: 'held-out' },
  { query: 'оставить отзыв о работе', expected: ['/internet-priemnaya/otzyv/'], part: 'tuning' },
  {
    query: 'предложение по улучшению обслуживания',
    expected: ['/internet-priemnaya/otzyv/', faq('kniga-zhalob-i-predlozhenij')],
    part: 'tuning',
  },
  { query: 'порядок подачи обращений', expected: ['/internet-priemnaya/poryadok-obrashchenij/'], part: 'tuning' },
  { query: 'интернет приемная', expected: ['/internet-priemnaya/'], part: 'tuning' },
  {
    query: 'запрос информации по стандартам раскрытия',
    expected: ['/internet-priemnaya/zapros-informacii/', '/raskrytie-informacii/po-zaprosu/'],
    part: 'tuning',
  },
  { query: 'раскрытие информации', expected: ['/raskrytie-informacii/'], part: 'tuning' },
  {
    query: 'удалить мои персональные данные',
    expected: ['/internet-priemnaya/personalnye-dannye/', faq('personalnye-dannye')],
    part: 'tuning',
  },
  {
    query: 'отозвать согласие на обработку персональных данных',
    expected: ['/internet-priemnaya/personalnye-dannye/', '/internet-priemnaya/soglasie/'],
    part: 'tuning',
  },
  {
    query: 'политика обработки персональных данных',
    expected: ['/o-kompanii/personalnye-dannye/', faq('personalnye-dannye')],
    part: 'held-out',
  },
  { query: 'согласие на обработку данных обращения', expected: ['/internet-priemnaya/soglasie/'], part: 'tuning' },
  { query: 'адрес офиса', expected: ['/o-kompanii/ofisy/', faq('gde-blizhajshij-ofis')], part: 'tuning' },
  { query: 'часы работы офиса', expected: ['/o-kompanii/ofisy/', faq('gde-blizhajshij-ofis')], part: 'tuning' },
  { query: 'какие документы взять в офис', expected: [faq('kakie-dokumenty-vzyat-v-ofis')], part: 'tuning' },
  { query: 'что взять с собой в цок', expected: [faq('kakie-dokumenty-vzyat-v-ofis')], part: 'tuning' },
  { query: 'большая очередь в офисе', expected: [faq('skolko-zhdat-v-ocheredi')], part: 'tuning' },
  { query: 'время ожидания в очереди', expected: [faq('skolko-zhdat-v-ocheredi')], part: 'tuning' },
  {
    query: 'номер телефона энергосбыта',
    expected: [faq('telefony-kompanii'), '/o-kompanii/kontakty/'],
    part: 'tuning',
  },
  {
    query: 'горячая линия',
    expected: [faq('telefony-kompanii'), faq('grafik-raboty-kontakt-centra'), '/o-kompanii/goryachaya-liniya/'],
    part: 'held-out',
  },
  { query: 'контакт центр круглосуточно', expected: [faq('grafik-raboty-kontakt-centra')], part: 'tuning' },
  { query: 'во сколько работает колл центр', expected: [faq('grafik-raboty-kontakt-centra')], part: 'tuning' },
  { query: 'записывается ли звонок', expected: [faq('zapis-telefonnyh-razgovorov')], part: 'held-out' },
  {
    query: 'вызвать специалиста на дом',
    expected: [faq('vyezdnoe-obsluzhivanie'), '/internet-priemnaya/zayavka-na-uslugu/'],
    part: 'held-out',
  },
  {
    query: 'выезд сотрудника',
    expected: [faq('vyezdnoe-obsluzhivanie'), '/internet-priemnaya/zayavka-na-uslugu/'],
    part: 'tuning',
  },
  { query: 'платные услуги', expected: [faq('dopolnitelnye-platnye-uslugi'), '/uslugi/'], part: 'held-out' },
  { query: 'прейскурант', expected: ['/uslugi/'], part: 'tuning' },
  { query: 'стоимость услуг компании', expected: ['/uslugi/', faq('dopolnitelnye-platnye-uslugi')], part: 'tuning' },
  { query: 'заявка на услугу', expected: ['/internet-priemnaya/zayavka-na-uslugu/'], part: 'tuning' },
  {
    query: 'гарантирующий поставщик это',
    expected: [faq('chto-takoe-garantiruyushchij-postavshchik')],
    part: 'tuning',
  },
  { query: 'что такое ГП', expected: [faq('chto-takoe-garantiruyushchij-postavshchik')], part: 'tuning' },
  { query: 'права потребителя', expected: ['/o-kompanii/prava-klienta/'], part: 'tuning' },
  { query: 'стандарт качества обслуживания', expected: ['/o-kompanii/standart-kachestva/'], part: 'tuning' },
  { query: 'сообщить о коррупции', expected: ['/o-kompanii/goryachaya-liniya/'], part: 'held-out' },
  {
    query: 'изменились сроки передачи показаний',
    expected: ['/novosti/2026-11-02-sroki-pokazanij/', faq('do-kakogo-chisla-peredavat-pokazaniya')],
    part: 'tuning',
  },
  { query: 'физическим лицам', expected: ['/fizicheskim-licam/'], part: 'tuning' },
  { query: 'для юридических лиц', expected: ['/yuridicheskim-licam/'], part: 'held-out' },
  { query: 'как решить вопрос', expected: ['/kak-reshit-vopros/'], part: 'tuning' },
  { query: 'документы компании', expected: ['/dokumenty/'], part: 'tuning' },
  { query: 'контакты', expected: ['/o-kompanii/kontakty/'], part: 'tuning' },
  { query: 'о компании', expected: ['/o-kompanii/'], part: 'tuning' },
  {
    query: 'услуги для физлиц',
    expected: ['/uslugi/', '/fizicheskim-licam/', faq('dopolnitelnye-platnye-uslugi')],
    part: 'tuning',
  },
  { query: 'юрлицо сменить тариф', expected: [faq('smena-cenovoj-kategorii')], part: 'held-out' },
  { query: 'физлицо договор', expected: [faq('kak-zaklyuchit-dogovor-grazhdaninu'), '/dogovor/'], part: 'held-out' },
  { query: 'свет за гараж', expected: ['/dogovor/', '/tarify/'], part: 'tuning' },
  {
    query: 'квитанция на электронную почту',
    expected: [faq('kvitanciya-ne-prishla'), faq('chto-mozhno-sdelat-v-lichnom-kabinete')],
    part: 'tuning',
  },
];
