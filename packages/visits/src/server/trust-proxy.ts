import { isIP } from 'node:net';
import proxyAddr from '@fastify/proxy-addr';

/**
 * Fastify's `trustProxy` as a function: proxy-addr's own answer for the configured addresses and ranges, with
 * each address configured exactly (the proxy's own, asked about on every request) found by a Set lookup first,
 * since proxy-addr parses the address twice on every call. Nothing but the configuration is kept.
 */
export function trustProxyFn(entries: readonly string[]): (address: string, hop: number) => boolean {
  const compiled = proxyAddr.compile([...entries]);
  const exact = new Set<string>();
  for (const entry of entries) {
    const family = isIP(entry);
    // proxy-addr reads an IPv4-mapped IPv6 address as the IPv4 one.
    if (family === 4) exact.add(entry).add(`::ffff:${entry}`);
    else if (family === 6) exact.add(entry);
  }
  return (address, hop) => exact.has(address) || compiled(address, hop);
}
