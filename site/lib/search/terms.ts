/**
 * Russian query analysis shared by the build (vocabulary added to the index) and the search
 * (query expansion, re-ranking): normalising, stop words, stems (stem.ts) and matching the
 * editors' vocabulary of names that mean the same thing.
 */
import type { SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';
import { stem } from './stem.ts';

/** Function words that match almost every page by prefix and carry no topic («за», «как»). */
const STOP_WORDS = new Set(
  (
    'а без более бы был в вам вас ваш во вот все всё вы где да для до его ее её если есть еще ещё же за и из или им ' +
    'их к как ли либо мне мной мой можно мы на над надо не нет ни но ну о об однако он она они оно от по под при ' +
    'про с со так также то только у уже хочу чем через что чтобы эта эти это я какой какая какие каком куда когда ' +
    'сколько почему зачем кто кому кем нужно нужен нужна должен должна должно должны ли мне меня мой моя моё мои свой своя свои ' +
    // Courtesies a customer writes as to a person: never the topic.
    'здравствуйте пожалуйста подскажите подскажи скажите помогите спасибо извините'
  )
    .split(' ')
    .map((word) => word.replace(/ё/g, 'е')),
);

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

/**
 * Words that ask to do something on the site rather than name a topic («написать обращение
 * онлайн», «подать жалобу»): they match pages everywhere, so they are not searched; they make
 * the query a task query, which a task page (a form) answers.
 */
const TASK_WORDS = new Set(
  'написать напишу подать подача отправить отправка оставить заполнить онлайн'.split(' ').map((word) => stem(word)),
);

export function isTaskWord(token: string): boolean {
  return TASK_WORDS.has(stem(token));
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/**
 * What to send to Pagefind for a name: each word cut to its stem. Pagefind matches words by
 * prefix, so the stem «личн» finds «личный» and «личном» alike. Stems shorter than 4 letters
 * would match unrelated words («пен» of «пени» finds «пенсия»), so those words are sent whole.
 */
export function searchText(name: string): string {
  return tokenize(name)
    .map((token) => {
      const base = verbalRoot(stem(token));
      return base.length >= 4 ? base : token;
    })
    .join(' ');
}

/** Suffixes that make a noun of a verb: «регистрац-ия» of «регистрир-ует», «отключ-ение» of «отключ-ит». */
const NOUN_SUFFIXES = ['ац', 'ен'];

/**
 * The stem of a verbal noun without its suffix, so that Pagefind's prefix match finds the verb
 * too («регистрация» finds «регистрируется»); at least 5 letters are kept.
 */
function verbalRoot(base: string): string {
  const suffix = NOUN_SUFFIXES.find((end) => base.endsWith(end) && base.length - end.length >= 5);
  return suffix ? base.slice(0, -suffix.length) : base;
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

/** A shorter abbreviation matches unrelated words by prefix («пу» finds «пункт», «инн» pages without it). */
const SHORTEST_SEARCHED_NAME = 4;

function searchedName(typed: string, alternatives: readonly string[], weakBases: ReadonlySet<string>): string {
  const usable = (name: string) => {
    const tokens = tokenize(name);
    const tooShort = tokens.some((token) => token.length < SHORTEST_SEARCHED_NAME && !isStopWord(token));
    return !tooShort && !tokens.some((token) => weakBases.has(stem(token)));
  };
  if (usable(typed)) return typed;
  // An abbreviation is searched by the name it abbreviates («ПУ» by «прибор учёта», not by the
  // group's first name «счётчик»): the pages titled with it, not only those naming the group.
  const letters = normalize(typed).replace(/ /g, '');
  const expansion = alternatives.find((name) => {
    const tokens = tokenize(name);
    return tokens.length > 1 && tokens.map((token) => token[0]).join('') === letters && usable(name);
  });
  return expansion ?? alternatives.find(usable) ?? typed;
}

interface Phrase {
  bases: string[];
  /** The name as the vocabulary writes it. */
  name: string;
  group: string[];
}

function phrasesOf(synonyms: SearchSynonyms): Phrase[] {
  return synonyms.groups
    .flatMap((group) => group.map((member) => ({ bases: tokenize(member).map(stem), name: member, group })))
    .sort((a, b) => b.bases.length - a.bases.length);
}

/**
 * Stems one edit apart (a letter changed, added or dropped, or two neighbouring letters swapped),
 * both of 5 letters or more: a typo («задолжн» for «задолжен», «квитнац» for «квитанц») or a
 * fleeting vowel the stemmer keeps («квитк» of «квитка», «квиток»).
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    // Two neighbouring letters swapped («покаазния» for «показания»), the commonest slip of a finger.
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A word of a phrase of several words whose stem starts with the name's, up to two letters longer:
 * Snowball stems some forms of a noun apart («замена» → «зам», «замену» → «замен»), and the
 * phrase's other words keep the match on topic.
 */
function phraseWordMatches(typed: string, base: string): boolean {
  return base.length >= 3 && typed.startsWith(base) && typed.length - base.length <= 2;
}

function matchAt(bases: readonly string[], start: number, phrase: Phrase, near: boolean): boolean {
  const several = phrase.bases.length > 1;
  return phrase.bases.every((base, offset) => {
    const typed = bases[start + offset] ?? '';
    return typed === base || (several && phraseWordMatches(typed, base)) || (near && oneEditApart(typed, base));
  });
}

/** The vocabulary phrase starting at word `start`, longest first; `exact` unless only near a name. */
function phraseAt(bases: readonly string[], start: number, phrases: readonly Phrase[], near: boolean) {
  const exact = phrases.find((candidate) => matchAt(bases, start, candidate, false));
  return {
    exact,
    phrase: exact ?? (near ? phrases.find((candidate) => matchAt(bases, start, candidate, true)) : undefined),
  };
}

/** Phrases of several words by the first 3 letters of their first stem, longest first. */
const phraseCache = new WeakMap<SearchSynonyms, Map<string, Phrase[]>>();

function phrasesByStart(synonyms: SearchSynonyms): Map<string, Phrase[]> {
  let byStart = phraseCache.get(synonyms);
  if (!byStart) {
    byStart = new Map();
    for (const phrase of phrasesOf(synonyms)) {
      const start = phrase.bases[0]?.slice(0, 3) ?? '';
      if (phrase.bases.length > 1) byStart.set(start, [...(byStart.get(start) ?? []), phrase]);
    }
    phraseCache.set(synonyms, byStart);
  }
  return byStart;
}

/**
 * For each word (by its stem), the names (as stems) of the vocabulary phrase of several words it
 * stands in, if any: in «лицевой счёт» the word «счёт» is the account, not the receipt.
 */
export function phraseGroups(bases: readonly string[], synonyms: SearchSynonyms): (readonly string[][] | undefined)[] {
  // A phrase's first word is its stem or starts with it (matchAt), so it shares the first 3 letters.
  const byStart = phrasesByStart(synonyms);
  const groups: (string[][] | undefined)[] = [];
  for (let i = 0; i < bases.length;) {
    const { phrase } = phraseAt(bases, i, byStart.get(bases[i]?.slice(0, 3) ?? '') ?? [], false);
    const length = phrase?.bases.length ?? 1;
    const names = phrase ? phrase.group.map(nameStems) : undefined;
    for (let k = 0; k < length; k += 1) groups.push(names);
    i += length;
  }
  return groups;
}

/** A word of a title or text as the re-ranking matches it: its stem, and the phrase it stands in. */
export interface StemmedWord {
  stem: string;
  /** The names of the vocabulary phrase of several words the word stands in. */
  phrase?: readonly string[][] | undefined;
}

/**
 * Whether a word is the word `nameStem` of a query term's name: the same stem (sameStem), and
 * not standing in a vocabulary phrase that means something else, when the name is one word of
 * a term with other names («счёт» of the receipt does not name «лицевой счёт»).
 */
export function namesWord(
  names: readonly (readonly string[])[],
  name: readonly string[],
  nameStem: string,
  word: StemmedWord,
): boolean {
  if (!sameStem(word.stem, nameStem)) return false;
  if (!word.phrase || name.length > 1 || names.length === 1) return true;
  const phrase = word.phrase;
  if (names.some((own) => phrase.some((other) => other.join(' ') === own.join(' ')))) return true;
  // A phrase made of the term («замена счётчика», «замена прибора учёта») names it in several of
  // its names; a phrase that only shares a word with it («лицевой счёт», «ЛС») in one at most.
  const holdsTerm = (other: readonly string[]) =>
    names.some((own) => own.every((s) => other.some((t) => sameStem(t, s))));
  return phrase.filter(holdsTerm).length >= 2;
}

/** Whether the words from `at` on are `name`, one of a query term's `names`, word for word (namesWord). */
export function namesRunAt(
  words: readonly StemmedWord[],
  at: number,
  names: readonly (readonly string[])[],
  name: readonly string[],
): boolean {
  return name.length > 0 && name.every((s, k) => namesWord(names, name, s, words[at + k] ?? { stem: '' }));
}

/**
 * Splits text into terms, longest synonym phrase first: «лицевого счёта» is one term with
 * the alternatives «лицевой счёт» and «ЛС», «счёт» alone belongs to the receipt group. With
 * `nearWords` (queries, not page texts) a word one letter off a name counts as that name.
 */
export function analyze(text: string, synonyms: SearchSynonyms, options: { nearWords?: boolean } = {}): QueryTerm[] {
  const tokens = tokenize(text);
  const bases = tokens.map(stem);
  const weakBases = new Set(synonyms.weak.map((word) => stem(normalize(word))));
  // «приём показаний» is searched as «передать показания»: a name with a weak word finds everything.
  const strongNames = (group: string[]) => {
    const strong = group.filter((name) => !tokenize(name).some((token) => weakBases.has(stem(token))));
    return strong.length > 0 ? strong : group;
  };
  const phrases = phrasesOf(synonyms);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < tokens.length;) {
    const { exact, phrase } = phraseAt(bases, i, phrases, options.nearWords ?? false);
    if (phrase) {
      const typed = tokens.slice(i, i + phrase.bases.length).join(' ');
      const alternatives = strongNames(phrase.group);
      // A word only near a name is not in the index as typed: the name it is near is searched
      // when it is a phrase (its other words keep it on topic), else the group's own name.
      const near = phrase.bases.length > 1 ? phrase.name : (alternatives[0] ?? typed);
      const searched = searchedName(exact ? typed : near, alternatives, weakBases);
      terms.push({ typed, alternatives, searched, weak: false });
      i += phrase.bases.length;
      continue;
    }
    const token = tokens[i] ?? '';
    if (!isStopWord(token)) {
      const weak = weakBases.has(bases[i] ?? '') || isTaskWord(token);
      terms.push({ typed: token, alternatives: [token], searched: token, weak });
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

/** A name as the re-ranking matches it: its words' stems («приборы учёта» → [прибор, учет]). */
export function nameStems(name: string): string[] {
  return tokenize(name).map(stem);
}

/** Words that make a query a question («как оплатить», «можно ли в рассрочку»). */
const QUESTION_WORDS = new Set(
  'как где когда куда почему зачем сколько кто что чем какой какая какое какие каком какого можно ли нужно надо делать'.split(
    ' ',
  ),
);

/** Whether the query asks to do something on the site (and not how to), so that a form suits it best. */
export function isTaskQuery(query: string): boolean {
  return !isQuestion(query) && tokenize(query).some(isTaskWord);
}

/** Whether the query is asked as a question, so that an answer (FAQ) suits it better than a section. */
export function isQuestion(query: string): boolean {
  return query.trim().endsWith('?') || tokenize(query).some((token) => QUESTION_WORDS.has(token));
}

/**
 * What a question asks, by the words that ask it (longest phrase first): a query «когда
 * передавать показания» asks the same as a title «До какого числа нужно передать показания?»,
 * not as «Что будет, если не передать показания?». «Как», «где», «куда» and «что делать» all
 * ask for a way to do something, so they are one kind; «можно ли», «нужно ли», «есть ли» ask
 * yes or no about a case («Можно ли передать показания ночью?»), another kind. «Сколько» with a
 * unit of time («сколько дней ждать ответа») asks how long, as «в какой срок» does. «Что» and
 * «какой» alone ask what a thing holds or which things there are («что есть в личном кабинете»,
 * «Что можно сделать в личном кабинете?», «Какие документы нужны…?»), not how to do it.
 */
const QUESTION_KINDS: Record<string, readonly string[]> = {
  time: [
    'когда',
    'до какого числа',
    'какого числа',
    'в какой срок',
    'какой срок',
    'какие сроки',
    'как быстро',
    'как долго',
    'как часто',
    'через сколько',
    'сколько дней',
    'сколько времени',
    'сколько часов',
    'сколько минут',
    'сколько недель',
    'сколько месяцев',
  ],
  who: ['кто', 'кому', 'кем', 'к кому', 'у кого'],
  reason: ['почему', 'зачем', 'за что', 'по какой причине', 'из за чего'],
  amount: ['сколько', 'какая сумма', 'на какую сумму'],
  consequence: ['что будет', 'что грозит', 'чем грозит'],
  meaning: ['что такое', 'что значит', 'что означает', 'из чего'],
  what: ['что', 'какой', 'какая', 'какое', 'какие', 'какого', 'каком', 'какую'],
  way: ['как', 'где', 'куда', 'откуда', 'каким способом', 'каким образом', 'что делать'],
  yesno: [
    'можно ли',
    'могу ли',
    'может ли',
    'могут ли',
    'нужно ли',
    'нужен ли',
    'нужна ли',
    'есть ли',
    'надо ли',
    'обязан ли',
    'должен ли',
  ],
};

const QUESTION_PHRASES = Object.entries(QUESTION_KINDS)
  .flatMap(([kind, phrases]) => phrases.map((phrase) => ({ kind, words: phrase.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/** What a question asks (its first asking phrase) and that phrase's words; undefined for no question. */
export function questionKind(text: string): { kind: string; words: string[] } | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i += 1) {
    const found = QUESTION_PHRASES.find((phrase) => phrase.words.every((word, k) => tokens[i + k] === word));
    if (found) return found;
  }
  return undefined;
}

/** How much more the query's terms found in a title count than the title's other words (F-beta). */
const RECALL_WEIGHT = 2;

/**
 * How closely a title matches the query: `recall` is the share of the query's terms (weighted,
 * any of their names) the title names, `precision` the share of the title's words they account
 * for. A question worded almost like the query scores near 1; a title that merely shares one
 * common word scores low. A term the title does not name but the page's first sentence (`lead`)
 * does counts for its `share` in the score (not in `recall`, which says what the title names).
 */
export function titleSimilarity(
  title: string,
  terms: readonly (readonly (readonly string[])[])[],
  weights: readonly number[],
  options: {
    asked?: { kind: string; weight: number } | undefined;
    synonyms?: SearchSynonyms;
    lead?: { words: readonly StemmedWord[]; share: number };
  } = {},
): { recall: number; precision: number; score: number } {
  const { asked, synonyms, lead } = options;
  const tokens = tokenize(title);
  const bases = tokens.map(stem);
  const groups = synonyms ? phraseGroups(bases, synonyms) : [];
  const words: StemmedWord[] = bases.map((base, i) => ({ stem: base, phrase: groups[i] }));
  const titleStems = [...new Set(bases.filter((_, i) => !isStopWord(tokens[i] ?? '')))];
  if (titleStems.length === 0 || terms.length === 0) return { recall: 0, precision: 0, score: 0 };
  // A title word is named when one of its occurrences is (namesWord).
  const matches = (names: readonly (readonly string[])[], name: readonly string[], s: string, t: string) =>
    words.some((word) => word.stem === t && namesWord(names, name, s, word));
  const covered = new Set<string>();
  let named = 0;
  let inLead = 0;
  let total = 0;
  // The question the query asks is one more term, named by a title asking the same kind of question.
  if (asked) {
    total += asked.weight;
    const titleAsks = questionKind(title);
    if (titleAsks?.kind === asked.kind) {
      named += asked.weight;
      for (const word of titleAsks.words) if (!isStopWord(word)) covered.add(stem(word));
    }
  }
  terms.forEach((names, i) => {
    const weight = weights[i] ?? 1;
    total += weight;
    const found = names.filter(
      (name) => name.length > 0 && name.every((s) => titleStems.some((t) => matches(names, name, s, t))),
    );
    if (found.length === 0) {
      const inLeadWords = (name: readonly string[]) =>
        lead?.words.some((_, at) => namesRunAt(lead.words, at, names, name));
      if (names.some(inLeadWords)) inLead += weight;
      return;
    }
    named += weight;
    for (const name of found) {
      for (const s of name) for (const t of titleStems) if (matches(names, name, s, t)) covered.add(t);
    }
  });
  const recall = total > 0 ? named / total : 0;
  const withLead = total > 0 ? (named + (lead?.share ?? 0) * inLead) / total : 0;
  const precision = covered.size / titleStems.length;
  const beta2 = RECALL_WEIGHT * RECALL_WEIGHT;
  const score = recall === 0 ? 0 : ((1 + beta2) * precision * withLead) / (beta2 * precision + withLead);
  return { recall, precision, score };
}

/**
 * Stems match when equal; when a typed stem of 5 letters or more starts the word's, as Pagefind
 * matches by prefix («комис» of «комисии» typed with one «с» starts «комисс»); or when they
 * differ only in their last letter past 6 common ones, as a noun and its verb do
 * («проверк» of «проверка», «проверя» of «проверяет»; «передач», «передат»), or in at most their
 * last two letters each, where Snowball keeps a verb's ending (the stem «отключа» of «отключают»
 * and «отключен» of «отключениях»).
 */
export function sameStem(wordStem: string, termStem: string): boolean {
  if (wordStem === termStem || (termStem.length >= 5 && wordStem.startsWith(termStem))) return true;
  let common = 0;
  while (common < wordStem.length && wordStem[common] === termStem[common]) common += 1;
  const shorter = Math.min(wordStem.length, termStem.length);
  const longer = Math.max(wordStem.length, termStem.length);
  return common >= 6 && (common >= shorter - 1 || common >= longer - 2);
}
