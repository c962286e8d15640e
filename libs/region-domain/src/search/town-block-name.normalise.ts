/**
 * Search form of a town-block (大字・町丁目) name, so a family finds 「番町一丁目」 however they type
 * it: 「番町1丁目」, 「番町１丁目」, 「ばんちょう」 is not expected (no readings are imported), but
 * full/half width, katakana/hiragana, spaces and the kanji/arabic numerals of 丁目・番町・第N号 are.
 *
 * The same function is applied to the stored names (column `town_block.name_search`) and to the
 * query, so a match is a plain substring match of two normalised strings. Changing this function
 * changes the stored form: a migration must recompute `name_search` (see
 * apps/region/src/migrations/*TownBlockNameSearch*).
 *
 * Steps, in order:
 *  1. Unicode NFKC: full-width digits and Latin → half width, half-width kana → full width.
 *  2. Latin letters to lower case.
 *  3. Katakana → hiragana (ヶ/ヵ, the small ke/ka of 霞ヶ関・三ヵ町, → け/か, so 「ケ」「ヶ」「け」 agree).
 *  4. White space and the separators ・ and ･ are dropped.
 *  5. Every run of kanji numerals (〇一二三四五六七八九 and 十) becomes its arabic value:
 *     一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23, 二〇 → 20 (digit by digit).
 *     This is applied everywhere, not only before 丁目, because a query is typed incrementally
 *     (「番町一」 before 「丁目」) and both sides are normalised alike (「一宮町」 → 「1宮町」 on both).
 *  6. Leading zeros of a number are dropped (「番町01丁目」 → 「番町1丁目」).
 */
const KANJI_DIGITS: Readonly<Record<string, number>> = Object.freeze({
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
});

/** The arabic value of a run of kanji numerals (〇–九 and 十), or the run unchanged when it is not a number we read. */
export function kanjiNumeralToArabic(run: string): string {
  const tens = run.split('十');
  if (tens.length === 1) return [...run].map((c) => String(KANJI_DIGITS[c])).join('');
  if (tens.length !== 2) return run; // 十十: not a numeral
  const [before, after] = tens;
  if (before.length > 1 || after.length > 1) return run;
  const t = before === '' ? 1 : KANJI_DIGITS[before];
  const o = after === '' ? 0 : KANJI_DIGITS[after];
  if (t === undefined || o === undefined || t === 0) return run;
  return String(t * 10 + o);
}

const KATAKANA = /[\u30a1-\u30f6]/g;

export function normaliseTownBlockName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KATAKANA, (c) => (c === 'ヶ' ? 'け' : c === 'ヵ' ? 'か' : String.fromCharCode(c.charCodeAt(0) - 0x60)))
    .replace(/[\s・･]+/gu, '')
    .replace(/[〇零一二三四五六七八九十]+/g, kanjiNumeralToArabic)
    .replace(/\d+/g, (n) => n.replace(/^0+(?=\d)/, ''));
}

/** Longest query `townBlocks` accepts, in characters (before normalisation). */
export const TOWN_BLOCK_QUERY_MAX_LENGTH = 100;
/** Largest page of `townBlocks`; `first` must be 1..this. */
export const TOWN_BLOCK_PAGE_MAX = 100;
