/** The FAQ collection grouped for browsing: by topic, and the other questions of a topic. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { FAQ_CATEGORIES, type FaqCategory } from '../../content/schemas/faq.ts';
import { utilityPages } from './navigation.ts';

export type FaqEntry = CollectionEntry<'faq'>;

export function faqHref(entry: FaqEntry): string {
  return `${utilityPages.faq}${entry.id}/`;
}

export interface FaqTopic {
  id: FaqCategory;
  title: string;
  entries: FaqEntry[];
}

/** Topics in the editors' order, questions alphabetically inside each; empty topics are left out. */
export async function faqTopics(): Promise<FaqTopic[]> {
  const entries = await getCollection('faq');
  return (Object.keys(FAQ_CATEGORIES) as FaqCategory[])
    .map((id) => ({
      id,
      title: FAQ_CATEGORIES[id],
      entries: entries
        .filter((entry) => entry.data.category === id)
        .sort((a, b) => a.data.question.localeCompare(b.data.question, 'ru')),
    }))
    .filter((topic) => topic.entries.length > 0);
}

/** «Другие вопросы по теме»: the rest of the topic, those sharing an audience first. */
export function otherQuestions(entry: FaqEntry, topic: FaqTopic, limit = 6): FaqEntry[] {
  const shares = (other: FaqEntry) => other.data.audience.some((a) => entry.data.audience.includes(a));
  return topic.entries
    .filter((other) => other.id !== entry.id)
    .sort((a, b) => Number(shares(b)) - Number(shares(a)))
    .slice(0, limit);
}
