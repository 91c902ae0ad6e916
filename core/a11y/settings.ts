/**
 * «Версия для слабовидящих»: the visitor's display preferences. Plain data and pure functions with
 * no dependencies, because the same code runs in the browser (client script), in Astro (settings
 * page, layout) and in the Node server (which writes them onto <html> so the version works
 * without JavaScript). The strict zod schema for the settings form derives from SETTING_OPTIONS.
 *
 * The settings live in one cookie, `a11y`, as URL-encoded pairs (`scheme=black&size=150`).
 * Its presence means the accessible version is on; «Обычная версия» deletes it.
 */

export const A11Y_COOKIE = 'a11y';
/** One year, as the issue asks; refreshed on every change. */
export const A11Y_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** Every setting and its allowed values in display order; the first value is the default. */
export const SETTING_OPTIONS = {
  /** чёрным по белому, белым по чёрному, тёмно-синим по голубому, коричневым по бежевому, зелёным по тёмно-коричневому. */
  scheme: ['white', 'black', 'blue', 'brown', 'green'],
  /** Root font size in per cent; layout is in rem, so the page reflows instead of overlapping. */
  size: ['150', '100', '125', '175', '200'],
  /** Letter spacing 0 / 0.12em / 0.2em, with word spacing to match. */
  spacing: ['normal', 'medium', 'large'],
  /** Line height 1.5 / 1.8 / 2. */
  leading: ['normal', 'medium', 'large'],
  /** Images shown, hidden (alt text shown instead) or in greyscale. */
  images: ['on', 'off', 'grayscale'],
  /** без засечек / с засечками. */
  font: ['sans', 'serif'],
  /** Embedded media (iframe, video, audio) shown or hidden. */
  media: ['on', 'off'],
  /** Read-aloud (Web Speech API): off unless the visitor turns it on. */
  speech: ['off', 'on'],
} as const;

export type SettingKey = keyof typeof SETTING_OPTIONS;
export type A11ySettings = { [K in SettingKey]: (typeof SETTING_OPTIONS)[K][number] };

export const SETTING_KEYS = Object.keys(SETTING_OPTIONS) as SettingKey[];

/** Font sizes from small to large (SETTING_OPTIONS lists the default first). */
export const SIZE_STEPS = ['100', '125', '150', '175', '200'] as const;

export function isOption<K extends SettingKey>(key: K, value: unknown): value is A11ySettings[K] {
  return (SETTING_OPTIONS[key] as readonly unknown[]).includes(value);
}

export const DEFAULT_SETTINGS = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTING_OPTIONS[key][0]]),
) as A11ySettings;

/** Lenient read (cookie): an unknown or missing value falls back to its default, one by one. */
export function parseSettings(pairs: URLSearchParams): A11ySettings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const value = pairs.get(key);
    if (isOption(key, value)) Object.assign(settings, { [key]: value });
  }
  return settings;
}

/** The settings in a `Cookie` header or `document.cookie`; `null` when the version is off. */
export function settingsFromCookieHeader(header: string | undefined | null): A11ySettings | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === A11Y_COOKIE) {
      const value = rest.join('=');
      if (value === '') return null;
      // A cookie that is not valid percent-encoding (`a11y=%`) is ignored, like a missing one.
      try {
        return parseSettings(new URLSearchParams(decodeURIComponent(value)));
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function cookieValue(settings: A11ySettings): string {
  return new URLSearchParams(settings).toString();
}

/** One font-size step up or down, within the range. */
export function stepSize(size: A11ySettings['size'], direction: 1 | -1): A11ySettings['size'] {
  const index = SIZE_STEPS.indexOf(size) + direction;
  return SIZE_STEPS[Math.min(Math.max(index, 0), SIZE_STEPS.length - 1)] ?? size;
}

/** `data-a11y-*` attributes for <html>: CSS does the rest, so no element is rewritten. */
export function htmlAttributes(settings: A11ySettings): Record<string, string> {
  return Object.fromEntries(SETTING_KEYS.map((key) => [`data-a11y-${key}`, settings[key]]));
}

/**
 * The path to send the visitor back to: a same-origin absolute path only, never `//host`, a
 * backslash trick or a scheme, so the settings form cannot be used as an open redirect.
 */
function isLocalPath(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return false;
  // eslint-disable-next-line no-control-regex -- control characters must never reach a Location header
  return !/[\u0000-\u001f\u007f]/.test(value);
}

export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 512 || !isLocalPath(value)) return fallback;
  const url = new URL(value, 'http://same.invalid');
  if (url.origin !== 'http://same.invalid') return fallback;
  // Checked again after normalisation: «/.//evil.example/» becomes «//evil.example/», another site.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return isLocalPath(path) ? path : fallback;
}

/** What a form submission asks for; `save` applies the posted fields. */
export type SettingsAction = 'on' | 'off' | 'reset' | 'save';

/**
 * The settings after a submission (`null`: the version is switched off). Fields must already be
 * valid: the server checks them with the zod schema first, the browser only posts its own buttons.
 * «А−» / «А+» post size=down / size=up.
 */
export function applyFields(
  current: A11ySettings | null,
  action: SettingsAction,
  fields: Partial<Record<SettingKey, string | undefined>>,
): A11ySettings | null {
  if (action === 'off') return null;
  if (action === 'reset') return { ...DEFAULT_SETTINGS };
  const settings = { ...(current ?? DEFAULT_SETTINGS) };
  for (const key of SETTING_KEYS) {
    const value = fields[key];
    if (key === 'size' && (value === 'up' || value === 'down'))
      settings.size = stepSize(settings.size, value === 'up' ? 1 : -1);
    else if (isOption(key, value)) Object.assign(settings, { [key]: value });
  }
  return settings;
}
