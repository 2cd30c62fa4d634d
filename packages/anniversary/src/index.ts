export { anniversariesBetween, roundOf } from './anniversaries-between.js';
export { type NationalSpec, pickNationalFrom, type UnknownNationalId } from './catalog/choose-national.js';
export {
  nationalCommemorations,
  nationalCommemorationsEn,
  nationalCommemorationsEnLite,
  nationalCommemorationsLite,
} from './catalog/national.js';
export { NATIONAL_GROUPS, type NationalDay, type NationalGroup, nationalCatalog } from './catalog/national-catalog.js';
export { pickNational } from './catalog/pick-national.js';
export { CommemorationError, type Issue, MAX_ISSUES } from './commemoration-error.js';
export { elapsedYears } from './elapsed-years.js';
export {
  type BannerParts,
  bannerParts,
  type FormatBannerOptions,
  type FormatOptions,
  formatAnniversary,
  formatBanner,
  ordinal,
} from './format.js';
export { LIMITS } from './limits.js';
export { mergeById } from './merge-by-id.js';
export { parseCommemorations } from './parse-commemorations.js';
export { BANNER_DEFAULTS, type SelectOptions, selectForBanner } from './select-for-banner.js';
export { type ICalendarOptions, toICalendar } from './to-icalendar.js';
export type { Anniversary, Commemoration, Round } from './types.js';
