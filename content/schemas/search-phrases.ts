/**
 * «Как ещё спрашивают»: editors' other phrasings of what a page answers, as customers type them
 * into the search field. One schema for every content type that carries them (FAQ answers,
 * content pages, task pages): the site search indexes them, the page never shows them.
 */
import { z } from 'zod';

/** The longest phrasing: a question as a customer would type it into the search field. */
export const SEARCH_PHRASE_MAX = 120;

/** A phrasing compared with the others: case, «ё» and spaces aside. */
const phraseKey = (phrase: string) => phrase.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ');

export const SearchPhrasesSchema = z
  .array(
    z
      .string()
      .trim()
      .min(3, { message: 'Формулировка не короче 3 знаков' })
      .max(SEARCH_PHRASE_MAX, { message: `Формулировка не длиннее ${String(SEARCH_PHRASE_MAX)} знаков` })
      .meta({
        title: 'Формулировка',
        description: 'Как клиент спросил бы своими словами, например «сколько ждать ответа»',
      }),
  )
  .superRefine((phrases, context) => {
    const seen = new Set<string>();
    phrases.forEach((phrase, i) => {
      const key = phraseKey(phrase);
      if (seen.has(key))
        context.addIssue({ code: 'custom', path: [i], message: `Формулировка «${phrase}» уже есть в списке` });
      seen.add(key);
    });
  });

/** The CMS label of the field, the same on every content type. */
export const SEARCH_PHRASES_TITLE = 'Как ещё спрашивают';
