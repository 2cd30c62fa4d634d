import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodingProblem, MAX_INPUT_BYTES, readInput } from './cli-input.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part)] : part)));

describe('encodingProblem: what vnportal-banner says of an --events file that is not UTF-8', () => {
  it('accepts UTF-8 Vietnamese text, an empty file and a lone byte', () => {
    expect(encodingProblem(bytes('[{"name":"Ngày thành lập Đảng"}]'))).toBeNull();
    expect(encodingProblem(bytes())).toBeNull();
    expect(encodingProblem(bytes([0]))).toBeNull();
    expect(encodingProblem(bytes('\uFFFD'))).toBeNull();
  });

  it('names UTF-16 by either byte-order mark, and by the zero bytes of a file without one', () => {
    const marked = 'is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8';
    const unmarked = 'looks like UTF-16 (zero bytes between letters); save it as UTF-8';
    expect(encodingProblem(bytes([0xff, 0xfe], '[\0]\0'))).toBe(marked);
    expect(encodingProblem(bytes([0xfe, 0xff], '\0[\0]'))).toBe(marked);
    expect(encodingProblem(Buffer.from('[]', 'utf16le'))).toBe(unmarked);
    expect(encodingProblem(bytes('\0[\0]'))).toBe(unmarked);
  });

  it('takes half a byte-order mark for what it is: a byte that is not UTF-8', () => {
    expect(encodingProblem(bytes([0xff], 'ab'))).toBe('is not UTF-8 (byte 0xFF at offset 0): save it as UTF-8');
    expect(encodingProblem(bytes('a', [0xfe]))).toBe('is not UTF-8 (byte 0xFE at offset 1): save it as UTF-8');
    expect(encodingProblem(bytes([0xfe], 'ab'))).toBe('is not UTF-8 (byte 0xFE at offset 0): save it as UTF-8');
    expect(encodingProblem(bytes('a', [0xff]))).toBe('is not UTF-8 (byte 0xFF at offset 1): save it as UTF-8');
  });

  it('names Windows-1258 when the file holds its tone marks or đ, and points at the first bad byte', () => {
    // "Ngày lập" in Windows-1258: 0xE0 is "à", 0xE2 "â" and 0xF2 the combining dot below.
    expect(encodingProblem(bytes('Ng', [0xe0], 'y l', [0xe2, 0xf2], 'p'))).toBe(
      'is not UTF-8 (byte 0xE0 at offset 2); it looks like Windows-1258 (Vietnamese Windows): save it as UTF-8',
    );
    for (const mark of [0xcc, 0xec, 0xd2, 0xde, 0xf2, 0xd0, 0xf0]) {
      expect(encodingProblem(bytes('a', [mark], '!'))).toMatch(
        /^is not UTF-8 \(byte 0x.. at offset 1\); it looks like Windows-1258/,
      );
    }
  });

  it('points at the first bad byte after Vietnamese letters of two and three bytes', () => {
    const before = 'Ngày kỷ niệm ậậậậậậ';
    expect(encodingProblem(bytes(before, [0xe9], 'abc'))).toBe(
      `is not UTF-8 (byte 0xE9 at offset ${Buffer.byteLength(before)}): save it as UTF-8`,
    );
    expect(encodingProblem(bytes('ậậậậậậậậậậ', [0xe9]))).toBe(
      'is not UTF-8 (byte 0xE9 at offset 30): save it as UTF-8',
    );
  });

  it('points past a U+FFFD the file really holds, to the start of a cut-off sequence', () => {
    expect(encodingProblem(bytes('a\uFFFDb\uFFFD', [0xe9]))).toBe(
      'is not UTF-8 (byte 0xE9 at offset 8): save it as UTF-8',
    );
    // EF BF begin U+FFFD's own bytes; without the BD they are the bad sequence.
    expect(encodingProblem(bytes('ab', [0xef, 0xbf], 'c'))).toBe(
      'is not UTF-8 (byte 0xEF at offset 2): save it as UTF-8',
    );
    expect(encodingProblem(bytes('ab', [0xef, 0xbf]))).toBe('is not UTF-8 (byte 0xEF at offset 2): save it as UTF-8');
    // A bad byte followed by the tail of U+FFFD's bytes, and EF followed by a letter, then BD.
    expect(encodingProblem(bytes([0xff, 0xbf, 0xbd]))).toBe('is not UTF-8 (byte 0xFF at offset 0): save it as UTF-8');
    expect(encodingProblem(bytes([0xef], 'A', [0xbd]))).toBe('is not UTF-8 (byte 0xEF at offset 0): save it as UTF-8');
    expect(encodingProblem(bytes('ab', [0xef]))).toBe('is not UTF-8 (byte 0xEF at offset 2): save it as UTF-8');
  });
});

describe('readInput: the --events file or standard input, read up to its limit', () => {
  const folder = mkdtempSync(join(tmpdir(), 'vnportal-read-input-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a whole file up to the limit and tells when it is larger', async () => {
    const small = join(folder, 'small.json');
    writeFileSync(small, '[{"id":"a"}]');
    expect(await readInput(small)).toEqual({ bytes: Buffer.from('[{"id":"a"}]'), tooLong: false });
    const exact = join(folder, 'exact.json');
    writeFileSync(exact, Buffer.alloc(MAX_INPUT_BYTES, 0x20));
    const full = await readInput(exact);
    expect([full.bytes.length, full.tooLong]).toEqual([MAX_INPUT_BYTES, false]);
    const over = join(folder, 'over.json');
    writeFileSync(over, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20));
    expect((await readInput(over)).tooLong).toBe(true);
  });

  it('reads standard input for "-", and stops an endless one past the limit', async () => {
    const stdin = async function* (chunks: Uint8Array[], endless = false) {
      do yield* chunks;
      while (endless);
    };
    expect(await readInput('-', stdin([bytes('[{"id"'), bytes(':"a"}]')]))).toEqual({
      bytes: Buffer.from('[{"id":"a"}]'),
      tooLong: false,
    });
    const exactly = await readInput('-', stdin([new Uint8Array(MAX_INPUT_BYTES)]));
    expect([exactly.bytes.length, exactly.tooLong]).toEqual([MAX_INPUT_BYTES, false]);
    const oneMore = await readInput('-', stdin([new Uint8Array(MAX_INPUT_BYTES), new Uint8Array(1)]));
    expect(oneMore.tooLong).toBe(true);
    const endless = await readInput('-', stdin([new Uint8Array(1 << 20)], true));
    expect(endless.tooLong).toBe(true);
    expect(endless.bytes.length).toBeLessThan(MAX_INPUT_BYTES + (2 << 20));
  });

  it('fails with the system error for a file that does not exist', async () => {
    await expect(readInput(join(folder, 'missing.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
