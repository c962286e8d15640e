import { resolveMatchingConfig, scoreOffering } from '@sanpuku/matching-domain';
import { aRequest, anOffering, daysBefore, NOW } from './testing/matching.fixtures';

describe('freshness part: 1 − days/staleAfterDays, stale (0) from N days on', () => {
  const cfg = resolveMatchingConfig({ scoring: { freshness: { staleAfterDays: 10 } } }).scoring;
  const fresh = (confirmedAt: string) =>
    scoreOffering(aRequest(), anOffering({ capacityConfirmedAt: confirmedAt }), NOW, cfg).parts.find(
      (p) => p.part === 'freshness',
    )!;

  it('confirmed now → 1; 5 of 10 days → 0.5', () => {
    expect(fresh(NOW.toISOString()).value).toBe(1);
    expect(fresh(daysBefore(5)).value).toBeCloseTo(0.5, 12);
    expect(fresh(daysBefore(5)).detail.stale).toBe(false);
  });

  it('exactly N days → 0 and stale; older stays 0', () => {
    expect(fresh(daysBefore(10))).toMatchObject({ value: 0, detail: { stale: true } });
    expect(fresh(daysBefore(400)).value).toBe(0);
  });

  it('uses the passed-in now, not the clock', () => {
    const later = new Date(NOW.getTime() + 5 * 86_400_000);
    const p = scoreOffering(aRequest(), anOffering({ capacityConfirmedAt: NOW.toISOString() }), later, cfg).parts.find(
      (x) => x.part === 'freshness',
    )!;
    expect(p.value).toBeCloseTo(0.5, 12);
  });

  it('an unparseable timestamp is worth 0 and stale', () => {
    expect(fresh('last tuesday')).toMatchObject({ value: 0, detail: { stale: true } });
  });
});
