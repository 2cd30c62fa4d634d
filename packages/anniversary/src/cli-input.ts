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
    // Bytes below 0x80 are ASCII, always valid: the byte is two hex digits.
    const byte = `byte 0x${bytes[at]!.toString(16).toUpperCase()} at offset ${at}`;
    return bytes.some((b) => CP1258_MARKS.has(b))
      ? `is not UTF-8 (${byte}); it looks like Windows-1258 (Vietnamese Windows): save it as UTF-8`
      : `is not UTF-8 (${byte}): save it as UTF-8`;
  }
}

/**
 * The offset of the first byte that starts no valid UTF-8 sequence. Decoding replaces each invalid sequence with
 * U+FFFD; the first U+FFFD not written in the file as its own three bytes (EF BF BD) is that byte. Linear.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder().decode(bytes);
  let offset = 0;
  let from = 0;
  // The caller has seen the file fail to decode, so one U+FFFD at least is a replacement.
  for (let at = text.indexOf('\uFFFD'); ; at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at));
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
    offset += 3;
    from = at + 1;
  }
}

/**
 * Reads at most `MAX_INPUT_BYTES` (and the chunk that tells there is more) from a file, or from standard input
 * for `-`. Leaving the loop early closes the stream, so `/dev/zero` or an endless pipe ends here.
 */
export async function readInput(
  file: string,
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): Promise<{ bytes: Uint8Array; tooLong: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of file === '-' ? stdin : createReadStream(file)) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) break;
  }
  return { bytes: Buffer.concat(chunks), tooLong: size > MAX_INPUT_BYTES };
}
