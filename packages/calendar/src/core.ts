/**
 * The unchecked cores of some public functions, for vnportal's own widgets: no argument checks and no error
 * sentences, so a script-tag bundle that has already checked its input carries neither. Not semver-stable:
 * names and signatures may change in any release. Everyone else: use the package's main entry.
 */
export { addDaysCore, daysInMonthCore, parseDayCore } from './day.js';
export { formatDateCore } from './format.js';
export { lunarToSolarCore } from './lunar/lunar-to-solar.js';
export { msUntilVietnamMidnightCore, todayInVietnamCore } from './today.js';
