/**
 * What the save gate refused, kept on screen until the editor closes it or saves successfully:
 * Decap shows a thrown preSave error as a toast that disappears after a few seconds, too soon to
 * read a list of fields. Each line names the field by its Russian labels.
 */
const PANEL_ID = 'es-save-problems';

export function showSaveProblems(problems: string[]): void {
  document.getElementById(PANEL_ID)?.remove();
  if (problems.length === 0) return;
  const panel = document.createElement('section');
  panel.id = PANEL_ID;
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-label', 'Запись не сохранена');
  Object.assign(panel.style, {
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    zIndex: '1000',
    maxWidth: '560px',
    padding: '12px 16px',
    background: '#fff',
    border: '2px solid #b00020',
    borderRadius: '6px',
    boxShadow: '0 2px 12px rgba(0,0,0,.25)',
    color: '#1a1a1a',
    fontSize: '14px',
  });
  const heading = document.createElement('h2');
  heading.textContent = 'Запись не сохранена. Исправьте:';
  Object.assign(heading.style, { margin: '0 0 8px', fontSize: '16px', color: '#b00020' });
  const list = document.createElement('ul');
  Object.assign(list.style, { margin: '0 0 8px', paddingLeft: '20px' });
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Закрыть';
  close.addEventListener('click', () => {
    panel.remove();
  });
  panel.append(heading, list, close);
  document.body.append(panel);
}
