/**
 * With JavaScript, a form posts the same fields to the same endpoint asking for JSON, then shows
 * the receipt in place (the receipt page's own content), or the server's field errors in the error summary and beside each field.
 * Without JavaScript nothing here runs and the plain post works the same way.
 */
import type { Challenge, Solution } from 'altcha-lib/types';

interface FieldError {
  field: string;
  message: string;
}

interface Accepted {
  /** The receipt page, the same one a browser without JavaScript is sent to. */
  receiptUrl: string;
}

function errorSummary(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-error-summary]');
}

function showErrors(form: HTMLFormElement, errors: FieldError[]): void {
  const summary = errorSummary();
  const list = summary?.querySelector('[data-error-summary-list]');
  const prefix = summary?.dataset['errorPrefix'] ?? '';
  const bare = document.title.startsWith(`${prefix} `) ? document.title.slice(prefix.length + 1) : document.title;
  document.title = errors.length > 0 ? `${prefix} ${bare}` : bare;
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-slot]')) slot.replaceChildren();
  for (const group of form.querySelectorAll('[data-field]')) group.classList.remove('es-form-group--error');
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  if (!summary || !list) return;
  // Errors with no field refuse the whole submission (too many from one address): no field to fix.
  const title = summary.querySelector('[data-error-summary-title]');
  if (title)
    title.textContent = summary.dataset[errors.every((error) => !error.field) ? 'titleNotSent' : 'titleFix'] ?? '';
  list.replaceChildren(
    ...errors.map((error) => {
      const item = document.createElement('li');
      if (!error.field) {
        item.textContent = error.message;
        return item;
      }
      const link = document.createElement('a');
      link.href = `#${error.field}`;
      link.textContent = error.message;
      item.append(link);
      const group = form.querySelector(`[data-field="${CSS.escape(error.field)}"]`);
      group?.classList.add('es-form-group--error');
      const message = document.createElement('p');
      message.className = 'es-error-message';
      message.id = `${error.field}-error`;
      const hidden = document.createElement('span');
      hidden.className = 'sr-only';
      hidden.textContent = prefix;
      message.append(hidden, ` ${error.message}`);
      group?.querySelector('[data-error-slot]')?.append(message);
      // As in the server-rendered page: the field is marked invalid and points at its message.
      const control = document.getElementById(error.field);
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
        if (!described.includes(message.id))
          control.setAttribute('aria-describedby', [...described, message.id].join(' '));
      }
      return item;
    }),
  );
  summary.hidden = errors.length === 0;
  if (errors.length > 0) summary.focus();
}

/**
 * Shows the receipt page's content in place of the form: one receipt with or without JavaScript.
 * The address becomes the receipt's, so a reload shows the receipt instead of an empty form.
 * If the page cannot be fetched, the browser goes there instead.
 */
async function showReceipt(accepted: Accepted): Promise<void> {
  const main = document.querySelector<HTMLElement>('#main-content');
  try {
    const response = await fetch(accepted.receiptUrl, { headers: { Accept: 'text/html' } });
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const content = page.querySelector('#main-content');
    if (!response.ok || !main || !content) throw new Error(`receipt page answered ${String(response.status)}`);
    main.replaceChildren(...Array.from(content.childNodes, (node) => document.importNode(node, true)));
    document.title = page.title;
    history.replaceState(null, '', accepted.receiptUrl);
    main.querySelector<HTMLElement>('[data-receipt]')?.focus();
  } catch {
    location.assign(accepted.receiptUrl);
  }
}

/** Solves a challenge in a Web Worker, so the page never blocks on the proof of work. */
function solveInWorker(challenge: Challenge): Promise<Solution | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./proof-of-work-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<Solution | null>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message));
    });
    worker.postMessage(challenge);
  });
}

/**
 * Fetches the server's ALTCHA challenge and solves it off the main thread. Started when the person
 * starts on the form, it is usually ready before they press «Отправить». Without a proof (no
 * workers, a failure) the submission is still accepted and only marked for a closer look.
 */
async function proveWork(form: HTMLFormElement): Promise<void> {
  const field = form.querySelector<HTMLInputElement>('[data-proof-of-work]');
  if (!field || typeof Worker === 'undefined') return;
  try {
    const challenge = (await (await fetch('/api/forms/challenge')).json()) as Challenge;
    const solution = await solveInWorker(challenge);
    if (solution) field.value = btoa(JSON.stringify({ challenge, solution }));
  } catch {
    // Marked for a closer look by the server, not refused.
  }
}

async function submit(form: HTMLFormElement, button: HTMLButtonElement | null, proof: Promise<void>): Promise<void> {
  const notStored = document.querySelector<HTMLElement>('[data-not-stored]');
  if (notStored) notStored.hidden = true;
  if (button) button.disabled = true;
  try {
    await proof;
    const response = await fetch(form.action, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      // Forms with files post multipart, like the browser would without JavaScript.
      body:
        form.enctype === 'multipart/form-data'
          ? new FormData(form)
          : new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
    });
    const body = (await response.json()) as { fields?: FieldError[] } & Partial<Accepted>;
    if (response.status === 201) await showReceipt(body as Accepted);
    // 400 invalid fields; 413 files too large; 429 too many from this address.
    else if (response.status < 500 && body.fields) showErrors(form, body.fields);
    else if (notStored) notStored.hidden = false;
  } catch {
    if (notStored) notStored.hidden = false;
  } finally {
    if (button) button.disabled = false;
  }
}

export function enhanceForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-enhanced-form]')) {
    let proof: Promise<void> | null = null;
    // Not while the page loads: the work starts with the first focus or tap inside the form.
    const start = () => (proof ??= proveWork(form));
    for (const type of ['focusin', 'pointerdown'])
      form.addEventListener(type, () => void start(), { once: true, passive: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void submit(form, form.querySelector<HTMLButtonElement>('[data-submit]'), start()).then(() => {
        // A challenge is good for one submission: prepare the next one in case of errors.
        proof = proveWork(form);
      });
    });
  }
}
