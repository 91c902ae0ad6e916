/**
 * The main menu behind «Меню» on small screens (disclosure pattern): aria-expanded on the button,
 * Escape closes and returns focus to it. CSS collapses the list only when .es-js is set, so
 * without JavaScript the menu stays open and usable.
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
const list = document.getElementById('es-main-menu');

function setOpen(open: boolean): void {
  if (!button || !list) return;
  button.setAttribute('aria-expanded', String(open));
  list.classList.toggle('es-open', open);
}

button?.addEventListener('click', () => {
  setOpen(button.getAttribute('aria-expanded') !== 'true');
});
list?.parentElement?.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || button?.getAttribute('aria-expanded') !== 'true') return;
  setOpen(false);
  button.focus();
});
