import { invalid, isValidDate } from './calendar-error.js';
import { DAY_MS, dayNumberToDay, dayToUTCDate, isDay, parseDay, writableDay } from './day.js';

/** Vietnam's IANA zone. Vietnam keeps UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** An RFC 3339 instant with an explicit offset: `2023-07-03T08:00:00+07:00` or `…Z`. */
const INSTANT_FORM = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/i;

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
  const [, day, h, mi, s, fraction = '', sign, oh, om] = match;
  // Seconds and the offset are optional: absent, they are 0.
  const [hours, minutes, seconds, offsetHours, offsetMinutes] = [h, mi, s, oh, om].map((part) => Number(part ?? 0));
  // Built from the fields, where hour 24 or 30 February would roll over: each range is checked here, once.
  if (!isDay(day) || hours! > 23 || minutes! > 59 || seconds! > 59 || offsetHours! > 23 || offsetMinutes! > 59) {
    throw fail();
  }
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  // The day through dayToUTCDate (Date.UTC reads years 0–99 as 1900–1999), the time of day through Date.UTC.
  const wallClock = dayToUTCDate(parseDay(day)).getTime() + Date.UTC(1970, 0, 1, hours, minutes, seconds, millis);
  const offset = (sign === '-' ? -1 : 1) * (offsetHours! * 60 + offsetMinutes!) * 60_000;
  return new Date(wallClock - offset);
}

/**
 * Vietnam's calendar day at `now`, the same whatever the host's zone:
 * `todayInVietnam(new Date("2024-05-31T17:30:00Z"))` → `"2024-06-01"`.
 */
export function todayInVietnam(now: Date = new Date()): string {
  validDate(now, 'now');
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
 * @throws CalendarError naming `field` when it is not an instant with an offset (or a valid Date), or when
 * Vietnam's wall clock at that instant falls outside the years 0000 to 9999.
 */
export function toVietnamIso(instant: string | Date, field = 'instant'): string {
  const date = typeof instant === 'string' ? parseInstant(instant, field) : instant;
  validDate(date, field);
  const wallClock = date.getTime() + VIETNAM_OFFSET_MS;
  // Vietnam's wall clock must stay within 0000–9999: past it, toISOString writes six-digit years (or a range error).
  writableDay(Math.floor(wallClock / DAY_MS), field, instant, "is, in Vietnam's time,");
  return `${new Date(wallClock).toISOString().slice(0, 19)}+07:00`;
}

/** @throws CalendarError naming `field` unless `value` is a Date holding a time (not an invalid Date). */
function validDate(value: unknown, field: string): asserts value is Date {
  if (!isValidDate(value)) throw invalid(field, value, 'is not a valid Date');
}

/** Vietnam's wall-clock time `HH:mm` at an instant. */
export function vietnamTimeOfDay(instant: Date): string {
  validDate(instant, 'instant');
  // Arithmetic, not a shifted Date: the last moments a Date holds would shift past its range.
  const minutes = Math.floor(msSinceVietnamMidnight(instant.getTime()) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Milliseconds from `now` to the next midnight in Vietnam: when a page left open must roll over. */
export function msUntilVietnamMidnight(now: Date = new Date()): number {
  validDate(now, 'now');
  return msUntilVietnamMidnightCore(now.getTime());
}

/** The core of `msUntilVietnamMidnight`, unchecked: `ms` is a valid Date's time. */
export function msUntilVietnamMidnightCore(ms: number = Date.now()): number {
  return DAY_MS - msSinceVietnamMidnight(ms);
}

/** Milliseconds since the last midnight in Vietnam at `ms` since 1970 (0 at midnight itself). */
function msSinceVietnamMidnight(ms: number): number {
  return (((ms + VIETNAM_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
}
