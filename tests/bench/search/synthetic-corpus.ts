/**
 * A synthetic FAQ of any size for the search benchmark: questions built from real topics and
 * answers stitched from sentences of the real answers, so word statistics stay Russian and
 * on-topic. Deterministic: the same count always gives the same files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntry } from '../../../core/content/read-entry.ts';
import { FAQ_CATEGORIES } from '../../../content/schemas/faq.ts';

const SUBJECTS = [
  'показания счётчика',
  'оплата электроэнергии',
  'задолженность',
  'лицевой счёт',
  'договор энергоснабжения',
  'тариф',
  'отключение электроэнергии',
  'личный кабинет',
  'обращение',
  'офис обслуживания',
  'пломба',
  'квитанция',
  'рассрочка',
  'замена прибора учёта',
  'перерасчёт',
  'ценовая категория',
  'акт сверки',
];
const ASKS = [
  'Как оформить',
  'Где узнать про',
  'Что делать, если не пришла',
  'Сколько времени занимает',
  'Кто отвечает за',
  'Можно ли онлайн оформить',
  'Какие документы нужны для',
  'Как изменить',
  'Когда проверяют',
  'Как отменить',
];

/** A small linear congruential generator: reproducible without a dependency. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function realSentences(faqDir: string): string[] {
  return readdirSync(faqDir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => (readFileSync(join(faqDir, name), 'utf8').split('---')[2] ?? '').split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(/^[-\d.\s]+/, '').trim())
    .filter((sentence) => sentence.length > 30);
}

/** The real answers' «Как ещё спрашивают» phrasings (frontmatter `searchPhrases`), all of them. */
function realPhrases(faqDir: string): string[] {
  return readdirSync(faqDir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => (readEntry(join(faqDir, name)) as { searchPhrases?: string[] }).searchPhrases ?? []);
}

/**
 * Writes `count` FAQ files into `targetDir`, using the real answers in `faqDir` as material: each
 * with 3 to 6 of the real phrasings, drawn by a generator of its own so that the questions and
 * answers stay those of earlier runs.
 */
export function writeSyntheticFaq(faqDir: string, targetDir: string, count: number): void {
  const sentences = realSentences(faqDir);
  const categories = Object.keys(FAQ_CATEGORIES);
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const phrases = realPhrases(faqDir);
  const nextPhrase = random(7);
  const phrasesOf = () => {
    const chosen = new Set<string>();
    const wanted = 3 + Math.floor(nextPhrase() * 4);
    while (phrases.length > 0 && chosen.size < Math.min(wanted, phrases.length)) {
      chosen.add(phrases[Math.floor(nextPhrase() * phrases.length)] as string);
    }
    return chosen.size > 0 ? `searchPhrases:\n${[...chosen].map((phrase) => `  - ${phrase}\n`).join('')}` : '';
  };
  for (let i = 1; i <= count; i += 1) {
    const slug = `sinteticheskij-vopros-${String(i).padStart(4, '0')}`;
    const audience = pick(['[ФЛ]', '[ЮЛ]', '[ФЛ, ЮЛ]']);
    const body = Array.from({ length: 3 + Math.floor(next() * 4) }, () => pick(sentences)).join(' ');
    writeFileSync(
      join(targetDir, `${slug}.md`),
      `---\nquestion: ${pick(ASKS)} ${pick(SUBJECTS)} (вариант ${i})?\nslug: ${slug}\ncategory: ${pick(categories)}\naudience: ${audience}\n${phrasesOf()}updated: 2026-11-20\n---\n${body}\n`,
    );
  }
}
