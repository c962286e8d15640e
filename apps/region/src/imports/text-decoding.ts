import iconv from 'iconv-lite';

export type DetectedEncoding = 'utf-8' | 'shift_jis';

/**
 * Decodes an uploaded text file. UTF-8 (with or without BOM) is taken when the bytes are valid
 * UTF-8; otherwise Shift_JIS (as Windows writes it, CP932) when they decode without replacement
 * characters. Anything else is reported rather than guessed.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: DetectedEncoding } | { error: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    /* not UTF-8 */
  }
  const text = iconv.decode(bytes, 'cp932');
  if (text.includes('\uFFFD')) return { error: 'neither valid UTF-8 nor Shift_JIS (CP932)' };
  return { text, encoding: 'shift_jis' };
}
