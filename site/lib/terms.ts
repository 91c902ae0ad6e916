/** Deadline placeholders in page text, filled from the `sla` collection (content/sla.yaml). */
import { getEntry } from 'astro:content';
import { fillTerms } from '../../core/content/terms.ts';

export async function termsFiller(): Promise<(text: string) => string> {
  const sla = await getEntry('sla', 'sla');
  if (!sla) throw new Error('content/sla.yaml is missing');
  return (text) => fillTerms(text, sla.data);
}
