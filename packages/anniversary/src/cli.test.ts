import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDate, todayInVietnam } from '@vnportal/calendar';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

// The built bin, as npm installs it; the package's turbo test task builds first.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const fixture = fileURLToPath(new URL('../../../fixtures/seed/seed-events.json', import.meta.url));
const seedLine = readFileSync(new URL('../../../fixtures/seed/seed-banner.txt', import.meta.url), 'utf8')
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
    [['--national', '--max=-1'], '--max -1: negative numbers are not allowed; give a whole number ≥ 1'],
    [['--national', '--max', '-1'], '--max -1: negative numbers are not allowed; give a whole number ≥ 1'],
    [['--national', '--days-before', '-3'], '--days-before -3: negative numbers are not allowed'],
    [['--national', '--max', '0'], '--max 0: a banner shows at least 1 item (to show none, leave the banner out)'],
    [['--national', '--days-after', '99999'], '--days-after: 99999 is not a whole number from 0 to 36600'],
    [['--events', 'a.json', '--events', 'b.json'], '--events was given 2 times ("a.json", "b.json"): give it once'],
    [['--national', '--json', '--ics'], '--json and --ics cannot be combined'],
    [
      ['--national', '--date', '9999-12-20'],
      '--date: "9999-12-20" with daysAfter 30 ends the window after the year 9999',
    ],
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

  it('leaves out of an English line what has no English name, with a warning, and fills catalog ids', async () => {
    const events = JSON.stringify([
      { id: 'khoi', name: 'thành lập Khối', date: '2019-07-17' },
      { id: 'radi', name: 'ngày bác hồ ra đi tìm đường cứu nước', date: '1911-06-05' },
    ]);
    const args = ['--events', '-', '--date', '2024-06-05', '--days-after', '60', '--lang', 'en'];
    const { status, stdout, stderr } = await run(args, events);
    expect(status).toBe(0);
    expect(stdout).toBe(
      "Celebrating the 113th anniversary of President Ho Chi Minh's departure to find the way to save the nation (5/6/1911 - 5/6/2024)\n",
    );
    expect(stderr).toBe('vnportal-banner: warning: left out of the English line, as they have no nameEn: "khoi"\n');
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

  it('lists at most 20 problems, then counts the rest', async () => {
    const bad = JSON.stringify(Array.from({ length: 5_000 }, () => ({})));
    const { status, stderr } = await run(['--events', '-'], bad);
    expect(status).toBe(2);
    expect(stderr).toContain('standard input has 15,000 problem(s):\n  [0].id is missing\n');
    expect(stderr).toContain('\n  … and 14,980 more\n');
    expect(stderr.split('\n').length).toBeLessThan(30);
  });

  it('refuses an endless input and a file over 5 MB, naming the limit, without hanging or running out of memory', async () => {
    const zero = await run(['--events', '/dev/zero']);
    expect([zero.status, zero.stderr]).toEqual([
      2,
      'vnportal-banner: --events: /dev/zero is larger than 5 MB; an events list is far smaller\nRun vnportal-banner --help for usage.\n',
    ]);
    const big = await run(['--events', '-'], `[${'{},'.repeat(8_000_000)}{}]`);
    expect(big.stderr).toMatch(/standard input is larger than 5 MB/);
  });

  it('refuses UTF-16, Windows-1258 and other text that is not UTF-8, naming the encoding', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[]', 'utf16le')]);
    expect((await run(['--events', '-'], utf16 as never)).stderr).toMatch(
      /standard input is UTF-16 .*save it as UTF-8/,
    );
    // "Ngày" in Windows-1258: "a" then 0xEC, the combining grave accent, and 0xF2, the dot below, for "ậ".
    const cp1258 = Buffer.from([
      ...Buffer.from('[{"id":"a","name":"Ng'),
      0xe0,
      ...Buffer.from('y th'),
      0xe0,
      ...Buffer.from('nh l'),
      0xe2,
      0xf2,
      ...Buffer.from('p","date":"2019-07-17"}]'),
    ]);
    expect((await run(['--events', '-'], cp1258 as never)).stderr).toMatch(
      /standard input is not UTF-8 \(byte 0xE0 at offset 21\); it looks like Windows-1258/,
    );
    const latin1 = Buffer.from([...Buffer.from('[{"id":"'), 0xe9, ...Buffer.from('"}]')]);
    expect((await run(['--events', '-'], latin1 as never)).stderr).toMatch(
      /is not UTF-8 \(byte 0xE9 at offset 8\): save/,
    );
  });

  it('escapes control characters and terminal escapes in names instead of printing them raw', async () => {
    const events = JSON.stringify([{ id: 'x', name: 'tên\u001b[31m đỏ\nmới\u009b2J', date: '2019-07-17' }]);
    const { stdout } = await run(['--events', '-', '--date', '2024-07-17'], events);
    expect(stdout).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 5 năm tên\\u001b[31m đỏ\\u000amới\\u009b2J (17/7/2019 - 17/7/2024)\n',
    );
  });

  it('ends quietly when the reader closes the pipe', async () => {
    const { status, stderr } = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cli, '--national', '--ics', '--from', '2000-01-01', '--to', '2099-12-31']);
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (chunk) => (err += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ status: code, stderr: err }));
    });
    expect([status, stderr]).toEqual([0, '']);
  });

  it('leaves out the catalog lunar days it cannot place near 2100, with a warning, instead of failing', async () => {
    const { status, stdout, stderr } = await run(['--national', '--date', '2100-12-20', '--days-after', '30']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Nhiệt liệt chào mừng kỷ niệm /);
    expect(stderr).toBe(
      'vnportal-banner: warning: Tết Nguyên đán, Giỗ Tổ Hùng Vương (lunar) left out: lunar days are placed from 1900 to 2100 only\n',
    );
    const own = JSON.stringify([{ id: 'le', name: 'lễ hội', date: '--01-15', calendar: 'lunar' }]);
    const mine = await run(['--events', '-', '--date', '2100-12-20', '--days-after', '30'], own);
    expect(mine.status).toBe(2);
    expect(mine.stderr).toMatch(/^vnportal-banner: --events, entry "le"\.calendar: "lunar" cannot be placed/);
  });

  it('prints an iCalendar file that ical.js reads into the expected events', async () => {
    const { stdout } = await run(['--national', '--ics', '--from', '2024-01-01', '--to', '2025-12-31']);
    const calendar = new ICAL.Component(ICAL.parse(stdout));
    const days = calendar.getAllSubcomponents('vevent').map((v) => {
      const event = new ICAL.Event(v);
      return `${event.startDate.toString()} ${event.summary}`;
    });
    expect(days).toContain('2024-04-18 Giỗ Tổ Hùng Vương (18/4/2024)');
    expect(days).toContain('2025-01-29 Tết Nguyên đán (29/1/2025)');
    expect(days).toContain('2025-04-30 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)');
  });

  it("prints the element with today's line as its no-JavaScript content and the events as inline JSON", async () => {
    const events = JSON.stringify([{ id: 'k', name: 'thành lập <Khối> & "Đảng bộ"', date: '2019-07-17' }]);
    const { stdout } = await run(
      ['--events', '-', '--national', '--date', '2024-07-17', '--max', '1', '--element'],
      events,
    );
    expect(stdout).toBe(
      '<vnp-anniversary-banner national date="2024-07-17" max="1">' +
        'Nhiệt liệt chào mừng kỷ niệm 5 năm thành lập &lt;Khối&gt; &amp; "Đảng bộ" (17/7/2019 - 17/7/2024)' +
        '<script type="application/json">[{"id":"k","name":"thành lập \\u003cKhối> & \\"Đảng bộ\\"","date":"2019-07-17","calendar":"solar"}]</script>' +
        '</vnp-anniversary-banner>\n',
    );
  });

  it('runs from the committed bin file that npm links, as npx vnportal-banner does', async () => {
    const bin = fileURLToPath(new URL('../../../node_modules/.bin/vnportal-banner', import.meta.url));
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      const child = spawn(bin, ['--national', '--date', '2025-09-02', '--days-before', '0', '--max', '1']);
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
      child.on('error', reject).on('close', () => resolve({ stdout: out }));
    });
    expect(stdout).toMatch(
      /^Nhiệt liệt chào mừng kỷ niệm 80 năm Ngày Cách mạng Tháng Tám thành công|^Nhiệt liệt chào mừng kỷ niệm 80 năm Ngày Quốc khánh/,
    );
  });
});
