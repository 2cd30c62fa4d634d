// The catalog the banner carries; the script-tag build replaces this module with compact rows of the same
// days (tsup.config.ts), so the readable catalog with its sources never reaches a visitor.
export { nationalCatalog as catalog } from '@vnportal/anniversary';
