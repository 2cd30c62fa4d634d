// vnportal-banner: reads commemorations, prints the banner line for a day (or an iCalendar file, or the
// element with its no-JS line). Exit 0 on success, 2 for bad input (options, files, JSON), 1 for anything
// unexpected. What it prints is escaped for the terminal; what it refuses it explains.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, todayInVietnam } from '@vnportal/calendar';
import { encodingProblem, MAX_INPUT_BYTES, readInput } from './cli-input.js';
import { htmlAttribute, htmlText, printable } from './cli-text.js';
import { addDays } from './commemoration-date.js';
import {
  BANNER_DEFAULTS,
  bannerParts,
  type Commemoration,
  CommemorationError,
  type Issue,
  mergeById,
  nationalCatalog,
  parseCommemorations,
  selectForBanner,
  toICalendar,
} from './index.js';

const HELP = `Usage: vnportal-banner [--events FILE | -] [--national] [options]

Prints the anniversary banner line Vietnamese portals show, e.g.
  Nhiệt liệt chào mừng kỷ niệm 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)

Options:
  --events FILE      a JSON list of commemorations (UTF-8, at most 5 MB); "-" reads standard input
  --national         add the built-in catalog of national days (an events entry with a catalog id replaces it)
  --date YYYY-MM-DD  the day the banner is for (default: today in Vietnam)
  --days-before N    keep an anniversary up to N days after it (default ${BANNER_DEFAULTS.daysBefore})
  --days-after N     show an anniversary from N days before it (default ${BANNER_DEFAULTS.daysAfter})
  --max N            at most N items, at least 1 (default ${BANNER_DEFAULTS.max})
  --order ORDER      "default" (pinned first, then by day) or "given" (the list's order)
  --round-only       only năm tròn (…0) and năm lẻ 5 (…5) anniversaries
  --lang LANG        "vi" (default) or "en" (English names from nameEn or the catalog)
  --prefix TEXT      the words before the items (default "Nhiệt liệt chào mừng kỷ niệm")
  --json             print the line and its items as JSON
  --element          print <vnp-anniversary-banner> with the line inside, for pages read without JavaScript
  --ics              print an iCalendar file of the anniversaries from --from to --to
  --from YYYY-MM-DD  with --ics: the first day (default: --date)
  --to YYYY-MM-DD    with --ics: the last day (default: a year after --from, less a day)
  -h, --help         show this help
  -v, --version      show the version

A commemoration: {"id":"doan","name":"Ngày thành lập Đoàn …","date":"1931-03-26","calendar":"solar"}
(date: YYYY-MM-DD, YYYY-MM, or --MM-DD for a yearly day; calendar: "solar" or "lunar").
`;

/** Bad input: printed as is, exit code 2. */
class UsageError extends Error {}

/** How many problems of an events file are listed before "… and N more". */
const LISTED_PROBLEMS = 20;

const STRING_OPTIONS = ['events', 'date', 'days-before', 'days-after', 'max', 'order', 'lang', 'prefix', 'from', 'to'];
const NUMBER_OPTIONS = new Set(['--days-before', '--days-after', '--max']);

// Library paths, renamed to the options a CLI user typed.
const OPTION_OF: Record<string, string> = {
  today: '--date',
  daysBefore: '--days-before',
  daysAfter: '--days-after',
  max: '--max',
  order: '--order',
  from: '--from',
  to: '--to',
  prefix: '--prefix',
};

const warn = (message: string) => process.stderr.write(`vnportal-banner: warning: ${printable(message)}\n`);

/** `--max -1` would read "-1" as an option: joined into `--max=-1`, so the number gets a plain answer. */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (NUMBER_OPTIONS.has(argv[i]!) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]!);
  }
  return out;
}

function wholeNumber(value: string | undefined, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (/^-\d/.test(value))
    throw new UsageError(`${option} ${value}: negative numbers are not allowed; give a whole number ≥ ${min}`);
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`${option}: "${value}" is not a whole number ≥ ${min}`);
  const n = Number(value);
  if (n < min) {
    throw new UsageError(
      option === '--max'
        ? `--max ${value}: a banner shows at least 1 item (to show none, leave the banner out)`
        : `${option} ${value}: give a whole number ≥ ${min}`,
    );
  }
  return n;
}

/** The lines of a CommemorationError, at most `LISTED_PROBLEMS`, then how many more there are. */
function problemLines(error: CommemorationError, rename: (issue: Issue) => string): string[] {
  const lines = error.issues.slice(0, LISTED_PROBLEMS).map((issue) => `  ${rename(issue)}`);
  const more = error.issues.length + error.omitted - lines.length;
  if (more > 0) lines.push(`  … and ${more.toLocaleString('en')} more`);
  return lines;
}

