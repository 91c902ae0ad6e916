/**
 * iCalendar (RFC 5545) text: lines end with CRLF, content lines longer than 75 octets are folded
 * (3.1), TEXT values are escaped (3.3.11), times are UTC (3.3.5 form 2), so no VTIMEZONE is needed.
 */

export interface CalendarEvent {
  /** Globally unique and stable across updates (3.8.4.7). */
  uid: string;
  /** ISO 8601 instants. */
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
  /** Absolute URL of the page that tells more. */
  url: string;
}

export interface Calendar {
  /** Identifies the product that made the calendar (3.7.3). */
  productId: string;
  name: string;
  /** When the calendar was generated: every event's DTSTAMP (no METHOD, 3.8.7.2). */
  stamp: Date;
  events: readonly CalendarEvent[];
}

const MAX_OCTETS = 75;

/** TEXT value: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** «20261110T020000Z». */
export function utcDateTime(instant: Date | string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Splits a line into chunks of at most 75 octets, never inside a UTF-8 character; the rest start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let chunk = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line's leading space is one of its 75 octets.
    const limit = chunks.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      chunks.push(chunk);
      chunk = '';
      octets = 0;
    }
    chunk += char;
    octets += size;
  }
  chunks.push(chunk);
  return chunks.join('\r\n ');
}

export function calendarText(calendar: Calendar): string {
  const stamp = utcDateTime(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcDateTime(event.start)}`,
      `DTEND:${utcDateTime(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `LOCATION:${escapeText(event.location)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `URL:${event.url}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
