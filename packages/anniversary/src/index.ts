export { anniversariesBetween, roundOf } from './anniversaries-between.js';
export { nationalCommemorations, nationalCommemorationsLite } from './catalog/national.js';
export { nationalCommemorationsEn, nationalCommemorationsEnLite } from './catalog/national-en.js';
export { CommemorationError, type Issue } from './commemoration-error.js';
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
export { parseCommemorations } from './parse-commemorations.js';
export { BANNER_DEFAULTS, type SelectOptions, selectForBanner } from './select-for-banner.js';
export type { Anniversary, Commemoration, Round } from './types.js';
