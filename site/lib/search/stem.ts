/**
 * Russian word stems for the search, on both sides: query words, and the titles and texts the
 * results are re-ranked by. The Snowball Russian algorithm is the one Pagefind stems the index
 * with, so a stem sent to Pagefind meets the index's own stems. @orama/stemmers ships it alone
 * (1.6 KB in the browser; @nlpjs/lang-ru's port brought 8.6 KB of its framework) and gives each
 * of the site's 5,904 words the same stem.
 */
import { stemmer } from '@orama/stemmers/russian';

const cache = new Map<string, string>();

/**
 * Snowball strips a verb's endings -ят and -ют («заменят» → «замен») but not -ат and -ут, which
 * Russian spelling writes for them after ж, ч, ш, щ: «отключат», «получат», «скажут» kept their
 * endings and so did not find «отключить», «получить» (Pagefind matches the stem as a prefix).
 */
function hushedVerbEnding(base: string): string {
  return /[жчшщ][ау]т$/.test(base) && base.length >= 6 ? base.slice(0, -2) : base;
}

/** «счётчика» → «счетчик», «личном» → «личн»; the word must be normalised (lower case, «е» for «ё»). */
export function stem(word: string): string {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    // Abbreviations and numbers (ЛС, ПУ, 354) have no endings to strip.
    stemmed = word.length <= 3 || /\d/.test(word) ? word : hushedVerbEnding(stemmer(word));
    cache.set(word, stemmed);
  }
  return stemmed;
}
