/**
 * The elements the script-tag loader knows: tag -> its chunk beside the loader. A new element adds one line
 * here and one entry in tsup.config.ts.
 */
export const ELEMENTS: Readonly<Record<string, string>> = {
  'vnp-anniversary-banner': 'anniversary-banner.js',
};
