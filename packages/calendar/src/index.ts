export { CalendarError } from './calendar-error.js';
export {
  addDays,
  compareDays,
  type DayParts,
  daysBetween,
  daysInMonth,
  formatDay,
  isDay,
  isLeapYear,
  type MonthParts,
  parseDay,
  parseMonth,
  weekday,
} from './day.js';
export { type FormatDatelineOptions, type FormatDateOptions, formatDate, formatDateline } from './format.js';
export {
  instantToVietnamDay,
  msUntilVietnamMidnight,
  parseInstant,
  todayInVietnam,
  VIETNAM_TIME_ZONE,
  vietnamTimeOfDay,
} from './today.js';
