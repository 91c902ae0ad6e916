/**
 * The header's search field: typing starts fetching the search library into the browser cache.
 * The search page (the field's form action) loads the same files itself as soon as it opens.
 */
import { warmSearchCache } from './warm-cache.ts';

const field = document.getElementById('site-search');
if (field instanceof HTMLInputElement && field.form && new URL(field.form.action).pathname !== location.pathname) {
  field.addEventListener(
    'input',
    () => {
      warmSearchCache().catch(() => undefined);
    },
    { once: true },
  );
}
