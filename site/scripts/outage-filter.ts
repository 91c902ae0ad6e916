/**
 * Filter as you type on /otklyucheniya/: the same matching as the server's GET search
 * (core/outages/address-search.ts), applied to the cards already on the page.
 */
import { streetMatches, streetQueryWords } from '../../core/outages/address-search.ts';

type Places = Array<[locality: string, streets: string[]]>;

const form = document.querySelector<HTMLFormElement>('[data-outage-search]');
const locality = form?.querySelector<HTMLSelectElement>('select[name="punkt"]');
const street = form?.querySelector<HTMLInputElement>('input[name="ulica"]');
const count = document.querySelector('[data-outage-count] span');

function matches(places: Places, slug: string, words: readonly string[]): boolean {
  return places.some(
    ([place, streets]) =>
      (slug === '' || place === slug) &&
      (words.length === 0 || streets.length === 0 || streets.some((name) => streetMatches(name, words))),
  );
}

function filter(): void {
  if (!locality || !street) return;
  const words = streetQueryWords(street.value);
  let found = 0;
  for (const group of document.querySelectorAll('[data-outage-group]')) {
    let shown = 0;
    for (const card of group.querySelectorAll<HTMLElement>('[data-outage]')) {
      card.hidden = !matches(JSON.parse(card.dataset['places'] ?? '[]') as Places, locality.value, words);
      if (!card.hidden) shown += 1;
    }
    const none = group.querySelector<HTMLElement>('[data-outage-none]');
    if (none) none.hidden = shown > 0;
    found += shown;
  }
  if (count) count.textContent = String(found);
}

locality?.addEventListener('change', filter);
street?.addEventListener('input', filter);
