/**
 * The import page's arithmetic (import-files.ts): which files a picked folder gives
 * (the region CLI's choice), when files are too large for one request, the CLI command named
 * instead, and the report CSV saved with its byte-order mark exactly once.
 */
import { BODY_LIMIT_BYTES, cliCommand, csvFilesOfFolder, largestSendableBytes, notesByKind, overBodyLimit, reportCsvText, requestBytes } from './import-files';

const file = (name: string, size: number, webkitRelativePath = '') => ({ name, size, webkitRelativePath });

describe('dataset import files', () => {
  it('csvFilesOfFolder.takes-the-csv-files-directly-in-the-folder-in-name-order-as-the-cli-does', () => {
    const picked = [
      file('47.csv', 10, 'town-blocks/47.csv'),
      file('README.md', 10, 'town-blocks/README.md'),
      file('01.CSV', 10, 'town-blocks/01.CSV'),
      file('37.csv', 10, 'town-blocks/37.csv'),
      file('old.csv', 10, 'town-blocks/2020/old.csv'),
    ];
    expect(csvFilesOfFolder(picked).map((f) => f.name)).toEqual(['01.CSV', '37.csv', '47.csv']);
    expect(csvFilesOfFolder([])).toEqual([]);
  });

  it('overBodyLimit.counts-base64-growth-so-a-file-just-under-the-limit-in-bytes-is-already-too-large', () => {
    // 900 KB of CSV is under 1 MB, but as base64 it is 1.2 MB of request body.
    expect(overBodyLimit([file('37.csv', 900 * 1024)])).toBe(true);
    expect(overBodyLimit([file('37.csv', 100 * 1024)])).toBe(false);
    const max = largestSendableBytes();
    expect(requestBytes([file('a.csv', max - 200)])).toBeLessThanOrEqual(BODY_LIMIT_BYTES);
    expect(overBodyLimit([file('a.csv', max + 3)])).toBe(true);
    // Several files count together.
    expect(overBodyLimit([file('a.csv', max / 2), file('b.csv', max / 2 + 300)])).toBe(true);
    expect(overBodyLimit([])).toBe(false);
  });

  it('cliCommand.names-the-kind-and---lenient-only-where-the-cli-has-it', () => {
    expect(cliCommand('townBlocks', true, '<フォルダー>')).toBe('npm run region -- import town-blocks <フォルダー> --lenient');
    expect(cliCommand('townBlocks', false, '<folder>')).toBe('npm run region -- import town-blocks <folder>');
    expect(cliCommand('municipalities', true, '<file>')).toBe('npm run region -- import municipalities <file> --lenient');
    expect(cliCommand('boundaries', true, '<file>')).toBe('npm run region -- import boundaries <file>');
  });

  it('reportCsvText.keeps-the-apis-bom-and-adds-one-only-when-it-is-missing', () => {
    const api = '\uFEFFfile,line\r\na.csv,3\r\n';
    expect(reportCsvText(api)).toBe(api);
    expect(reportCsvText('file,line\r\n')).toBe('\uFEFFfile,line\r\n');
    // A Blob writes the string as UTF-8: the BOM is the three bytes Excel looks for.
    expect([...Buffer.from(reportCsvText('x'), 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('notesByKind.counts-the-rows-of-each-kind-of-change-in-the-apis-words-in-first-seen-order', () => {
    // 浜松市's 2024 ward reorganisation as a nationwide import notes it, and one filled-in prefecture name.
    const changed = { code: 'code_changed', codeLabelJa: '市区町村コードを現在のコードに読み替えた', codeLabelEn: 'Municipality code replaced by the current one' };
    const filled = { code: 'prefecture_name_from_code', codeLabelJa: '都道府県名をコードから補った', codeLabelEn: 'Prefecture name taken from the code' };
    expect(notesByKind([changed, changed, filled, changed])).toEqual([
      { code: 'code_changed', ja: changed.codeLabelJa, en: changed.codeLabelEn, rows: 3 },
      { code: 'prefecture_name_from_code', ja: filled.codeLabelJa, en: filled.codeLabelEn, rows: 1 },
    ]);
    expect(notesByKind([])).toEqual([]);
  });
});
