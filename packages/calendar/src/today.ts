import { invalid } from './calendar-error.js';
import { DAY_MS, dayNumberToDay, writableDay } from './day.js';

/** Vietnam's IANA zone. Vietnam keeps UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** An RFC 3339 instant with an explicit offset: `2023-07-03T08:00:00+07:00` or `…Z`. */
const INSTANT_FORM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

/** Whether `value` is an RFC 3339 instant with its offset that `parseInstant` reads: for validators. */
export function isInstant(value: unknown): boolean {
  try {
    parseInstant(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads an RFC 3339 instant that carries its offset (a bare local time is refused: it names no moment).
 * @throws CalendarError naming `field` and the value.
 */
export function parseInstant(value: unknown, field = 'instant'): Date {
  const match = typeof value === 'string' ? INSTANT_FORM.exec(value) : null;
  const fail = () => invalid(field, value, 'is not a date with a time-zone offset (e.g. 2023-07-03T08:00:00+07:00)');
  if (!match) throw fail();
  const [, y, mo, d, h, mi, s = '0', , oh = '0', om = '0'] = match;
  const date = new Date(value as string);
  const fieldsInRange =
    Number(mo) >= 1 &&
    Number(mo) <= 12 &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s) <= 59 &&
    Number(oh) <= 23 &&
    Number(om) <= 59;
  // Date accepts 2023-02-30 by rolling over; the day must survive the trip unchanged.
  const wallClock = new Date(date.getTime() + offsetMinutes(match) * 60_000);
  if (
    !fieldsInRange ||
    Number.isNaN(date.getTime()) ||
    wallClock.getUTCDate() !== Number(d) ||
    wallClock.getUTCFullYear() !== Number(y)
  ) {
    throw fail();
  }
  return date;
}

function offsetMinutes(match: RegExpExecArray): number {
  if (match[7]?.toUpperCase() === 'Z') return 0;
  const sign = match[7]?.startsWith('-') ? -1 : 1;
  return sign * (Number(match[8]) * 60 + Number(match[9]));
}

/**
 * Vietnam's calendar day at `now`, the same whatever the host's zone:
 * `todayInVietnam(new Date("2024-05-31T17:30:00Z"))` → `"2024-06-01"`.
 */
export function todayInVietnam(now: Date = new Date()): string {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw invalid('now', now, 'is not a valid Date');
  }
  return writableDay(Math.floor((now.getTime() + VIETNAM_OFFSET_MS) / DAY_MS), 'now', now);
}

/**
 * The core of `todayInVietnam`, unchecked: Vietnam's calendar day at `ms` since 1970 (a valid Date's time,
 * within the years 0000 to 9999).
 */
export function todayInVietnamCore(ms: number = Date.now()): string {
  return dayNumberToDay(Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS));
}

/** Vietnam's calendar day for an RFC 3339 instant: `"2023-07-02T20:00:00Z"` → `"2023-07-03"`. */
export function instantToVietnamDay(instant: string | Date): string {
  return todayInVietnam(typeof instant === 'string' ? parseInstant(instant) : instant);
}

/**
 * The same instant written at Vietnam's offset, for feeds and structured data:
 * `toVietnamIso("2023-07-02T17:30:00Z")` → `"2023-07-03T00:30:00+07:00"`.
 * @throws CalendarError naming `field` when it is not an instant with an offset (or a valid Date).
 */
export function toVietnamIso(instant: string | Date, field = 'instant'): string {
  const date = typeof instant === 'string' ? parseInstant(instant, field) : instant;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw invalid(field, instant, 'is not a valid Date');
  return `${new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** Vietnam's wall-clock time `HH:mm` at an instant. */
export function vietnamTimeOfDay(instant: Date): string {
  const inVietnam = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return `${String(inVietnam.getUTCHours()).padStart(2, '0')}:${String(inVietnam.getUTCMinutes()).padStart(2, '0')}`;
}

/** Milliseconds from `now` to the next midnight in Vietnam: when a page left open must roll over. */
export function msUntilVietnamMidnight(now: Date = new Date()): number {
  const sinceMidnight = (((now.getTime() + VIETNAM_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return DAY_MS - sinceMidnight;
}
