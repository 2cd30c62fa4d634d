import { createReadStream } from 'node:fs';

/** The most bytes `--events` reads: the library's JSON limit, in bytes (Vietnamese letters take 2–3 in UTF-8). */
export const MAX_INPUT_BYTES = 5_000_000;

/** Bytes that only Windows-1258 (Vietnamese Windows) uses for Vietnamese: its combining tone marks and đ/Đ. */
const CP1258_MARKS = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2, 0xd0, 0xf0]);

/** What the file is, when it is not UTF-8 text, in words a user can act on; `null` for UTF-8. */
export function encodingProblem(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8';
  }
  // UTF-16 without a mark: every other byte of ASCII JSON is zero.
  if (bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0))
    return 'looks like UTF-16 (zero bytes between letters); save it as UTF-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = `byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}`;
    return bytes.some((b) => CP1258_MARKS.has(b))
      ? `is not UTF-8 (${byte}); it looks like Windows-1258 (Vietnamese Windows): save it as UTF-8`
      : `is not UTF-8 (${byte}): save it as UTF-8`;
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by halving: decoding is linear, so this is O(n log n) on a refused file only.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, middle), { stream: true });
      decoder.decode();
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return Math.min(low, bytes.length - 1);
}

/** Reads at most `MAX_INPUT_BYTES` (+1 to tell that there is more) from a file or standard input. */
export async function readInput(file: string): Promise<{ bytes: Uint8Array; tooLong: boolean }> {
  const stream = file === '-' ? process.stdin : createReadStream(file, { end: MAX_INPUT_BYTES });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    // /dev/zero and endless pipes never end: stop reading once past the limit.
    if (size > MAX_INPUT_BYTES) break;
  }
  if (file === '-') process.stdin.destroy();
  else (stream as ReturnType<typeof createReadStream>).destroy();
  return { bytes: Buffer.concat(chunks), tooLong: size > MAX_INPUT_BYTES };
}
