import { label, labelOrCode } from '@sanpuku/kernel';

/**
 * `<field>LabelJa` / `<field>LabelEn` for a code, from the kernel's label registry. Enum codes
 * must have words (a missing one throws, so tests catch it); open sets (a user-defined shop
 * category) fall back to the code itself.
 */
export function words(kind: string, code: string): { ja: string; en: string } {
  const l = label(kind, code);
  return { ja: l.ja, en: l.en };
}

export function wordsOrCode(kind: string, code: string): { ja: string; en: string } {
  const l = labelOrCode(kind, code);
  return { ja: l.ja, en: l.en };
}
