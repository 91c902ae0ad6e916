/**
 * Grounds for leaving an appeal without an answer on the merits (requirements §4.3, codes as in
 * §8 `refusalGrounds`), with the reason a customer is shown. A refusal event stores the code in
 * `details.ground`.
 */
export const REFUSAL_GROUNDS = {
  no_surname_or_reply_address: 'В обращении нет фамилии или адреса для ответа',
  obscene_or_threats: 'Обращение содержит нецензурные или оскорбительные выражения либо угрозы',
  unreadable: 'Текст обращения не поддаётся прочтению',
  essence_unclear: 'Из текста обращения нельзя понять его суть',
  repeated_no_new_args: 'На этот вопрос уже дан ответ по существу, новых доводов в обращении нет',
  protected_secret: 'Ответ невозможен без раскрытия охраняемой законом тайны',
  answer_published_on_site: 'Ответ на вопрос опубликован на сайте компании',
  out_of_competence: 'Вопрос не относится к компетенции гарантирующего поставщика',
} as const;
export type RefusalGround = keyof typeof REFUSAL_GROUNDS;

/** The customer-facing reason of a ground code; a code this list does not know gets a neutral text. */
export function refusalReason(ground: unknown): string {
  return typeof ground === 'string' && Object.hasOwn(REFUSAL_GROUNDS, ground)
    ? REFUSAL_GROUNDS[ground as RefusalGround]
    : 'Основание указано в уведомлении, направленном вам';
}
