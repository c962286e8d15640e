import { monthKeyJst } from '@sanpuku/matching-domain';

describe('the month of an unmet request is the calendar month in Japan (UTC+9)', () => {
  it('31 Oct 15:00 UTC is already 1 Nov in Japan', () => {
    expect(monthKeyJst(new Date('2026-10-31T15:00:00Z'))).toBe('2026-11');
    expect(monthKeyJst(new Date('2026-10-31T14:59:59.999Z'))).toBe('2026-10');
  });
});
