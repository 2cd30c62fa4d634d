/**
 * Test configuration shared by every workspace: the host time zones that date code runs under,
 * a JSON result file per package (summed by scripts/test.mjs), and the real Chromium that
 * browser tests drive.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration, ViteUserConfig } from 'vitest/config';

/** Host zones the date tests run under: behind UTC, UTC, Vietnam itself, and 14 hours ahead. */
export const TEST_TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'] as const;

/**
 * Options every workspace's tests share: the usual console output plus a JSON file scripts/test.mjs sums,
 * and timeouts with room for `npm test` running every package at once (and real Chromiums) on 2 cores.
 */
export const baseTestOptions = {
  reporters: ['default', 'json'],
  outputFile: { json: './test-results/vitest.json' },
  testTimeout: 20_000,
  hookTimeout: 60_000,
} satisfies NonNullable<ViteUserConfig['test']>;

/**
 * Node projects for a package's tests: one plain `node` project for the tests that cannot depend on the host
 * zone (pure string and day-number arithmetic), and one project per host time zone for the files that read
 * "now", take a `Date` or format through `Intl`, so only those run four times.
 */
export function nodeProjects(
  options: { include?: string[]; timeZoneDependent?: string[] } = {},
): TestProjectInlineConfiguration[] {
  const include = options.include ?? ['src/**/*.test.ts'];
  const zoned = options.timeZoneDependent ?? [];
  return [
    // Behind UTC and with DST: a zone leak in "zone-free" code shows here first.
    { extends: true, test: { name: 'node', include, exclude: zoned, env: { TZ: 'America/Los_Angeles' } } },
    ...(zoned.length ? timeZoneProjects(zoned) : []),
  ];
}

/** One Vitest project per host time zone, so every date test in `include` runs under each of them. */
export function timeZoneProjects(include = ['src/**/*.test.ts']): TestProjectInlineConfiguration[] {
  return TEST_TIME_ZONES.map((tz) => ({
    extends: true,
    test: { name: `TZ=${tz}`, include, env: { TZ: tz } },
  }));
}

/**
 * The Chromium that browser tests drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own download. Throws one line saying how to get one when none exists.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH="${fromEnv}" does not exist; point it at a Chromium binary or unset it.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const { chromium } = createRequire(import.meta.url)('playwright') as typeof import('playwright');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright is not installed or has no browser: fall through to the message below
  }
  throw new Error(
    'No Chromium found for browser tests: run `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
}

/** Flags for headless Chromium on a closed network, as root, in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

type BrowserCommands = NonNullable<NonNullable<NonNullable<ViteUserConfig['test']>['browser']>['commands']>;

/** A Vitest project named "chromium" that runs `include` in a real headless Chromium through Playwright. */
export function chromiumProject(
  options: { include?: string[]; commands?: BrowserCommands } = {},
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: 'chromium',
      include: options.include ?? ['src/**/*.test.ts'],
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        instances: [{ browser: 'chromium' }],
        provider: playwright({
          launchOptions: {
            // Looked up when the browser starts, not when the config loads: Node projects run without Chromium.
            get executablePath() {
              return findChromium();
            },
            args: CHROMIUM_ARGS,
          },
        }),
        ...(options.commands ? { commands: options.commands } : {}),
      },
    },
  };
}
