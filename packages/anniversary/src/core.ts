/**
 * The unchecked cores of the public functions the script-tag widgets call, for vnportal's own widgets: no
 * argument checks and no error sentences, so a bundle that has already checked its input carries neither.
 * Each public function is its checks followed by its core, so on input the public function accepts both
 * return the same. Not semver-stable: names and signatures may change in any release.
 */
export { anniversariesBetweenCore, roundOfCore } from './anniversaries-between.js';
export { chooseNational } from './catalog/choose-national.js';
export { datePartsCore } from './commemoration-date.js';
export { COMMEMORATION_FIELDS } from './fields.js';
export { bannerPartsCore, formatAnniversaryCore } from './format.js';
export { mergeByIdCore } from './merge-by-id.js';
export { arrange as arrangeForBannerCore, selectForBannerCore } from './select-for-banner.js';
