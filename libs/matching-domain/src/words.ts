/**
 * The words of matching's codes come from the shared kernel's label registry (one source; see
 * libs/kernel/src/labels/matching.labels.ts). These helpers turn a kind into the `Bilingual`
 * records the domain and the service use.
 */
import { label } from '@sanpuku/kernel';
import type { Bilingual } from './senior-profile.types';

/** `{ ja, en }` of one code; throws for a code without words (a missing label fails loudly). */
export function words(kind: string, code: string): Bilingual {
  const l = label(kind, code);
  return { ja: l.ja, en: l.en };
}

/** `code → { ja, en }` for every listed code of a kind. */
export function wordsOf<C extends string>(kind: string, codes: readonly C[]): Readonly<Record<C, Bilingual>> {
  return Object.fromEntries(codes.map((c) => [c, words(kind, c)])) as Record<C, Bilingual>;
}

/** An English label as it reads inside a sentence ("Care level 1" → "care level 1"). */
export function inSentence(en: string): string {
  return /^[A-Z](?![A-Z])/.test(en) ? en[0].toLowerCase() + en.slice(1) : en;
}
