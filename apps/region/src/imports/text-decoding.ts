import iconv from 'iconv-lite';
import type { IssueList } from './import.errors';

export type DetectedEncoding = 'utf-8' | 'shift_jis';

/** Why the bytes are not text, and the 1-based line where that shows (never 0: the person must find it). */
export interface DecodingError {
  error: string;
  errorJa: string;
  line: number;
}

/**
 * Decodes an uploaded text file. UTF-8 (with or without BOM) is taken when the bytes are valid
 * UTF-8; otherwise Shift_JIS (as Windows writes it, CP932) when they decode without replacement
 * characters. Anything else is reported rather than guessed, naming the line of the first bad byte:
 * a file cut in the middle of a multi-byte character (a truncated upload or copy) says so.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: DetectedEncoding } | DecodingError {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    /* not UTF-8 */
  }
  const utf8Bad = firstInvalidUtf8(bytes);
  const lineAt = (offset: number) => 1 + countNewlines(bytes, offset);
  // Valid UTF-8 up to an incomplete sequence at the very end: the file was cut inside a character.
  if (utf8Bad.truncated) {
    return {
      error: `the file ends in the middle of a multi-byte UTF-8 character on line ${lineAt(utf8Bad.offset)} (the file was cut)`,
      errorJa: `${lineAt(utf8Bad.offset)}行目で文字の途中でファイルが終わっています（UTF-8の文字が切れています）`,
      line: lineAt(utf8Bad.offset),
    };
  }
  const text = iconv.decode(bytes, 'cp932');
  const bad = text.indexOf('\uFFFD');
  if (bad < 0) return { text, encoding: 'shift_jis' };
  // Shift_JIS whose only bad byte is a lead byte at the very end: cut inside a double-byte character.
  if (bad === text.length - 1 && utf8Bad.offset < bytes.length - 1 && isCutShiftJis(bytes)) {
    const line = lineAt(bytes.length - 1);
    return {
      error: `the file ends in the middle of a Shift_JIS character on line ${line} (the file was cut)`,
      errorJa: `${line}行目で文字の途中でファイルが終わっています（Shift_JISの文字が切れています）`,
      line,
    };
  }
  const line = lineAt(utf8Bad.offset);
  return {
    error: `neither valid UTF-8 nor Shift_JIS (CP932): first invalid byte on line ${line}`,
    errorJa: `UTF-8でもShift_JIS（CP932）でもありません: ${line}行目に不正なバイトがあります`,
    line,
  };
}

function countNewlines(bytes: Buffer, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Offset of the first byte that is not valid UTF-8, and whether it is an incomplete character at the end. */
function firstInvalidUtf8(b: Buffer): { offset: number; truncated: boolean } {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return { offset: i, truncated: false };
    let k = 1;
    for (; k <= need; k++) {
      if (i + k >= b.length) return { offset: i, truncated: true };
      if ((b[i + k] & 0xc0) !== 0x80) return { offset: i, truncated: false };
    }
    i += need + 1;
  }
  return { offset: b.length, truncated: false };
}

/** The last byte is a Shift_JIS lead byte with no trail byte (counting from the start, so a trail byte is not mistaken for a lead). */
function isCutShiftJis(b: Buffer): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const lead = (c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc);
    if (!lead) i++;
    else if (i === b.length - 1) return true;
    else i += 2;
  }
  return false;
}

/** The file's text, or the file refused with `wrong_encoding` at the line where the bytes go wrong. */
export function decodeOrRefuse(issues: IssueList, bytes: Buffer): { text: string; encoding: DetectedEncoding } {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return issues.fatal(decoded.line, null, 'wrong_encoding', `wrong encoding: ${decoded.error}`, `文字コードが不正です（UTF-8またはShift_JISのみ）: ${decoded.errorJa}`);
  return decoded;
}
