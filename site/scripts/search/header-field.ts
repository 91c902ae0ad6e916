/**
 * The header's search field: typing starts fetching the search library into the browser cache.
 * The search page (the field's form action) loads the same files itself as soon as it opens.
 * The code that does it is imported only then: pages where nobody types never download it.
 */
const field = document.getElementById('site-search');
if (field instanceof HTMLInputElement && field.form && new URL(field.form.action).pathname !== location.pathname) {
  field.addEventListener(
    'input',
    () => {
      import('./warm-cache.ts').then(({ warmSearchCache }) => warmSearchCache()).catch(() => undefined);
    },
    { once: true },
  );
}
