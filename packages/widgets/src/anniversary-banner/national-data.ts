// The catalog rows the banner carries; the script-tag build keeps only the fields a banner shows.
export { nationalCommemorationsLite as catalog } from '@vnportal/anniversary';
