export { VnpAnniversaryBanner } from './anniversary-banner.js';
export { BannerChangeEvent } from './banner-change-event.js';
