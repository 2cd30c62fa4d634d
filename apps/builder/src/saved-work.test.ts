import { describe, expect, it } from 'vitest';
import { readWork } from './saved-work.ts';

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
});
