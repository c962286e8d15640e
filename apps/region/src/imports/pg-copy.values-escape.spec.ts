import { copyValue } from './pg-copy';

describe('values sent with COPY FROM STDIN (text format)', () => {
  it('imports.copy-values-escape-backslash-tab-and-line-breaks-and-send-null-as-backslash-n', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(34.345)).toBe('34.345');
    expect(copyValue('番町一丁目')).toBe('番町一丁目');
    expect(copyValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    // A name that is literally "\N" stays a name, not a null.
    expect(copyValue('\\N')).toBe('\\\\N');
  });
});
