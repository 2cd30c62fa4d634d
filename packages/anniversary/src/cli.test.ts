import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDate, todayInVietnam } from '@vnportal/calendar';
import { describe, expect, it } from 'vitest';

// The built bin, as npm installs it; the package's turbo test task builds first.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const fixture = fileURLToPath(new URL('../test/fixtures/seed-events.json', import.meta.url));
const seedLine = readFileSync(new URL('../test/fixtures/seed-banner.txt', import.meta.url), 'utf8')
  .trim()
  .replace(/\u00a0 /g, ' ');

/** Runs the bin; tests run concurrently, as separate processes would. */
function run(args: string[], input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject).on('close', (status) => resolve({ status, stdout, stderr }));
    // A child that exits before reading its input closes the pipe (EPIPE): not a failure of the test.
    child.stdin.on('error', () => {}).end(input);
  });
}
const seedArgs = ['--date', '2024-06-01', '--days-before', '0', '--days-after', '60', '--order', 'given'];

// Each test starts a Node process; on a busy machine that takes seconds, hence the long timeout.
describe.concurrent('vnportal-banner', { timeout: 30_000 }, () => {
  it("prints the seed page's banner line from the seed fixture", async () => {
    const { status, stdout, stderr } = await run(['--events', fixture, ...seedArgs]);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toBe(`${seedLine}\n`);
  });

  it('reads the events from standard input with --events -', async () => {
    expect((await run(['--events', '-', ...seedArgs], readFileSync(fixture, 'utf8'))).stdout).toBe(`${seedLine}\n`);
  });

  it('prints national anniversaries with --national, by day', async () => {
    const { stdout } = await run(['--national', '--date', '2025-04-30', '--days-before', '0', '--days-after', '7']);
    expect(stdout).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025); ' +
        '139 năm Ngày Quốc tế Lao động (1/5/1886 - 1/5/2025); 71 năm Ngày Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2025)\n',
    );
  });

  it('shows a day once when --events and --national share its id, in the wording of the events file', async () => {
    const events = JSON.stringify([{ id: 'radi', name: 'ngày bác hồ ra đi tìm đường cứu nước', date: '1911-06-05' }]);
    const args = ['--events', '-', '--national', '--date', '2024-06-05', '--days-before', '0', '--days-after', '0'];
    expect((await run(args, events)).stdout).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)\n',
    );
  });

  it('keeps only round anniversaries with --round-only and cuts at --max', async () => {
    const { stdout } = await run([
      '--national',
      '--date',
      '2025-04-30',
      '--days-after',
      '7',
      '--round-only',
      '--max',
      '1',
    ]);
    expect(stdout).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)\n',
    );
  });

  it('prints the line and its items as JSON with --json', async () => {
    const { status, stdout } = await run([
      '--events',
      fixture,
      ...seedArgs,
      '--max',
      '1',
      '--prefix',
      'Chào mừng',
      '--json',
    ]);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.text).toBe(
      'Chào mừng 5 năm thành lập Đảng bộ khối cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024)',
    );
    expect(json.items).toEqual([
      expect.objectContaining({ day: '2024-07-17', years: 5, round: 'le5', text: json.text.slice(10) }),
    ]);
  });

  it('prints English from nameEn with --lang en', async () => {
    const events = JSON.stringify([{ id: 'a', name: 'x', nameEn: 'the Party bloc', date: '2019-07-17' }]);
    expect((await run(['--events', '-', '--date', '2024-07-17', '--lang', 'en'], events)).stdout).toBe(
      'Celebrating the 5th anniversary of the Party bloc (17/7/2019 - 17/7/2024)\n',
    );
  });

  it('defaults --date to today in Vietnam, whatever the host zone', async () => {
    const today = todayInVietnam();
    const yearly = JSON.stringify([{ id: 'today', name: 'hôm nay', date: `--${today.slice(5)}` }]);
    const { stdout } = await run(['--events', '-', '--days-before', '0', '--days-after', '0'], yearly);
    expect(stdout).toBe(`Nhiệt liệt chào mừng kỷ niệm hôm nay (${formatDate(today)})\n`);
  });

  it('says so on stderr, and prints nothing, when nothing falls in the window', async () => {
    const { status, stdout, stderr } = await run(['--events', fixture, '--date', '2024-01-01']);
    expect([status, stdout]).toEqual([0, '']);
    expect(stderr).toMatch(/no anniversaries in the window/);
  });

  it('prints help and the version', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^Usage: vnportal-banner/);
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect((await run(['--version'])).stdout).toBe(`${version}\n`);
  });

  it.each([
    [['--national', '--date', '2024-6-1'], '--date: "2024-6-1" is not a day in the form YYYY-MM-DD'],
    [['--national', '--days-after', 'ten'], '--days-after: "ten" is not a whole number ≥ 0'],
    [['--national', '--max=-1'], '--max: "-1" is not a whole number ≥ 0'],
    [['--national', '--max', '-1'], "Option '--max' argument is ambiguous"],
    [['--national', '--order', 'day'], '--order: "day" is not "default" or "given"'],
    [['--national', '--lang', 'fr'], '--lang: "fr" is not "vi" or "en"'],
    [['--events', 'no-such-file.json'], '--events: cannot read no-such-file.json (ENOENT)'],
    [['--colour'], "Unknown option '--colour'"],
    [[], 'nothing to show: give --events FILE'],
  ])('exits 2 with a plain message for bad input: %j', async (args, message) => {
    const { status, stdout, stderr } = await run(args);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toContain(`vnportal-banner: ${message}`);
  });

  it('exits 2 for --lang en when an event to show has no nameEn, and uses the English catalog', async () => {
    const events = JSON.stringify([{ id: 'khoi', name: 'thành lập Khối', date: '2019-07-17' }]);
    const { status, stderr } = await run(['--events', '-', '--date', '2024-07-17', '--lang', 'en'], events);
    expect(status).toBe(2);
    expect(stderr).toBe('vnportal-banner: --lang en: nameEn: "khoi" has no nameEn, which lang "en" needs\n');
    const national = await run([
      '--national',
      '--date',
      '2025-09-02',
      '--days-before',
      '0',
      '--max',
      '1',
      '--lang',
      'en',
    ]);
    expect(national.stdout).toMatch(/^Celebrating the 80th anniversary of the National Day of the Socialist Republic/);
  });

  it('lists every problem of a bad events file with its index and field', async () => {
    const bad = JSON.stringify([
      { id: 'a', name: 'x', date: '1911-6-5' },
      { id: 'a', name: 'y', date: '1911-06-05' },
    ]);
    const { status, stderr } = await run(['--events', '-'], bad);
    expect(status).toBe(2);
    expect(stderr).toContain(
      'vnportal-banner: --events: standard input has 2 problem(s):\n' +
        '  [0].date: "1911-6-5" is not YYYY-MM-DD, YYYY-MM or --MM-DD\n' +
        '  [1].id: "a" is not unique ([0] has it too)\n',
    );
  });

  it('rejects events JSON that does not parse', async () => {
    const { status, stderr } = await run(['--events', '-'], '[{"id": "a",');
    expect(status).toBe(2);
    expect(stderr).toMatch(/standard input has 1 problem\(s\):\n {2}not valid JSON/);
  });
});
