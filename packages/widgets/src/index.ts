export { VnpAnniversaryBanner } from './anniversary-banner/anniversary-banner.component.js';
export { BannerChangeEvent } from './anniversary-banner/banner-change-event.js';
export {
  BANNER_ATTRIBUTES,
  BANNER_LIMITS,
  type BannerOptions,
  bannerOptionsFromAttributes,
  type NationalSpec,
} from './anniversary-banner/banner-options.js';
export type { Attributes } from './internal/attributes.js';
export { describeProblem, formatWarning, type Warning } from './internal/messages.js';
export type { Problem, ProblemCode } from './internal/problems.js';
export { LIMITS, type Mourning } from './internal/read-json.js';
