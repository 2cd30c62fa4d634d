import { describe, expect, it } from 'vitest';
import { freshWork, linkedWork, offeredScript, readWork } from './saved-work.ts';

const work = (settings: Record<string, unknown>) => readWork({ drafts: [], national: [], settings });

describe('readWork', () => {
  it('replaces the old default script URL, whose chunks 404, with the script-tag file on jsDelivr', () => {
    expect(work({ scriptSrc: 'https://cdn.jsdelivr.net/npm/@vnportal/widgets@0' })?.settings.scriptSrc).toBe(
      'https://cdn.jsdelivr.net/npm/@vnportal/widgets@0/dist/cdn/vnportal-widgets.js',
    );
    expect(work({ scriptSrc: '/vnportal-widgets/vnportal-widgets.js' })?.settings.scriptSrc).toBe(
      '/vnportal-widgets/vnportal-widgets.js',
    );
  });

  it('drops numbers the banner refuses (a link with max 0, a window of 36600 days): the banner default is used', () => {
    const settings = work({ max: 0, daysBefore: 36_600, daysAfter: 366 })?.settings;
    expect([settings?.max, settings?.daysBefore, settings?.daysAfter]).toEqual([null, null, 366]);
    expect(work({ max: 51 })?.settings.max).toBeNull();
    expect(work({ max: 50 })?.settings.max).toBe(50);
  });

  it('keeps a script URL from a link only when the builder offers it: the CDN file, or a path on the site', () => {
    const cdn = 'https://cdn.jsdelivr.net/npm/@vnportal/widgets@0/dist/cdn/vnportal-widgets.js';
    for (const src of [cdn, '/vnportal-widgets/vnportal-widgets.js', 'vendor/vnportal-widgets.js'])
      expect(offeredScript(src), src).toBe(true);
    for (const src of [
      'https://evil.example/x.js',
      '//evil.example/x.js',
      'javascript:alert(1)',
      'data:text/javascript,1',
      // A browser strips leading control characters and spaces, and reads "\\" as "/": other sites all.
      '\u0001https://evil.example/x.js',
      '\u001f//evil.example/x.js',
      ' https://evil.example/x.js',
      '\\\\evil.example/x.js',
      '/\\evil.example/x.js',
    ])
      expect(offeredScript(src), src).toBe(false);
    const evil = { ...freshWork(), settings: { ...freshWork().settings, scriptSrc: 'https://evil.example/x.js' } };
    const read = linkedWork(evil);
    expect(read.work.settings.scriptSrc).toBe(cdn);
    expect(read.refusedScript).toBe('https://evil.example/x.js');
  });

  it('never keeps an event-handler attribute from storage or a link', () => {
    const kept = work({
      kept: [
        ['onmouseover', 'alert(1)'],
        ['round-only', ''],
        ['prefix', 'Chào mừng'],
      ],
    })?.settings.kept;
    expect(kept).toEqual([
      ['round-only', ''],
      ['prefix', 'Chào mừng'],
    ]);
  });
});
