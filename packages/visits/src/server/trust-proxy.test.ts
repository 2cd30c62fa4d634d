import proxyAddr from '@fastify/proxy-addr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trustProxyFn } from './trust-proxy.js';

const CONFIGS = [['127.0.0.1'], ['10.0.0.0/8', '192.168.1.7'], ['::1', 'fe80::/10'], ['loopback'], ['::ffff:10.1.2.3']];
// Addresses near the configured ones, in every notation a socket or X-Forwarded-For may carry.
const ADDRESS = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.constantFrom('127.0.0.1', '::ffff:127.0.0.1', '127.0.0.2', '10.1.2.3', '::ffff:10.1.2.3', '192.168.1.7'),
  fc.constantFrom('::1', '0:0:0:0:0:0:0:1', 'fe80::1', 'fe80::1%eth0', '::ffff:192.168.1.7', 'not-an-ip', ''),
);

describe('trustProxyFn', () => {
  it.each(CONFIGS)('trusts exactly the addresses proxy-addr trusts for %j (property)', (...entries) => {
    const reference = proxyAddr.compile(entries);
    const trust = trustProxyFn(entries);
    fc.assert(
      fc.property(ADDRESS, (address) => {
        expect(trust(address, 0)).toBe(reference(address, 0));
      }),
    );
  });

  it('trusts the configured proxy in its IPv4-mapped form and nothing else of its range', () => {
    const trust = trustProxyFn(['127.0.0.1']);
    expect([trust('127.0.0.1', 0), trust('::ffff:127.0.0.1', 0), trust('127.0.0.2', 0)]).toEqual([true, true, false]);
  });
});
