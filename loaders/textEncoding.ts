// The text of a CSV file as people save it. "CSV UTF-8" is UTF-8 (often with a byte-order
// mark); Excel's plain "CSV (Comma delimited)" on Windows writes Windows-1252, where "ñ" is one
// byte that is not UTF-8. A file that is valid UTF-8 is read as UTF-8; one that is not is read
// as Windows-1252, and the ingest summary says so. Refused, because no reading of them is
// safe: UTF-16 (Excel's "Unicode Text"), a NUL byte (not a text file), and a file mixing
// UTF-8 characters with bytes that are not UTF-8 (two encodings in one file: either reading
// would garble part of it).
import { UnreadableFile } from "./problem.ts";

export type TextEncoding = "UTF-8" | "Windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export function decodeCsvBytes(bytes: Uint8Array, file: string): DecodedText {
  const refuse = (row: number | null, reason: string): never => {
    throw new UnreadableFile({ file, row, column: null, reason });
  };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    refuse(null, 'is UTF-16 text (Excel\'s "Unicode Text"): save it as "CSV UTF-8 (Comma delimited)" and load it again');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // Every other byte NUL is UTF-16 without its byte-order mark.
    const utf16 = bytes.length >= 4 && (bytes[1] === 0 || bytes[0] === 0) && (bytes[3] === 0 || bytes[2] === 0);
    refuse(
      lineAt(bytes, nul),
      utf16
        ? 'is UTF-16 text: save it as "CSV UTF-8 (Comma delimited)" and load it again'
        : "holds a NUL byte, so it is not a text file: export the sheet as CSV UTF-8 and load it again",
    );
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid === null) return { text: new TextDecoder("utf-8").decode(bytes), encoding: "UTF-8" };
  if (holdsUtf8Sequence(bytes)) {
    refuse(lineAt(bytes, invalid), "mixes UTF-8 characters with bytes that are not UTF-8 (two encodings in one file): save it again as CSV UTF-8");
  }
  return { text: decodeWindows1252(bytes), encoding: "Windows-1252" };
}

/** What Windows-1252 has at bytes 0x80-0x9F, where Latin-1 has control characters; five are unassigned. */
const WINDOWS_1252_80_TO_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Windows-1252 is Latin-1 but for 0x80-0x9F ("–" is 0x96). Node 20's TextDecoder("windows-1252")
 * decodes those as Latin-1's control characters, losing en dashes and curly quotes, so the
 * difference is applied here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_80_TO_9F[ch.charCodeAt(0) - 0x80]);
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence, or null. */
function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return null;
}

/** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
function holdsUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0xc2 && utf8SequenceLength(bytes, i) > 1) return true;
  }
  return false;
}

/** Length of the well-formed UTF-8 sequence starting at `i` (1 to 4), or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const continuation = (k: number) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return continuation(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = bytes[i + 1];
    // No overlong forms (E0 80..9F) and no UTF-16 surrogates (ED A0..BF).
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0)) return 0;
    return continuation(1) && continuation(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = bytes[i + 1];
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return 0;
    return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/** Line number (from 1) of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
