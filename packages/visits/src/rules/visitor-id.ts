import { createHmac } from 'node:crypto';

/**
 * The visitor's pseudonym for one day: an HMAC-SHA-256 of site, IP address and user agent keyed by that day's
 * random salt, cut to 128 bits. Without the salt (destroyed after the day) it cannot be linked back to anyone.
 */
export function visitorId(salt: string, site: string, ip: string, userAgent: string): string {
  // NUL separates the parts: none of them can contain it, so no two inputs join to the same string.
  return createHmac('sha256', salt).update(`${site}\0${ip}\0${userAgent}`).digest('base64url').slice(0, 22);
}
