import { daysBetween } from '@vnportal/calendar';
import { anniversariesBetween } from './anniversaries-between.js';
import { addDays, readDay } from './commemoration-date.js';
import { CommemorationError, fail, ownError } from './commemoration-error.js';
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

const encoder = new TextEncoder();
/** The octets of one folded line: the first holds 75, each continuation 74 after its leading space. */
const octets = [new Uint8Array(75), new Uint8Array(74)] as const;

/**
 * RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and a space, never inside a UTF-8 character.
 * `encodeInto` writes whole characters only and reports how many UTF-16 units fit; `room` units always hold
 * at least `room` octets, so the cut lies within them (and never inside a surrogate pair). No buffer per line:
 * `encode` allocated one for each, and 100,000 events took a minute.
 */
function fold(line: string): string {
  let folded = '';
  let start = 0;
  for (let part = octets[0]; ; part = octets[1]) {
    const { read } = encoder.encodeInto(line.slice(start, start + part.length), part);
    if (start + read >= line.length) return folded + line.slice(start);
    folded += `${line.slice(start, start + read)}\r\n `;
    start += read;
  }
}

/**
 * The DTEND line of an all-day event: the day after its last (a month-precision anniversary lasts its month). None on 9999-12-31, whose next day DATE cannot write: an
 * event with a DATE DTSTART and no DTEND lasts that one day (RFC 5545 §3.6.1).
 */
function dtend(day: string): string {
  const next = addDays(day, 1);
  return next.length === 10 ? `DTEND;VALUE=DATE:${next.replaceAll('-', '')}\r\n` : '';
}

/**
 * An iCalendar file (RFC 5545) with one all-day event for each anniversary from `from` to `to`: lunar days
 * placed on Vietnam's calendar, the years in the SUMMARY (`"113 năm Ngày Bác Hồ ra đi … (5/6/1911 - 5/6/2024)"`),
 * UIDs stable across runs (`<id>-<day>@vnportal`), CRLF line ends and lines folded at 75 octets.
 * @throws CommemorationError for a bad list, day or option, a range over 100 years or over 100,000 events.
 */
export function toICalendar(list: readonly Commemoration[], options: ICalendarOptions): string {
  try {
    // readOptions takes a missing object for no options; here `from` and `to` are required.
    if (options === undefined) throw new CommemorationError([{ path: 'options', message: 'options is missing' }]);
    const { from, to, stamp, ...format } = readFormatOptions<ICalendarOptions>(options);
    // The range first, so that no century-long list of anniversaries is made only to be refused.
    readDay(from, 'from');
    readDay(to, 'to');
    // By day numbers: a string compare goes wrong past 9999 ("10050-01-01" < "9999-12-31").
    if (daysBetween(from!, to!) > 36_600) fail('to', to, `is more than 100 years after from (${from})`);
    const found = anniversariesBetween(list, from!, to!);
    if (found.length > MAX_EVENTS) fail('to', to, `gives ${found.length} events; at most ${MAX_EVENTS} are written`);
    const dtstamp = stamp ?? `${from!.replaceAll('-', '')}T000000Z`;
    if (typeof dtstamp !== 'string' || !/^\d{8}T\d{6}Z$/.test(dtstamp)) fail('stamp', stamp, 'is not YYYYMMDDTHHMMSSZ');
    list.forEach(({ id, source }, index) => {
      // A lone surrogate cannot be percent-encoded.
      if (typeof id !== 'string' || /\p{Cs}/u.test(id)) fail(`[${index}].id`, id, 'is not a string of Unicode text');
      if (source !== undefined && typeof source !== 'string') fail(`[${index}].source`, source, 'is not a string');
    });
    // One string, CRLF after each line; only the lines that carry the list's text can be long enough to fold.
    let ics =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//vnportal//@vnportal/anniversary//VI\r\nCALSCALE:GREGORIAN\r\n';
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
        `DTSTART;VALUE=DATE:${a.day.replaceAll('-', '')}\r\n${dtend(a.lastDay ?? a.day)}` +
        `${fold(`SUMMARY:${text(formatAnniversaryCore(a, format))}`)}\r\n${description}TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n`;
    }
    return `${ics}END:VCALENDAR\r\n`;
  } catch (error) {
    throw ownError(error, { list, options });
  }
}
