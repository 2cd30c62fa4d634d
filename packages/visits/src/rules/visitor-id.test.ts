import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visitorId } from './visitor-id.js';

describe('visitorId', () => {
  it('gives the same visitor the same pseudonym under one salt, and an unlinkable one under the next', () => {
    const ua = 'Mozilla/5.0 Chrome/131.0';
    expect(visitorId('salt-a', 'site', '198.51.100.7', ua)).toBe(visitorId('salt-a', 'site', '198.51.100.7', ua));
    expect(visitorId('salt-b', 'site', '198.51.100.7', ua)).not.toBe(visitorId('salt-a', 'site', '198.51.100.7', ua));
  });

  it('contains neither the address nor the user agent, and tells different inputs apart (property)', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.ipV4(), fc.string({ minLength: 3 }), (ip1, ip2, ua) => {
        const id = visitorId('salt', 'site', ip1, ua);
        expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
        expect(id.includes(ip1)).toBe(false);
        if (ip1 !== ip2) expect(visitorId('salt', 'site', ip2, ua)).not.toBe(id);
      }),
    );
  });

  it('keeps one visitor of two sites apart', () => {
    expect(visitorId('s', 'a', '198.51.100.7', 'UA')).not.toBe(visitorId('s', 'b', '198.51.100.7', 'UA'));
  });
});
