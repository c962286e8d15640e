/**
 * Japanese search normalisation and a dictionary-free tokenizer.
 *
 * normalizeForSearch(text):
 *  1. NFKC: full-width ASCII → half-width (ＡＢＣ → ABC, １２ → 12, 全角空白 → space),
 *     half-width katakana → full-width with voicing marks composed (ｶﾞｲﾄﾞ → ガイド).
 *  2. A hyphen-like character directly after a katakana (ヘルパ－, ｻｰﾋﾞｽ) becomes the long-vowel mark ー.
 *  3. Runs of ー collapse to one (ガーーイド → ガーイド).
 *  4. Katakana folds to hiragana (ガイド → がいど; ヴ → ゔ, ヵ/ヶ → ゕ/ゖ, ヽ/ヾ → ゝ/ゞ).
 *  5. A kana word of 4+ characters loses one trailing ー (サーバー ≡ サーバ, ヘルパー ≡ ヘルパ),
 *     the JIS Z 8301 spelling variance; shorter words keep it (ケー, ソー stay distinct).
 *  6. Lower case (Unicode default).
 *  7. Whitespace runs collapse to one space; whitespace between two Japanese characters is removed
 *     (Japanese does not separate words with spaces: 配食　サービス ≡ 配食サービス); trimmed.
 * Small kana are NOT folded to large ones (びょういん 病院 ≠ びよういん 美容院).
 */

const HYPHEN_AFTER_KATAKANA = /([\u30A1-\u30FA\u30FD\u30FE\u30FC])[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D\uFF70]/g;

/** Hiragana, katakana (incl. ー and iteration marks) and CJK ideographs (incl. 々 〆 〇). */
const JAPANESE_CHAR = /[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC-\u30FE\u3005-\u3007\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]/u;

function katakanaToHiragana(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x30a1 && cp <= 0x30f6) || cp === 0x30fd || cp === 0x30fe) out += String.fromCodePoint(cp - 0x60);
    else out += ch;
  }
  return out;
}

export function normalizeForSearch(text: string): string {
  let s = text.normalize('NFKC');
  // Long-vowel variants after katakana, repeated until stable so ｰｰ-chains are all converted.
  let prev: string;
  do {
    prev = s;
    s = s.replace(HYPHEN_AFTER_KATAKANA, '$1ー');
  } while (s !== prev);
  s = s.replace(/ー{2,}/g, 'ー');
  s = katakanaToHiragana(s);
  s = s.replace(/[\u3041-\u3096\u309D\u309E\u30F7-\u30FAー]{4,}/g, (word) =>
    word.endsWith('ー') && word[word.length - 2] !== 'ー' ? word.slice(0, -1) : word,
  );
  s = s.toLowerCase();
  s = s.replace(/\s+/gu, ' ').trim();
  // Remove a single space between two Japanese characters (repeat: overlapping matches).
  do {
    prev = s;
    s = s.replace(/(\S) (\S)/gu, (whole, a: string, b: string) => (JAPANESE_CHAR.test(a) && JAPANESE_CHAR.test(b) ? a + b : whole));
  } while (s !== prev);
  return s;
}

type CharClass = 'ja' | 'word' | 'sep';

function classify(ch: string): CharClass {
  if (JAPANESE_CHAR.test(ch)) return 'ja';
  if (/[\p{L}\p{N}]/u.test(ch)) return 'word';
  return 'sep';
}

/**
 * Search tokens of a text, in order (duplicates kept): the text is normalised, then split into
 * runs of Japanese characters and runs of letters/digits of other scripts. A Japanese run yields its
 * character bigrams (a one-character run yields itself); another run yields itself as one word.
 * Everything else (punctuation, symbols, spaces) separates runs.
 *
 * 配食サービス → [配食, 食さ, さー, ーび, びす]; "ABC 24時間" → [abc, 24, 時間]
 */
export function tokenizeForSearch(text: string): string[] {
  const s = normalizeForSearch(text);
  const tokens: string[] = [];
  let run: string[] = [];
  let runClass: CharClass = 'sep';
  const flush = (): void => {
    if (runClass === 'ja') {
      if (run.length === 1) tokens.push(run[0]);
      for (let i = 0; i + 1 < run.length; i++) tokens.push(run[i] + run[i + 1]);
    } else if (runClass === 'word' && run.length > 0) {
      tokens.push(run.join(''));
    }
    run = [];
  };
  for (const ch of s) {
    const c = classify(ch);
    if (c !== runClass) {
      flush();
      runClass = c;
    }
    if (c !== 'sep') run.push(ch);
  }
  flush();
  return tokens;
}

/** Distinct tokens of a document, for an index. */
export function searchTokenSet(text: string): ReadonlySet<string> {
  return new Set(tokenizeForSearch(text));
}

/**
 * True when every token of the query occurs in the document (AND semantics). A one-character
 * Japanese query token (e.g. 食) matches any document bigram that contains it. An empty query matches.
 */
export function matchesSearchQuery(documentText: string, query: string): boolean {
  const doc = searchTokenSet(documentText);
  return tokenizeForSearch(query).every((token) => {
    if (doc.has(token)) return true;
    if ([...token].length === 1 && JAPANESE_CHAR.test(token)) {
      for (const d of doc) if (d.includes(token)) return true;
    }
    return false;
  });
}
