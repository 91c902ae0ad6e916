/**
 * Focuses the error summary on load when it lists errors, and makes its links move focus to the field with its label
 * or legend in view (govuk-frontend error-summary.mjs does the same, for the same reason: NVDA
 * then announces the label, and the question is not hidden above the viewport).
 */
const summary = document.querySelector<HTMLElement>('[data-error-summary]');

function labelFor(input: HTMLElement): HTMLElement | null {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (legend && (input.getAttribute('type') === 'radio' || input.getAttribute('type') === 'checkbox')) return legend;
  return document.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) ?? legend ?? null;
}

if (summary) {
  // Focus only when the server rendered errors; an empty summary waits for the form script.
  if (!summary.hidden) summary.focus();
  summary.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const id = link?.getAttribute('href')?.slice(1);
    const input = id ? document.getElementById(id) : null;
    if (!input) return;
    event.preventDefault();
    (labelFor(input) ?? input).scrollIntoView();
    input.focus({ preventScroll: true });
  });
}
