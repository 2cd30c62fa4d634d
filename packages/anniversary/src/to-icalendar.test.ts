import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { type Commemoration, nationalCatalog, toICalendar } from './index.js';

/** The events an independent parser (ical.js) reads back: [uid, start day, summary]. */
function events(ics: string): [string, string, string][] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return [event.uid, event.startDate.toString(), event.summary];
  });
}

const pick = (...ids: string[]) => nationalCatalog.filter((d) => ids.includes(d.id));

/** CPU seconds this test process spent since `started` (user and system; other processes' turns not counted). */
function cpuSeconds(started: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1e6;
}

describe('toICalendar', () => {
  it('places Giỗ Tổ 2024 on 18/4/2024 and Tết 2025 on 29/1/2025, as ical.js reads them', () => {
    const ics = toICalendar(pick('tet', 'gioto'), { from: '2024-01-01', to: '2025-12-31' });
    expect(events(ics)).toEqual([
      ['tet-2024-02-10@vnportal', '2024-02-10', 'Tết Nguyên đán (10/2/2024)'],
      ['tet-2025-01-29@vnportal', '2025-01-29', 'Tết Nguyên đán (29/1/2025)'],
      ['gioto-2024-04-18@vnportal', '2024-04-18', 'Giỗ Tổ Hùng Vương (18/4/2024)'],
      ['gioto-2025-04-07@vnportal', '2025-04-07', 'Giỗ Tổ Hùng Vương (7/4/2025)'],
    ]);
  });

  it('starts with the VERSION, PRODID and CALSCALE lines that RFC 5545 calendar apps require', () => {
    expect(toICalendar([], { from: '2024-01-01', to: '2024-01-01' })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//vnportal//@vnportal/anniversary//VI\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n',
    );
  });

  it('writes one all-day event a year with the years in the summary', () => {
    const ics = toICalendar(pick('radi'), { from: '2024-01-01', to: '2025-12-31' });
    expect(events(ics).map(([, day, summary]) => [day, summary])).toEqual([
      ['2024-06-05', '113 năm Ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)'],
      ['2025-06-05', '114 năm Ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2025)'],
    ]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240605\r\nDTEND;VALUE=DATE:20240606\r\n');
  });

  it('writes the same file on every run, so calendar apps update events instead of duplicating them', () => {
    const once = () => toICalendar(nationalCatalog, { from: '2025-01-01', to: '2025-12-31' });
    expect(once()).toBe(once());
    expect(once()).toContain('DTSTAMP:20250101T000000Z');
  });

  it('ends every line with CRLF, folds at 75 octets without splitting a character, and escapes text', () => {
    const long: Commemoration = {
      id: 'dai',
      name: 'thành lập Ủy ban nhân dân; Hội đồng, nhân dân \\ tỉnh Ninh Bình và các sở, ban, ngành trực thuộc',
      date: '2019-07-17',
      calendar: 'solar',
    };
    const ics = toICalendar([long], { from: '2024-07-17', to: '2024-07-17' });
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain(
      'SUMMARY:5 năm thành lập Ủy ban nhân dân\\; Hội đồng\\, nhân dân \\\\ tỉnh',
    );
    expect(events(ics)[0]![2]).toBe(`5 năm ${long.name} (17/7/2019 - 17/7/2024)`);
  });

  it('shows leaders’ birthdays only in round years, as the banner does', () => {
    const ics = toICalendar(pick('tdt'), { from: '2015-01-01', to: '2025-12-31' });
    expect(events(ics).map(([, day]) => day)).toEqual(['2018-08-20', '2023-08-20']);
  });

  it('names a missing range, a range over a century and a bad stamp', () => {
    expect(() => toICalendar([], undefined as never)).toThrow(
      expect.objectContaining({
        message: 'options is missing',
        issues: [{ path: 'options', value: undefined, message: 'options is missing' }],
      }),
    );
    expect(() => toICalendar([], { from: '2024-01-01' } as never)).toThrow(commemorationError(/^to is missing$/));
    expect(() => toICalendar([], { from: '1900-01-01', to: '2024-01-01' })).toThrow(
      commemorationError(/more than 100 years/),
    );
    expect(() => toICalendar([], { from: '2024-01-01', to: '2024-01-01', stamp: 'now' })).toThrow(
      commemorationError(/^stamp: "now"/),
    );
  });

  it('folds an ASCII line at exactly 75 octets, then 74 after each leading space', () => {
    const name = 'x'.repeat(200);
    const ics = toICalendar([{ id: 'long', name, date: '--07-17', calendar: 'solar' }], {
      from: '2024-07-17',
      to: '2024-07-17',
    });
    const summary = ics
      .split('\r\n')
      .filter((_, i, lines) => lines.slice(0, i + 1).some((l) => l.startsWith('SUMMARY:')));
    const folded = summary.slice(
      0,
      summary.findIndex((line) => line.startsWith('TRANSP:')),
    );
    // SUMMARY: (8) + 200 + " (17/7/2024)" (12) = 220 octets: 75, then 74 + 1, then the last 71 + 1.
    expect(folded.map((line) => line.length)).toEqual([75, 75, 72]);
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20240718\r\n');
  });

  it('writes the source as the DESCRIPTION when the entry has one, and no DESCRIPTION when not', () => {
    const day = { name: 'Ngày thành lập', date: '1930-02-03', calendar: 'solar' } as const;
    const ics = toICalendar(
      [
        { id: 'a', ...day, source: 'Chỉ thị 15, Ban Bí thư' },
        { id: 'b', ...day },
      ],
      {
        from: '2025-02-03',
        to: '2025-02-03',
      },
    );
    expect(ics.match(/DESCRIPTION:.*/g)).toEqual(['DESCRIPTION:Nguồn: Chỉ thị 15\\, Ban Bí thư']);
  });

  it('percent-encodes an id in the UID, and writes each kind of line break in a name as \\n', () => {
    const ics = toICalendar([{ id: 'ngày lễ;1', name: 'a\nb\r\nc\rd', date: '--09-02', calendar: 'solar' }], {
      from: '2025-09-02',
      to: '2025-09-02',
    });
    expect(ics).toContain('\r\nUID:ng%C3%A0y%20l%E1%BB%85%3B1-2025-09-02@vnportal\r\n');
    expect(ics).toContain('\r\nSUMMARY:a\\nb\\nc\\nd (2/9/2025)\r\n');
  });

  it('writes a stamp given as YYYYMMDDTHHMMSSZ and refuses one with anything around it', () => {
    const range = { from: '2025-09-02', to: '2025-09-02' };
    expect(toICalendar(pick('2-9'), { ...range, stamp: '20240315T101500Z' })).toContain(
      '\r\nDTSTAMP:20240315T101500Z\r\n',
    );
    for (const stamp of ['x20240315T101500Z', '20240315T101500Zx', '2024315T101500Z', ['20240315T101500Z']]) {
      expect(() => toICalendar([], { ...range, stamp: stamp as string })).toThrow(
        commemorationError(/^stamp: .* is not YYYYMMDDTHHMMSSZ$/),
      );
    }
  });

  it('writes the last years the calendar has: a range up to 9999-12-31, whose last day has no DTEND to write', () => {
    const list: Commemoration[] = [{ id: 'nye', name: 'Ngày cuối năm', date: '--12-31', calendar: 'solar' }];
    const ics = toICalendar(list, { from: '9950-01-01', to: '9999-12-31' });
    expect(events(ics)).toHaveLength(50);
    expect(ics).toContain('DTSTART;VALUE=DATE:99981231\r\nDTEND;VALUE=DATE:99990101\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:99991231\r\nSUMMARY:');
    expect(ics).not.toMatch(/DTEND;VALUE=DATE:\d{9}/);
    // ical.js reads the last one as a one-day event.
    const last = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').at(-1)!;
    expect(new ICAL.Event(last).endDate.toString()).toBe('10000-01-01');
  });

  it('writes a range of exactly 100 years (36,600 days) and refuses one day more', () => {
    const list = pick('2-9');
    expect(events(toICalendar(list, { from: '2000-01-01', to: '2100-03-17' }))).toHaveLength(100);
    expect(() => toICalendar(list, { from: '2000-01-01', to: '2100-03-18' })).toThrow(
      commemorationError(/^to: "2100-03-18" is more than 100 years after from \(2000-01-01\)$/),
    );
  });

  it('refuses a list that would give more than 100,000 events', () => {
    const yearly = Array.from({ length: 1_001 }, (_, i): Commemoration => {
      return { id: `d${i}`, name: `ngày ${i}`, date: '--01-01', calendar: 'solar' };
    });
    expect(() => toICalendar(yearly, { from: '2000-01-01', to: '2099-12-31' })).toThrow(
      commemorationError(/^to: "2099-12-31" gives 100100 events; at most 100000 are written$/),
    );
  });

  it('writes 100,000 events (1,000 commemorations over a century) in under 10 s (it took 44 s when each line was measured with a TextEncoder)', () => {
    const list = Array.from({ length: 1_000 }, (_, i): Commemoration => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (i % 12)).padStart(2, '0');
      return { id: `d${i}`, name: `thành lập đơn vị số ${i}`, date: `1950-${month}-${day}`, calendar: 'solar' };
    });
    const started = process.cpuUsage();
    const ics = toICalendar(list, { from: '2000-01-01', to: '2099-12-31' });
    // CPU time, not wall time: alone it takes about 0.5 s, but `npm test` runs every package's tests at once on
    // a shared machine, where the same call took 8.9–10.6 s of wall time. Stryker's instrumented code runs
    // several times slower; there a quadratic mutant shows as a timeout.
    expect(cpuSeconds(started)).toBeLessThan(process.env.VNP_MUTATION_RUN ? 60 : 10);
    expect(ics.split('\r\nBEGIN:VEVENT\r\n')).toHaveLength(100_001);
    // (No toContain: a failure would print 30 MB.)
    expect(ics.includes('\r\nSUMMARY:149 năm thành lập đơn vị số 999 (20/4/1950 - 20/4/2099)\r\n')).toBe(true);
    expect(ics.endsWith('\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  }, 30_000);

  it('folds any id, name and source into lines of at most 75 octets, each as full as the next character allows, that unfold to it', () => {
    // Characters of 1, 2, 3 and 4 UTF-8 octets, the edges between them, and what TEXT escapes.
    const chars = [
      'a',
      ' ',
      '\u007f',
      '\u0080',
      'ệ',
      'đ',
      '\u07ff',
      '\u0800',
      '\uffff',
      '😀',
      '\u{10000}',
      ',',
      ';',
      '\\',
      '\n',
    ];
    const name = fc
      .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 400 })
      .map((parts) => `x${parts.join('')}`);
    const octets = (s: string) => Buffer.byteLength(s, 'utf8');
    // A run of one character meets the fold at that character's size; random mixes meet it anywhere.
    const runs = fc
      .tuple(fc.constantFrom(...chars), fc.integer({ min: 1, max: 120 }))
      .map(([c, n]) => `x${c.repeat(n)}`);
    const examples = chars.map((c) => [`x${c.repeat(100)}`] as [string]);
    fc.assert(
      fc.property(fc.oneof(name, runs), (text) => {
        const entry: Commemoration = { id: text, name: text, date: '--07-17', calendar: 'solar', source: text };
        const ics = toICalendar([entry], { from: '2024-07-17', to: '2024-07-17' });
        const lines = ics.slice(0, -2).split('\r\n');
        lines.forEach((line, i) => {
          expect(/\p{Cs}/u.test(line), line).toBe(false); // no character cut in two
          expect(octets(line)).toBeLessThanOrEqual(75);
          const next = lines[i + 1];
          // A line is cut only where the next character would not fit (75 octets, 74 after a leading space).
          if (next?.startsWith(' ')) {
            const first = String.fromCodePoint(next.codePointAt(1)!);
            expect(octets(line) + octets(first)).toBeGreaterThan(75);
          }
        });
        const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
        expect(vevent.getFirstPropertyValue('uid')).toBe(`${encodeURIComponent(text)}-2024-07-17@vnportal`);
        expect(vevent.getFirstPropertyValue('summary')).toBe(`${text} (17/7/2024)`);
        expect(vevent.getFirstPropertyValue('description')).toBe(`Nguồn: ${text}`);
      }),
      { numRuns: 300, examples },
    );
  });

  it('checks nameEn for lang "en" once per event, as formatAnniversary does', () => {
    const range = { from: '2025-09-02', to: '2025-09-02', lang: 'en' } as const;
    const day = { id: 'qk', name: 'Quốc khánh', date: '1945-09-02', calendar: 'solar' } as const;
    expect(events(toICalendar([{ ...day, nameEn: 'National Day' }], range))[0]![2]).toBe(
      'the 80th anniversary of National Day (2/9/1945 - 2/9/2025)',
    );
    expect(() => toICalendar([day], range)).toThrow(
      expect.objectContaining({
        name: 'CommemorationError',
        message: 'nameEn: "qk" has no nameEn, which lang "en" needs',
      }),
    );
    expect(() => toICalendar([{ ...day, nameEn: 42 as never }], { ...range, lang: 'vi' })).toThrow(
      expect.objectContaining({
        name: 'CommemorationError',
        message: 'anniversary.commemoration.nameEn: 42 is not a string',
      }),
    );
    // No event in the range: no line to write, so no nameEn is needed.
    expect(toICalendar([day], { ...range, from: '2025-09-03', to: '2025-09-03' })).not.toContain('VEVENT');
  });

  it('checks the format options even when no event falls in the range', () => {
    expect(() => toICalendar([], { from: '2025-09-03', to: '2025-09-03', dash: 5 as never })).toThrow(
      expect.objectContaining({
        name: 'CommemorationError',
        message: 'dash: 5 is not a string of at most 1,000 characters',
      }),
    );
  });

  it('names a from or to that is not a day, before measuring the range', () => {
    expect(() => toICalendar([], { from: '2024-02-30', to: '2024-12-31' })).toThrow(
      commemorationError(/^from: "2024-02-30" is not a day that exists$/),
    );
    expect(() => toICalendar([], { from: '2024-01-01', to: '2024/12/31' })).toThrow(
      commemorationError(/^to: "2024\/12\/31" is not a day in the form YYYY-MM-DD$/),
    );
  });

  it('refuses a range of many centuries before placing any anniversary', () => {
    const list = Array.from({ length: 10_000 }, (_, i): Commemoration => {
      return { id: `d${i}`, name: `ngày ${i}`, date: '--01-01', calendar: 'solar' };
    });
    const started = process.cpuUsage();
    expect(() => toICalendar(list, { from: '1000-01-01', to: '9999-12-31' })).toThrow(
      expect.objectContaining({
        name: 'CommemorationError',
        message: 'to: "9999-12-31" is more than 100 years after from (1000-01-01)',
      }),
    );
    // Placing them first would make 90 million anniversaries.
    expect(cpuSeconds(started)).toBeLessThan(2);
  });

  it('names a source that is not a string (a Symbol or a null-prototype object cannot be written)', () => {
    const day = { id: 'qk', name: 'Quốc khánh', date: '--09-02', calendar: 'solar' } as const;
    const range = { from: '2025-09-02', to: '2025-09-02' };
    for (const source of [5, Symbol('x'), Object.create(null)]) {
      expect(() => toICalendar([{ ...day, source }], range)).toThrow(
        commemorationError(/^\[0\]\.source: .+ is not a string$/),
      );
    }
    expect(toICalendar([{ ...day, source: '' }], range)).not.toContain('DESCRIPTION');
  });

  it('names an id that is not a string or holds a lone surrogate, which a UID cannot carry', () => {
    const day = { name: 'Quốc khánh', date: '--09-02', calendar: 'solar' } as const;
    const range = { from: '2025-09-02', to: '2025-09-02' };
    for (const [id, quoted] of [
      ['a\uD800', '"a\\ud800"'],
      [42, '42'],
    ] as const) {
      expect(() =>
        toICalendar(
          [
            { id: 'ok', ...day },
            { id: id as string, ...day },
          ],
          range,
        ),
      ).toThrow(
        expect.objectContaining({
          name: 'CommemorationError',
          message: `[1].id: ${quoted} is not a string of Unicode text`,
        }),
      );
    }
  });
});
