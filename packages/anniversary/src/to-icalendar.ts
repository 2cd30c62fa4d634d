import { anniversariesBetween } from './anniversaries-between.js';
import { addDays } from './commemoration-date.js';
import { CommemorationError, fail, readOptions } from './commemoration-error.js';
import { type FormatOptions, formatAnniversary } from './format.js';
import type { Commemoration } from './types.js';

export interface ICalendarOptions extends FormatOptions {
  /** The first day (`YYYY-MM-DD`) whose anniversaries are written. */
  from: string;
  /** The last day, included; at most 100 years after `from`. */
  to: string;
  /** `DTSTAMP` of every event, `YYYYMMDDTHHMMSSZ`; default: `from` at 00:00 UTC, so the output is stable. */
  stamp?: string;
}

/** The most events one calendar holds (a 10,000-entry list over a century would be millions). */
const MAX_EVENTS = 100_000;
const encoder = new TextEncoder();

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and a space, never inside a UTF-8 character. */
function fold(line: string): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; the loop gives the same line.
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/**
 * An iCalendar file (RFC 5545) with one all-day event for each anniversary from `from` to `to`: lunar days
 * placed on Vietnam's calendar, the years in the SUMMARY (`"113 năm Ngày Bác Hồ ra đi … (5/6/1911 - 5/6/2024)"`),
 * UIDs stable across runs (`<id>-<day>@vnportal`), CRLF line ends and lines folded at 75 octets.
 * @throws CommemorationError for a bad list, day or option, a range over 100 years or over 100,000 events.
 */
export function toICalendar(list: readonly Commemoration[], options: ICalendarOptions): string {
  // readOptions takes a missing object for no options; here `from` and `to` are required.
  if (options === undefined) throw new CommemorationError([{ path: 'options', message: 'options is missing' }]);
  const { from, to, stamp, ...format } = readOptions<ICalendarOptions>(options);
  const found = anniversariesBetween(list, from!, to!);
  if (addDays(from!, 36_600) < to!) fail('to', to, `is more than 100 years after from (${from})`);
  if (found.length > MAX_EVENTS) fail('to', to, `gives ${found.length} events; at most ${MAX_EVENTS} are written`);
  const dtstamp = stamp ?? `${from!.replaceAll('-', '')}T000000Z`;
  if (typeof dtstamp !== 'string' || !/^\d{8}T\d{6}Z$/.test(dtstamp)) fail('stamp', stamp, 'is not YYYYMMDDTHHMMSSZ');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//vnportal//@vnportal/anniversary//VI',
    'CALSCALE:GREGORIAN',
  ];
  for (const a of found) {
    const c = a.commemoration;
    const day = a.day.replaceAll('-', '');
    lines.push(
      'BEGIN:VEVENT',
      // Percent-encoding leaves no character that TEXT escapes.
      `UID:${encodeURIComponent(c.id)}-${a.day}@vnportal`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${addDays(a.day, 1).replaceAll('-', '')}`,
      `SUMMARY:${text(formatAnniversary(a, format))}`,
      ...(c.source ? [`DESCRIPTION:${text(`Nguồn: ${c.source}`)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
