/**
 * Finding outages by address: locality slugs for URLs and feeds, and street matching that forgives
 * case, «ё» and street-type words. Free of imports, so the page's filter-as-you-type script uses
 * exactly the matching the server uses.
 */

const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Words that name the kind of street or house, not the street: a query may or may not carry them. */
const TYPE_WORDS = new Set([
  'ул',
  'улица',
  'пр',
  'пр-т',
  'проспект',
  'пер',
  'переулок',
  'пл',
  'площадь',
  'б-р',
  'бульвар',
  'ш',
  'шоссе',
  'наб',
  'набережная',
  'проезд',
  'мкр',
  'микрорайон',
  'тракт',
  'д',
  'дом',
]);

/** Lower case, «ё» as «е», punctuation as spaces: «Ул. Пёстрая» → «ул пестрая». */
export function normalizeAddress(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

/** «г. Томск» → «Томск»: the name without its type, to sort by. */
export function localityName(locality: string): string {
  return locality.replace(/^(?:[\p{L}-]+\.\s*)+/u, '');
}

/** «г. Томск» → «tomsk»: the locality's name without its type, transliterated, for URLs and feeds. */
export function localitySlug(locality: string): string {
  return Array.from(localityName(locality).toLowerCase(), (char) => LETTERS[char] ?? char)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The words of a street query that must all occur in the street's name. */
export function streetQueryWords(query: string): string[] {
  return normalizeAddress(query)
    .split(' ')
    .filter((word) => word !== '' && !TYPE_WORDS.has(word));
}

/** True when every word of the query occurs in the street (normalised): «примерн» finds «ул. Примерная». */
export function streetMatches(street: string, words: readonly string[]): boolean {
  const normalized = normalizeAddress(street);
  return words.every((word) => normalized.includes(word));
}