async function readEvents(file: string): Promise<Commemoration[]> {
  const where = file === '-' ? 'standard input' : file;
  let input: Awaited<ReturnType<typeof readInput>>;
  try {
    input = await readInput(file);
  } catch (error) {
    throw new UsageError(`--events: cannot read ${where} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  if (input.tooLong) {
    throw new UsageError(
      `--events: ${where} is larger than ${MAX_INPUT_BYTES / 1e6} MB; an events list is far smaller`,
    );
  }
  const encoding = encodingProblem(input.bytes);
  if (encoding) throw new UsageError(`--events: ${where} ${encoding}`);
  try {
    return parseCommemorations(new TextDecoder().decode(input.bytes));
  } catch (error) {
    if (!(error instanceof CommemorationError)) throw error;
    const count = error.issues.length + error.omitted;
    const lines = problemLines(error, (issue) => issue.message);
    throw new UsageError(`--events: ${where} has ${count.toLocaleString('en')} problem(s):\n${lines.join('\n')}`);
  }
}

/** Writes lines whose content has no line breaks of its own (JSON, iCalendar, help), each line escaped. */
function print(text: string): void {
  process.stdout.write(lines(text));
}

/** Each line of `text` made printable, its line ends kept. */
function lines(text: string): string {
  return text
    .split(/(\r\n|\n)/)
    .map((part, i) => (i % 2 ? part : printable(part)))
    .join('');
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: joinNegativeNumbers(argv),
    options: {
      ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: 'string' as const, multiple: true as const }])),
      national: { type: 'boolean' },
      'round-only': { type: 'boolean' },
      json: { type: 'boolean' },
      element: { type: 'boolean' },
      ics: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const one = (name: string): string | undefined => {
    const given = (values as Record<string, string[] | undefined>)[name];
    if (given && given.length > 1) {
      throw new UsageError(
        `--${name} was given ${given.length} times (${given.map((v) => JSON.stringify(v)).join(', ')}): give it once${name === 'events' ? ' (put all the commemorations in one list)' : ''}`,
      );
    }
    return given?.[0];
  };
  if (values.help) return print(HELP);
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return print(`${pkg.version}\n`);
  }
  const events = one('events');
  if (!events && !values.national) {
    throw new UsageError('nothing to show: give --events FILE (or - for standard input), --national, or both');
  }
  const modes = ['json', 'element', 'ics'].filter((m) => (values as Record<string, unknown>)[m]);
  if (modes.length > 1) throw new UsageError(`--${modes.join(' and --')} cannot be combined: choose one output`);
  const lang = one('lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang: "${lang}" is not "vi" or "en"`);
  const today = one('date') ?? todayInVietnam();
  const local = events ? await readEvents(events) : [];
  const localIds = new Set(local.map((c) => c.id));
  let list = mergeById(values.national ? nationalCatalog : [], local);
  if (lang === 'en') list = withEnglishNames(list);

  const describe = (issue: Issue): string => {
    const at = /^\[(\d+)\]/.exec(issue.path);
    if (at) {
      const entry = list[Number(at[1])];
      const origin = entry && localIds.has(entry.id) ? '--events' : 'the national catalog';
      return `${origin}, entry ${JSON.stringify(entry?.id)}${issue.message.slice(at[0].length)}`;
    }
    const option = OPTION_OF[issue.path];
    return option ? option + issue.message.slice(issue.path.length) : issue.message;
  };
  try {
    if (values.ics) {
      const from = one('from') ?? today;
      const to =
        one('to') ?? (/^\d{4}-\d\d-\d\d$/.test(from) ? addDays(`${+from.slice(0, 4) + 1}${from.slice(4)}`, -1) : from);
      list = leaveOutUnplaceableLunar(list, localIds, from, to);
      return print(toICalendar(list, { from, to, lang }));
    }
    const daysBefore = wholeNumber(one('days-before'), '--days-before', 0) ?? BANNER_DEFAULTS.daysBefore;
    const daysAfter = wholeNumber(one('days-after'), '--days-after', 0) ?? BANNER_DEFAULTS.daysAfter;
    const max = wholeNumber(one('max'), '--max', 1) ?? BANNER_DEFAULTS.max;
    if (/^\d{4}-\d\d-\d\d$/.test(today) && daysBefore <= 36_600 && daysAfter <= 36_600) {
      list = leaveOutUnplaceableLunar(list, localIds, addDays(today, -daysBefore), addDays(today, daysAfter));
    }
    const order = one('order') as 'default' | 'given' | undefined;
    const selected = selectForBanner(list, {
      today,
      daysBefore,
      daysAfter,
      max: lang === 'en' ? Number.MAX_SAFE_INTEGER : max,
      order,
      roundOnly: values['round-only'],
    });
    const items = lang === 'en' ? withoutUntranslated(selected).slice(0, max) : selected;
    const prefix = one('prefix');
    const parts = bannerParts(items, { lang, ...(prefix === undefined ? {} : { prefix }) });
    if (values.json) {
      const json = { text: parts.text, items: parts.items.map(({ anniversary, text }) => ({ ...anniversary, text })) };
      print(`${JSON.stringify(json, null, 2)}\n`);
    } else if (values.element) {
      process.stdout.write(`${printable(element(parts.text, local, { values, one, lang }))}\n`);
    } else if (parts.text) {
      process.stdout.write(`${printable(parts.text)}\n`);
    } else {
      process.stderr.write('vnportal-banner: no anniversaries in the window; nothing to print\n');
    }
  } catch (error) {
    if (!(error instanceof CommemorationError)) throw error;
    throw new UsageError(
      problemLines(error, describe)
        .map((line) => line.trim())
        .join('\n'),
    );
  }
}

/** With `--lang en`: English names from the catalog for local entries that share a catalog id. */
function withEnglishNames(list: Commemoration[]): Commemoration[] {
  const english = new Map(nationalCatalog.map((d) => [d.id, d.nameEn]));
  return list.map((c) => (c.nameEn || !english.has(c.id) ? c : { ...c, nameEn: english.get(c.id) }));
}

/** With `--lang en`: the items that have an English name; one warning names those left out. */
function withoutUntranslated<T extends { commemoration: Commemoration }>(items: T[]): T[] {
  const missing = [...new Set(items.filter((a) => !a.commemoration.nameEn).map((a) => a.commemoration.id))];
  if (missing.length) {
    warn(`left out of the English line, as they have no nameEn: ${missing.map((id) => JSON.stringify(id)).join(', ')}`);
  }
  return items.filter((a) => a.commemoration.nameEn);
}

/**
 * Catalog lunar days (Tết, Giỗ Tổ) cannot be placed outside the lunar table's years: left out with a warning
 * rather than failing on entries the user never wrote. The user's own lunar entries still fail, by name.
 */
function leaveOutUnplaceableLunar(list: Commemoration[], localIds: Set<string>, from: string, to: string) {
  const inTable = +from.slice(0, 4) > FIRST_LUNAR_YEAR && +to.slice(0, 4) <= LAST_LUNAR_YEAR;
  if (inTable || !/^\d{4}-/.test(from) || !/^\d{4}-/.test(to)) return list;
  const left = list.filter((c) => c.calendar === 'lunar' && !localIds.has(c.id));
  if (left.length) {
    warn(
      `${left.map((c) => c.name).join(', ')} (lunar) left out: lunar days are placed from ${FIRST_LUNAR_YEAR + 1} to ${LAST_LUNAR_YEAR} only`,
    );
  }
  return list.filter((c) => !left.includes(c));
}

/** `<vnp-anniversary-banner …>` with the line as its plain-text content and the local events as inline JSON. */
function element(
  line: string,
  local: Commemoration[],
  { values, one, lang }: { values: Record<string, unknown>; one: (name: string) => string | undefined; lang: string },
): string {
  const attributes = [
    values.national ? ' national' : '',
    one('date') ? ` date=${htmlAttribute(one('date')!)}` : '',
    ...(['days-before', 'days-after', 'max', 'prefix'] as const).map((name) =>
      one(name) === undefined ? '' : ` ${name}=${htmlAttribute(one(name)!)}`,
    ),
    values['round-only'] ? ' round-only' : '',
    lang === 'en' ? ' lang="en"' : '',
  ].join('');
  // "<" escaped inside the JSON, so no name can close the script element.
  const json = local.length
    ? `<script type="application/json">${JSON.stringify(local).replace(/</g, '\\u003c')}</script>`
    : '';
  return `<vnp-anniversary-banner${attributes}>${htmlText(line)}${json}</vnp-anniversary-banner>`;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader closed the pipe (`| head`): what it wanted it has; end quietly.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(
      `vnportal-banner: ${lines((error as Error).message)}\nRun vnportal-banner --help for usage.\n`,
    );
    process.exitCode = 2;
  } else {
    process.stderr.write(`vnportal-banner: unexpected error: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 1;
  }
});
