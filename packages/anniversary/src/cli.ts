#!/usr/bin/env node
// vnportal-banner: reads commemorations, prints the banner line for a day. Exit 0 on success,
// 2 for bad input (options, files, JSON), 1 for anything unexpected.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { todayInVietnam } from '@vnportal/calendar';
import {
  BANNER_DEFAULTS,
  bannerParts,
  type Commemoration,
  CommemorationError,
  mergeById,
  nationalCatalog,
  parseCommemorations,
  selectForBanner,
} from './index.js';

const HELP = `Usage: vnportal-banner [--events FILE | -] [--national] [options]

Prints the anniversary banner line Vietnamese portals show, e.g.
  Nhiệt liệt chào mừng kỷ niệm 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)

Options:
  --events FILE      a JSON list of commemorations; "-" reads standard input
  --national         add the built-in catalog of national commemorations
  --date YYYY-MM-DD  the day the banner is for (default: today in Vietnam)
  --days-before N    keep an anniversary up to N days after it (default ${BANNER_DEFAULTS.daysBefore})
  --days-after N     show an anniversary from N days before it (default ${BANNER_DEFAULTS.daysAfter})
  --max N            at most N items (default ${BANNER_DEFAULTS.max})
  --order ORDER      "default" (pinned first, then by day) or "given" (the list's order)
  --round-only       only năm tròn (…0) and năm lẻ 5 (…5) anniversaries
  --lang LANG        "vi" (default) or "en" (uses each commemoration's nameEn)
  --prefix TEXT      the words before the items (default "Nhiệt liệt chào mừng kỷ niệm")
  --json             print the line and its items as JSON
  -h, --help         show this help
  -v, --version      show the version

A commemoration: {"id":"doan","name":"Ngày thành lập Đoàn …","date":"1931-03-26","calendar":"solar"}
(date: YYYY-MM-DD, YYYY-MM, or --MM-DD for a yearly day; calendar: "solar" or "lunar").
`;

/** Bad input: printed as is, exit code 2. */
class UsageError extends Error {}

// Library paths, renamed to the options a CLI user typed.
const OPTION_OF: Record<string, string> = {
  today: '--date',
  daysBefore: '--days-before',
  daysAfter: '--days-after',
  max: '--max',
  order: '--order',
  nameEn: '--lang en: nameEn',
};

function wholeNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${option}: "${value}" is not a whole number ≥ 0`);
  return Number(value);
}

function readEvents(file: string): Commemoration[] {
  const where = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`--events: cannot read ${where} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  try {
    return parseCommemorations(text);
  } catch (error) {
    if (!(error instanceof CommemorationError)) throw error;
    const lines = error.issues.map((i) => `  ${i.path ? `${i.path}: ` : ''}${i.message}`);
    throw new UsageError(`--events: ${where} has ${lines.length} problem(s):\n${lines.join('\n')}`);
  }
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string' },
      national: { type: 'boolean' },
      date: { type: 'string' },
      'days-before': { type: 'string' },
      'days-after': { type: 'string' },
      max: { type: 'string' },
      order: { type: 'string' },
      'round-only': { type: 'boolean' },
      lang: { type: 'string' },
      prefix: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  if (!values.events && !values.national) {
    throw new UsageError('nothing to show: give --events FILE (or - for standard input), --national, or both');
  }
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang: "${lang}" is not "vi" or "en"`);
  // A local entry with a catalog id is one entry: the site's wording wins.
  const list = mergeById(values.national ? nationalCatalog : [], values.events ? readEvents(values.events) : []);
  const items = selectForBanner(list, {
    today: values.date ?? todayInVietnam(),
    daysBefore: wholeNumber(values['days-before'], '--days-before'),
    daysAfter: wholeNumber(values['days-after'], '--days-after'),
    max: wholeNumber(values.max, '--max'),
    order: values.order as 'default' | 'given' | undefined,
    roundOnly: values['round-only'],
  });
  const parts = bannerParts(items, { lang, ...(values.prefix === undefined ? {} : { prefix: values.prefix }) });
  if (values.json) {
    const json = {
      text: parts.text,
      items: parts.items.map(({ anniversary, text }) => ({ ...anniversary, text })),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (parts.text) {
    process.stdout.write(`${parts.text}\n`);
  } else {
    process.stderr.write('vnportal-banner: no anniversaries in the window; nothing to print\n');
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const code = (error as { code?: string }).code;
  if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`vnportal-banner: ${(error as Error).message}\nRun vnportal-banner --help for usage.\n`);
    process.exitCode = 2;
  } else if (error instanceof CommemorationError) {
    const lines = error.issues.map((i) => `${OPTION_OF[i.path] ?? i.path}: ${i.message}`);
    process.stderr.write(`vnportal-banner: ${lines.join('\n')}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`vnportal-banner: unexpected error: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 1;
  }
}
