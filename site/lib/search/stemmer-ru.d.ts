/** The Snowball Russian stemmer of @nlpjs/lang-ru, which ships no types. */
declare module '@nlpjs/lang-ru/src/stemmer-ru.js' {
  export default class StemmerRu {
    stemWord(word: string): string;
  }
}
