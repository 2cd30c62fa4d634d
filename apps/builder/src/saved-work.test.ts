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
});
