/**
 * The page where a customer rates the final answer (Tomsk standard Гл. 6, issue 17): a score from
 * 1 to 5 and an optional comment. Rendered by site/pages/internet-priemnaya/ocenka.astro, validated
 * by forms-api/src/appeals/answer-ratings.ts; the link to it comes in the final answer letter.
 */
import type { FieldSpec } from './fields.ts';

/** Where the rating page lives; the letter's personal link is this path with `?t=<token>`. */
export const RATING_PAGE_PATH = '/internet-priemnaya/ocenka/';

/** Scores 4 and 5 count as «satisfied» in the reports. */
export const SATISFIED_FROM = 4;

export const ratingFields: FieldSpec[] = [
  {
    name: 'rating',
    kind: 'radios',
    label: 'Оцените ответ на ваше обращение',
    hint: 'От 1 (очень плохо) до 5 (отлично)',
    required: true,
    options: [
      { value: '5', label: '5 — отлично' },
      { value: '4', label: '4 — хорошо' },
      { value: '3', label: '3 — удовлетворительно' },
      { value: '2', label: '2 — плохо' },
      { value: '1', label: '1 — очень плохо' },
    ],
  },
  {
    name: 'comment',
    kind: 'textarea',
    label: 'Комментарий (необязательно)',
    hint: 'Что было полезно и что нам сделать лучше. Не указывайте здесь персональные данные.',
    required: false,
    max: 1000,
  },
];
