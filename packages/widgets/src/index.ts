export { VnpAnniversaryBanner } from './anniversary-banner.js';
