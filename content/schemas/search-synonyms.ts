/**
 * Words that customers use for the same thing. Editors keep the list in
 * content/search/synonyms.yaml; the site search expands queries with it and adds the other
 * names to each page's index entry at build time.
 */
import { z } from 'zod';

const TermSchema = z
  .string()
  .trim()
  .min(2, { message: 'Слово или выражение не короче 2 знаков' })
  .regex(/^[\p{L}\d -]+$/u, { message: 'Только буквы, цифры, пробелы и дефисы' });

export const SearchSynonymsSchema = z.object({
  /** Each group lists names of one thing, e.g. [счётчик, прибор учёта, ПУ]. */
  groups: z
    .array(
      z
        .array(TermSchema.meta({ title: 'Слово', description: 'Слово или выражение, например «прибор учёта»' }))
        .min(2, { message: 'В группе нужно хотя бы два синонима' })
        .meta({ title: 'Группа', description: 'Названия одного и того же, через запятую: счётчик, прибор учёта, ПУ' }),
    )
    .meta({ title: 'Группы синонимов', description: 'По любому слову группы поиск найдёт страницы с остальными' }),
  /**
   * Words too common or too ambiguous to find anything on their own («приём» stems to «при»),
   * searched only together with the other words of the query.
   */
  weak: z
    .array(TermSchema.meta({ title: 'Слово', description: 'Например «приём»' }))
    .default([])
    .meta({
      title: 'Слабые слова',
      description: 'Слишком частые слова: ищутся только вместе с другими словами запроса',
    }),
});

export type SearchSynonyms = z.output<typeof SearchSynonymsSchema>;
