/**
 * What a proofreader marks in Russian text: a word glued to the next one across a tag boundary
 * («проверен<time>20»), a missing space after «,», «:» or «.», a letter glued to a number, and a
 * doubled full stop («г..»). Decimals («5,40»), times («12:00»), URLs, file names and
 * abbreviations («т.е.», «г.») pass.
 */

export interface TypographyFinding {
  rule:
    | 'glued-across-tags'
    | 'glued-to-number'
    | 'space-after-comma'
    | 'space-after-colon'
    | 'space-after-stop'
    | 'double-stop';
  /** The offending spot with a few characters around it. */
  excerpt: string;
}

/** Elements whose content is not read as running text (nor read out: aria-hidden). */
const HIDDEN =
  /<(script|style|template|textarea)\b[\s\S]*?<\/\1>|<([a-z]+)\b[^>]*\baria-hidden="true"[^>]*>[\s\S]*?<\/\2>|<!--[\s\S]*?-->/gi;

/** Elements that end a line of text: the text on either side never reads as one word. */
const BLOCK = new Set(
  (
    'address article aside blockquote br button dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr img input label legend li main nav ol optgroup option p pre section select summary ' +
    'table tbody td tfoot th thead tr ul body html head title meta link caption svg g desc text'
  ).split(' '),
);

/** Inline elements that legitimately sit inside a word: «м<sup>2</sup>», soft wrap points. */
const INSIDE_WORD = new Set(['sup', 'sub', 'wbr']);

/** Marks an inline tag boundary in the extracted text. */
const SEAM = '\u0000';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '' };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Running text of an HTML document, one line per block, inline tag boundaries marked. */
function textWithSeams(html: string): string {
  let out = '';
  for (const match of html.replace(HIDDEN, ' ').matchAll(/<\/?([a-z][\w-]*)[^>]*>|[^<]+|</gi)) {
    const tag = match[1]?.toLowerCase();
    if (tag === undefined) out += decode(match[0]).replace(/[\s\u00a0]+/g, ' ');
    else if (BLOCK.has(tag)) out += '\n';
    else if (!INSIDE_WORD.has(tag)) out += SEAM;
  }
  return out;
}

const WORDISH = /[\p{L}\p{N}]/u;
const CYRILLIC = /[а-яё]/i;

function excerpt(text: string, index: number): string {
  return text
    .slice(Math.max(0, index - 25), index + 25)
    .replaceAll(SEAM, '|')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Findings in plain text (e-mail bodies, or the text of a page). */
export function textTypography(text: string): TypographyFinding[] {
  const findings: TypographyFinding[] = [];
  const find = (rule: TypographyFinding['rule'], pattern: RegExp, accept: (match: RegExpExecArray) => boolean) => {
    for (const match of text.matchAll(pattern)) {
      if (accept(match)) findings.push({ rule, excerpt: excerpt(text, match.index) });
    }
  };
  // «проверен20», «20ноября»: a Russian word and a number without a space; «СН2», «ПП24» are codes.
  find('glued-to-number', /[а-яё]{2}\d|\d[а-яё]{2}/gu, () => true);
  // «показания,оплатить»; Latin-only pairs are code or data, «5,40» is a decimal.
  find('space-after-comma', /(\p{L}),(\p{L})/gu, (m) => CYRILLIC.test(`${m[1]}${m[2]}`));
  // «адрес:634000»; «https:», «12:00» and Latin-only «key:value» pass.
  find(
    'space-after-colon',
    /(\p{L}+):([\p{L}\p{N}])/gu,
    (m) => !/^(?:https?|mailto|tel|ftp|data)$/i.test(m[1] ?? '') && CYRILLIC.test(`${m[1]}${m[2]}`),
  );
  // «JSON.Ежемесячный», «проверен.ответ»; «т.е.», «г.», «example.ru», «file.pdf» pass.
  find('space-after-stop', /(\p{L}+)\.(\p{L}+)/gu, (m) => {
    const [before = '', after = ''] = [m[1], m[2]];
    if (!CYRILLIC.test(`${before}${after}`)) return false;
    if (/^\p{Lu}\p{Ll}/u.test(after) && (before.length > 1 || /\p{Ll}/u.test(before))) return true;
    return before.length > 1 && after.length > 1 && /^[а-яё]+$/.test(before) && /^[а-яё]+$/.test(after);
  });
  // «2027 г..» but not an ellipsis «...».
  find('double-stop', /(?<!\.)\.\.(?!\.)/g, () => true);
  return findings;
}

/** Findings in an HTML document: its text and read-out labels, plus words glued across tags. */
export function htmlTypography(html: string): TypographyFinding[] {
  const text = textWithSeams(html);
  const findings: TypographyFinding[] = [];
  for (const match of text.matchAll(new RegExp(`${SEAM}+`, 'g'))) {
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + match[0].length] ?? '';
    if (WORDISH.test(before) && WORDISH.test(after)) {
      findings.push({ rule: 'glued-across-tags', excerpt: excerpt(text, match.index) });
    }
  }
  // Labels that are read out or shown as tooltips count as text too.
  const labels = [...html.matchAll(/\s(?:aria-label|alt|title|placeholder)="([^"]*)"/g)].map((match) =>
    decode(match[1] ?? ''),
  );
  return [...findings, ...textTypography(text.replaceAll(SEAM, '')), ...labels.flatMap(textTypography)];
}

/** One line per finding, for an assertion message. */
export function describeFindings(findings: readonly TypographyFinding[]): string[] {
  return findings.map((finding) => `${finding.rule}: «${finding.excerpt}»`);
}
