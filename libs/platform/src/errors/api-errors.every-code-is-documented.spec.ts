import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from './api-errors';

describe('the one documented list of error codes', () => {
  it('errors.every-code-is-in-the-readme-table-with-its-http-status', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const missing = Object.keys(ERROR_CODES).filter((code) => !new RegExp(`^\\| \`${code}\` \\|`, 'm').test(readme));
    expect(missing).toEqual([]);
  });

  it('errors.every-code-has-japanese-and-english-words', () => {
    for (const [code, d] of Object.entries(ERROR_CODES)) {
      expect([code, /[\u3040-\u30ff\u4e00-\u9fff]/.test(d.ja), /[A-Za-z]/.test(d.en)]).toEqual([code, true, true]);
    }
  });
});
