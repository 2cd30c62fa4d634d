import { anniversariesBetween } from './anniversaries-between.js';
import { addDays, readDay } from './commemoration-date.js';
import { CommemorationError, fail } from './commemoration-error.js';
import { type FormatOptions, formatAnniversaryCore, readAnniversary, readFormatOptions } from './format.js';
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
/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and a space, never inside a UTF-8 character.
 * Octets are counted from the code points (no TextEncoder: a buffer per line made 100,000 events take a minute).
 */
function fold(line: string): string {
  let folded = '';
  let start = 0;
  let octets = 0;
  // The first line holds 75 octets; each continuation holds 74 after its leading space.
  let room = 75;
  for (let i = 0; i < line.length; i++) {
    const code = line.codePointAt(i)!;
    // UTF-8 length; a lone surrogate is written as U+FFFD, 3 octets.
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > room) {
      folded += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 0;
      room = 74;
    }
    octets += size;
    // A code point past U+FFFF takes two UTF-16 units.
    if (size === 4) i++;
  }
  return folded + line.slice(start);
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
  const { from, to, stamp, ...format } = readFormatOptions<ICalendarOptions>(options);
  // The range first, so that no century-long list of anniversaries is made only to be refused.
  readDay(from, 'from');
  readDay(to, 'to');
  if (addDays(from!, 36_600) < to!) fail('to', to, `is more than 100 years after from (${from})`);
  const found = anniversariesBetween(list, from!, to!);
  if (found.length > MAX_EVENTS) fail('to', to, `gives ${found.length} events; at most ${MAX_EVENTS} are written`);
  const dtstamp = stamp ?? `${from!.replaceAll('-', '')}T000000Z`;
  if (typeof dtstamp !== 'string' || !/^\d{8}T\d{6}Z$/.test(dtstamp)) fail('stamp', stamp, 'is not YYYYMMDDTHHMMSSZ');
  list.forEach(({ id }, index) => {
    // A lone surrogate cannot be percent-encoded.
    if (typeof id !== 'string' || /\p{Cs}/u.test(id)) fail(`[${index}].id`, id, 'is not a string of Unicode text');
  });
  // One string, CRLF after each line; only the lines that carry the list's text can be long enough to fold.
  let ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//vnportal//@vnportal/anniversary//VI\r\nCALSCALE:GREGORIAN\r\n';
  // The list and the days are checked by anniversariesBetween, the options above; what formatAnniversary checks
  // besides (names, the language) once per commemoration, at its first event, as formatAnniversary would.
  const read = new Set<Commemoration>();
  for (const a of found) {
    const c = a.commemoration;
    if (!read.has(c)) {
      read.add(c);
      readAnniversary(a, format.lang);
    }
    const description = c.source ? `${fold(`DESCRIPTION:${text(`Nguồn: ${c.source}`)}`)}\r\n` : '';
    ics +=
      // Percent-encoding leaves no character that TEXT escapes.
      `BEGIN:VEVENT\r\n${fold(`UID:${encodeURIComponent(c.id)}-${a.day}@vnportal`)}\r\nDTSTAMP:${dtstamp}\r\n` +
      `DTSTART;VALUE=DATE:${a.day.replaceAll('-', '')}\r\nDTEND;VALUE=DATE:${addDays(a.day, 1).replaceAll('-', '')}\r\n` +
      `${fold(`SUMMARY:${text(formatAnniversaryCore(a, format))}`)}\r\n${description}TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n`;
  }
  return `${ics}END:VCALENDAR\r\n`;
}
