/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
/** Schemes an image source may use. */
export const IMAGE_SCHEMES = ['http', 'https'] as const;

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// Browsers drop tabs and newlines inside URLs and trim control characters, so "java\tscript:" would run: refuse them all.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_OR_EDGE_SPACE = /[\u0000-\u001f\u007f-\u009f]|^\s|\s$/;

function hasSafeScheme(value: unknown, schemes: readonly string[]): value is string {
  if (typeof value !== 'string' || value === '' || CONTROL_OR_EDGE_SPACE.test(value)) return false;
  const scheme = SCHEME.exec(value)?.[1];
  return scheme === undefined || schemes.includes(scheme.toLowerCase());
}

/** A link target that cannot run script: http(s), mailto, tel, a relative path or a `#fragment`. */
export function isSafeHref(value: unknown): value is string {
  return hasSafeScheme(value, LINK_SCHEMES);
}

/** An image source that cannot run script or embed data: http(s) or a relative path. */
export function isSafeImageSrc(value: unknown): value is string {
  return hasSafeScheme(value, IMAGE_SCHEMES);
}

/** An absolute http(s) URL such as `https://dangbokhoi.ninhbinh.gov.vn/`. */
export function isAbsoluteHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !/^https?:\/\/[^/?#\s]/i.test(value) || CONTROL_OR_EDGE_SPACE.test(value)) {
    return false;
  }
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** `value` made absolute against `base` (when it is relative and a base is known); otherwise unchanged. */
export function resolveUrl(value: string, base: string | undefined): string {
  if (!base || SCHEME.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}
