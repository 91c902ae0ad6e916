/**
 * Progressive enhancement of the accessible version: the forms work without JavaScript (POST,
 * 303 back); here the same submissions are applied in place — cookie, <html> attributes, a polite
 * announcement — without a reload. Speech is used only when the visitor has turned it on.
 */
import type { UiKey } from '../../core/i18n/i18n.ts';
import { announcement } from '../lib/a11y/labels.ts';
import {
  A11Y_COOKIE,
  A11Y_COOKIE_MAX_AGE,
  SETTING_KEYS,
  applyFields,
  cookieValue,
  htmlAttributes,
  isOption,
  settingsFromCookieHeader,
  type A11ySettings,
  type SettingKey,
  type SettingsAction,
} from '../../core/a11y/settings.ts';

const root = document.documentElement;
const status = document.getElementById('es-a11y-status');
// The settings bar carries the few strings announced here (CLIENT_STRING_KEYS).
const strings = JSON.parse(document.querySelector<HTMLElement>('.es-a11y-bar')?.dataset['strings'] ?? '{}') as Partial<
  Record<UiKey, string>
>;
const t = (key: UiKey): string => strings[key] ?? key;

function current(): A11ySettings | null {
  return settingsFromCookieHeader(document.cookie);
}

function save(settings: A11ySettings | null): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie =
    settings === null
      ? `${A11Y_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax${secure}`
      : `${A11Y_COOKIE}=${encodeURIComponent(cookieValue(settings))}; Max-Age=${String(A11Y_COOKIE_MAX_AGE)}; Path=/; SameSite=Lax${secure}`;
  for (const key of SETTING_KEYS) root.removeAttribute(`data-a11y-${key}`);
  if (settings) for (const [name, value] of Object.entries(htmlAttributes(settings))) root.setAttribute(name, value);
  markPressed(settings);
  showSpeechControls(settings);
}

function markPressed(settings: A11ySettings | null): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.es-a11y-bar button[name][value]')) {
    const key = button.name as SettingKey;
    if (key === 'scheme' || key === 'images')
      button.setAttribute('aria-pressed', String(settings?.[key] === button.value));
  }
  for (const radio of document.querySelectorAll<HTMLInputElement>('[data-a11y-live] input[type=radio]')) {
    const key = radio.name as SettingKey;
    if (settings && SETTING_KEYS.includes(key)) radio.checked = settings[key] === radio.value;
  }
}

function speak(text: string): void {
  if (current()?.speech !== 'on' || !('speechSynthesis' in window)) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'ru-RU';
  speechSynthesis.speak(utterance);
}

/** Polite, and re-set after a tick so that repeating the same message is announced again. */
function announce(text: string): void {
  if (!status) return;
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = text;
  }, 50);
  speak(text);
}

function changeMessage(before: A11ySettings | null, after: A11ySettings | null, action: SettingsAction): string {
  if (after === null) return t('a11y.announce.off');
  if (before === null) return t('a11y.announce.on');
  if (action === 'reset') return t('a11y.announce.reset');
  const changed = SETTING_KEYS.filter((key) => before[key] !== after[key]);
  return changed.map((key) => announcement(key, after[key], t)).join('. ') || announcement('size', after.size, t);
}

function submit(action: SettingsAction, fields: Partial<Record<SettingKey, string>>): void {
  const before = current();
  const after = applyFields(before, action, fields);
  save(after);
  announce(changeMessage(before, after, action));
  // Switching on or off hides the control that was pressed: move focus somewhere sensible.
  if (before === null && after !== null) document.getElementById('es-a11y-bar-title')?.focus();
  if (before !== null && after === null) document.querySelector<HTMLElement>('[data-a11y-toggle="on"]')?.focus();
}

function asAction(value: string | undefined): SettingsAction {
  return value === 'on' || value === 'off' || value === 'reset' ? value : 'save';
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-a11y-form]')) {
  form.addEventListener('submit', (event) => {
    const button = event.submitter instanceof HTMLButtonElement ? event.submitter : null;
    if (!button) return;
    event.preventDefault();
    const fields: Partial<Record<SettingKey, string>> = {};
    if (button.name !== 'action') fields[button.name as SettingKey] = button.value;
    submit(asAction(button.name === 'action' ? button.value : undefined), fields);
  });
}

// The settings page: each radio applies at once; «Применить» still posts and returns the visitor.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-a11y-live]')) {
  form.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
    const key = input.name as SettingKey;
    if (SETTING_KEYS.includes(key) && isOption(key, input.value)) submit('save', { [key]: input.value });
  });
}

function showSpeechControls(settings: A11ySettings | null): void {
  const controls = document.querySelector<HTMLElement>('[data-a11y-speech-controls]');
  if (controls) controls.hidden = settings?.speech !== 'on' || !('speechSynthesis' in window);
}

document.querySelector('[data-a11y-read]')?.addEventListener('click', () => {
  const selected = window.getSelection()?.toString().trim();
  speak(selected || (document.getElementById('main-content')?.innerText ?? ''));
});
document.querySelector('[data-a11y-stop]')?.addEventListener('click', () => {
  speechSynthesis.cancel();
});

markPressed(current());
showSpeechControls(current());
