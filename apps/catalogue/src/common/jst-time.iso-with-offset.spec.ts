import { jstIso } from './jst-time';

describe('jstIso', () => {
  it('writes an instant in Japan time with its offset, to the second', () => {
    expect(jstIso(new Date('2026-11-01T23:59:59.999Z'))).toBe('2026-11-02T08:59:59+09:00');
    expect(Date.parse(jstIso(new Date('2026-11-01T00:00:00Z')))).toBe(Date.parse('2026-11-01T00:00:00Z'));
  });
});
