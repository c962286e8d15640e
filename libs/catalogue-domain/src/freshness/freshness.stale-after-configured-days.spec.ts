import { assessConfirmationFreshness, assessListingFreshness } from '../index';

describe('staleness after N days', () => {
  const confirmedAt = '2026-11-01T10:00:00+09:00';

  it('is fresh on day N and stale on day N+1 (JST calendar days)', () => {
    expect(assessConfirmationFreshness(confirmedAt, new Date('2026-11-15T23:59:00+09:00'), 14)).toMatchObject({ daysSince: 14, stale: false });
    expect(assessConfirmationFreshness(confirmedAt, new Date('2026-11-16T00:01:00+09:00'), 14)).toMatchObject({ daysSince: 15, stale: true });
  });

  it('counts Japan calendar days, not 24-hour periods or UTC dates', () => {
    // 23:50 JST → 00:10 JST next day is one day, though only 20 minutes passed (and the UTC date is the same).
    expect(assessConfirmationFreshness('2026-11-01T23:50:00+09:00', new Date('2026-11-02T00:10:00+09:00'), 0)).toMatchObject({
      daysSince: 1,
      stale: true,
    });
    expect(assessConfirmationFreshness('2026-11-01T00:10:00+09:00', new Date('2026-11-01T23:50:00+09:00'), 0)).toMatchObject({
      daysSince: 0,
      stale: false,
    });
  });

  it('uses separate thresholds for capacity and details', () => {
    const offering = { capacity: { confirmedAt: '2026-10-01T09:00:00+09:00' }, detailsConfirmedAt: '2026-10-01T09:00:00+09:00' };
    const f = assessListingFreshness(offering, new Date('2026-11-01T09:00:00+09:00'), { capacityStaleAfterDays: 14, detailsStaleAfterDays: 90 });
    expect(f.capacity).toMatchObject({ daysSince: 31, stale: true });
    expect(f.details).toMatchObject({ daysSince: 31, stale: false });
    expect(f.stale).toBe(true);
  });

  it('treats never-confirmed as stale and a future confirmation as 0 days, flagged', () => {
    expect(assessConfirmationFreshness(null, new Date('2026-11-01T00:00:00Z'), 14)).toEqual({
      confirmedAt: null,
      daysSince: null,
      staleAfterDays: 14,
      stale: true,
      confirmedInFuture: false,
    });
    expect(assessConfirmationFreshness('2026-11-03T00:00:00+09:00', new Date('2026-11-01T00:00:00+09:00'), 14)).toMatchObject({
      daysSince: 0,
      stale: false,
      confirmedInFuture: true,
    });
  });

  it('rejects an unparseable date-time', () => {
    expect(() => assessConfirmationFreshness('yesterday', new Date(), 14)).toThrow(RangeError);
  });
});
