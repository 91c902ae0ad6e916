/**
 * Russian query analysis shared by the build (synonyms added to the index) and the browser
 * (query expansion): normalising, stop words, a light ending-stripper and synonym matching.
 * Pagefind stems words itself; this only decides which words and phrases mean the same thing.
 */
import type { SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';

/** Function words that match almost every page by prefix and carry no topic («за», «как»). */
const STOP_WORDS = new Set(
  (
    'а без более бы был в вам вас ваш во вот все всё вы где да для до его ее её если есть еще ещё же за и из или им ' +
    'их к как ли либо мне мной мой можно мы на над надо не нет ни но ну о об однако он она они оно от по под при ' +
    'про с со так также то только у уже хочу чем через что чтобы эта эти это я какой какая какие каком куда когда ' +
    'сколько почему зачем нужно нужен нужна ли мне меня мой моя моё мои свой своя свои'
  )
    .split(' ')
    .map((word) => word.replace(/ё/g, 'е')),
);

/** Noun, adjective and verb endings, longest first, stripped to compare word forms. */
const ENDINGS = [
  'ениями',
  'ениях',
  'ением',
  'ениям',
  'ения',
  'ение',
  'ении',
  'ений',
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'иях',
  'ать',
  'ить',
  'ять',
  'еть',
  'или',
  'ила',
  'ило',
  'ают',
  'яют',
  'уют',
  'ует',
  'ишь',
  'ите',
  'ет',
  'ит',
  'ат',
  'ят',
  'ут',
  'ют',
  'ил',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ия',
  'ию',
  'ии',
  'ых',
  'их',
  'ым',
  'им',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ы',
  'и',
  'ь',
  'й',
];

/** Lower case, ё → е, punctuation to spaces. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const normal = normalize(text);
  return normal === '' ? [] : normal.split(' ');
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/** «счётчика» → «счетчик», «лицевого» → «лицев»; short words (ЛС, ПУ, ЦОК) stay as they are. */
export function wordBase(token: string): string {
  if (token.length <= 3) return token;
  for (const ending of ENDINGS) {
    if (token.endsWith(ending) && token.length - ending.length >= 3) return token.slice(0, -ending.length);
  }
  return token;
}

/**
 * What to send to Pagefind for a name: each word cut to its base. Pagefind matches words by
 * prefix but its Russian stemmer misses many adjective forms («личный» does not find «личном»);
 * the base «личн» finds them all. Bases shorter than 4 letters would match unrelated words, so
 * short words are sent whole.
 */
export function searchText(name: string): string {
  return tokenize(name)
    .map((token) => {
      const base = wordBase(token);
      return base.length >= 4 ? base : token;
    })
    .join(' ');
}

/** A run of query words that means one thing: the words typed and every name to search for. */
export interface QueryTerm {
  typed: string;
  /** Every name of the term's synonym group, weak names left out; just the word for other terms. */
  alternatives: string[];
  /**
   * The one name the browser searches. Each page is indexed with all the names of every synonym
   * group it mentions (missingSynonyms), so one name finds them all: the words typed, which cost
   * no other index download than the whole-query search does, unless they hold a weak or too
   * short word; then the group's first name that does not.
   */
  searched: string;
  weak: boolean;
}

/** A shorter abbreviation matches unrelated words by prefix («пу» finds «пункт», «путь»). */
const SHORTEST_SEARCHED_NAME = 3;

function searchedName(typed: string, alternatives: readonly string[], weakBases: ReadonlySet<string>): string {
  const usable = (name: string) => {
    const tokens = tokenize(name);
    const tooShort = tokens.length === 1 && (tokens[0] ?? '').length < SHORTEST_SEARCHED_NAME;
    return !tooShort && !tokens.some((token) => weakBases.has(wordBase(token)));
  };
  if (usable(typed)) return typed;
  return alternatives.find(usable) ?? typed;
}

interface Phrase {
  bases: string[];
  group: string[];
}

function phrasesOf(synonyms: SearchSynonyms): Phrase[] {
  return synonyms.groups
    .flatMap((group) => group.map((member) => ({ bases: tokenize(member).map(wordBase), group })))
    .sort((a, b) => b.bases.length - a.bases.length);
}

function matchAt(bases: string[], start: number, phrase: Phrase): boolean {
  return phrase.bases.every((base, offset) => bases[start + offset] === base);
}

/**
 * Splits text into terms, longest synonym phrase first: «лицевого счёта» is one term with
 * the alternatives «лицевой счёт» and «ЛС», «счёт» alone belongs to the receipt group.
 */
export function analyze(text: string, synonyms: SearchSynonyms): QueryTerm[] {
  const tokens = tokenize(text);
  const bases = tokens.map(wordBase);
  const weakBases = new Set(synonyms.weak.map((word) => wordBase(normalize(word))));
  // «приём показаний» is searched as «передать показания»: a name with a weak word finds everything.
  const strongNames = (group: string[]) => {
    const strong = group.filter((name) => !tokenize(name).some((token) => weakBases.has(wordBase(token))));
    return strong.length > 0 ? strong : group;
  };
  const phrases = phrasesOf(synonyms);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < tokens.length;) {
    const phrase = phrases.find((candidate) => matchAt(bases, i, candidate));
    if (phrase) {
      const typed = tokens.slice(i, i + phrase.bases.length).join(' ');
      const alternatives = strongNames(phrase.group);
      terms.push({ typed, alternatives, searched: searchedName(typed, alternatives, weakBases), weak: false });
      i += phrase.bases.length;
      continue;
    }
    const token = tokens[i] ?? '';
    if (!isStopWord(token)) {
      terms.push({ typed: token, alternatives: [token], searched: token, weak: weakBases.has(bases[i] ?? '') });
    }
    i += 1;
  }
  return terms;
}

/** Names a page does not use for things it talks about: added to its index entry at build time. */
export function missingSynonyms(pageText: string, synonyms: SearchSynonyms): string[] {
  const present = new Set(analyze(pageText, synonyms).map((term) => term.typed));
  const found = analyze(pageText, { ...synonyms, weak: [] }).filter((term) => term.alternatives.length > 1);
  const extra = new Set<string>();
  for (const term of found) {
    for (const alternative of term.alternatives) {
      if (!present.has(normalize(alternative))) extra.add(alternative);
    }
  }
  return [...extra];
}

/** Share of the query's terms named in a title: a page titled with the question ranks first. */
export function titleCoverage(title: string, terms: readonly QueryTerm[]): number {
  if (terms.length === 0) return 0;
  const titleBases = new Set(tokenize(title).map(wordBase));
  const named = terms.filter((term) =>
    term.alternatives.some((name) => tokenize(name).every((token) => titleBases.has(wordBase(token)))),
  );
  return named.length / terms.length;
}
