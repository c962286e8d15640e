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

/**
 * A classification policy in words, from its reference `<id>@<version>`: the seed's policy is
 * 「標準の方針（国の資料の基準）」; a custom one is named by the id its author gave it and its version.
 */
export function policyWords(ref: string): { ja: string; en: string } {
  const at = ref.lastIndexOf('@');
  const id = at > 0 ? ref.slice(0, at) : ref;
  const version = at > 0 ? ref.slice(at + 1) : '';
  if (id === 'seed-default' && version === '1') return { ja: '標準の方針（国の資料の基準）', en: 'the standard policy (the national deck’s rules)' };
  return version ? { ja: `方針「${id}」第${version}版`, en: `the policy “${id}”, version ${version}` } : { ja: `方針「${id}」`, en: `the policy “${id}”` };
}
