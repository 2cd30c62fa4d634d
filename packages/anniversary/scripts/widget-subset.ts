// What the script-tag widget pulls from this package; `npm run size` measures it (gzip -9).
export { bannerParts, parseCommemorations, selectForBanner } from '../src/index.js';
