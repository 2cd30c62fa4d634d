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
  type Issue,
  issueOf,
  issuesMessage,
  QUOTE_MAX_CHARS,
  quoteValue,
  UNREADABLE_SEARCH_LIMIT,
  type UnreadablePart,
  unreadableError,
  unreadablePart,
  unreadableProblem,
} from './issue.js';
export { type LunarDateInput, lunarToSolar } from './lunar/lunar-to-solar.js';
export { type LunarMonthInfo, type LunarYearInfo, lunarYearInfo } from './lunar/lunar-year-info.js';
export {
  EARTHLY_BRANCHES,
  HEAVENLY_STEMS,
  sexagenaryDay,
  sexagenaryMonth,
  sexagenaryYear,
} from './lunar/sexagenary.js';
export { solarToLunar } from './lunar/solar-to-lunar.js';
export { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, type LunarDate } from './lunar/years.js';
export {
  instantToVietnamDay,
  isInstant,
  msUntilVietnamMidnight,
  parseInstant,
  todayInVietnam,
  toVietnamIso,
  VIETNAM_TIME_ZONE,
  vietnamTimeOfDay,
} from './today.js';
