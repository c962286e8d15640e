import { kanjiNumeralToArabic, normaliseTownBlockName } from '../index';

/** Does the query find the stored name the way townBlocks does (substring of the normalised forms)? */
const finds = (query: string, name: string) => normaliseTownBlockName(name).includes(normaliseTownBlockName(query));

describe('town-block name normalisation', () => {
  it('townBlockName.kanji-and-arabic-numerals-in-chome-match-each-other', () => {
    for (const q of ['番町1丁目', '番町１丁目', '番町一丁目', '番町 1 丁目', '番町1']) expect(finds(q, '番町一丁目')).toBe(true);
    expect(normaliseTownBlockName('番町一丁目')).toBe(normaliseTownBlockName('番町1丁目'));
    expect(finds('番町2丁目', '番町一丁目')).toBe(false);
  });

  it('townBlockName.two-digit-chome-are-read-as-numbers-not-digit-strings', () => {
    expect(kanjiNumeralToArabic('十')).toBe('10');
    expect(kanjiNumeralToArabic('十二')).toBe('12');
    expect(kanjiNumeralToArabic('二十')).toBe('20');
    expect(kanjiNumeralToArabic('二十三')).toBe('23');
    expect(kanjiNumeralToArabic('二〇')).toBe('20');
    expect(finds('12丁目', '十二丁目')).toBe(true);
    expect(finds('1丁目', '十二丁目')).toBe(false);
    expect(finds('第3号', '塩江町安原下第三号')).toBe(true);
    expect(finds('番町01丁目', '番町一丁目')).toBe(true);
    expect(finds('番町０１丁目', '番町一丁目')).toBe(true);
    expect(normaliseTownBlockName('番町10丁目')).toBe('番町10丁目'); // zeros inside a number stay
  });

  it('townBlockName.full-and-half-width-and-kana-match-each-other', () => {
    expect(finds('ｶﾐﾔﾏ', 'カミヤマ')).toBe(true); // half-width katakana
    expect(finds('かみやま', 'カミヤマ')).toBe(true); // hiragana for katakana
    expect(finds('霞ケ関', '霞ヶ関')).toBe(true);
    expect(finds('ＡＢＣ', 'abc町')).toBe(true);
    expect(normaliseTownBlockName('  番町　一丁目 ')).toBe('番町1丁目');
  });

  it('townBlockName.names-without-numerals-are-unchanged-apart-from-width', () => {
    expect(normaliseTownBlockName('旅篭町')).toBe('旅篭町');
    expect(normaliseTownBlockName('十十')).toBe('十十');
  });
});
