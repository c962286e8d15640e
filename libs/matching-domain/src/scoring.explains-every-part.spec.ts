import { DEFAULT_MATCHING_CONFIG, SCORE_PARTS, scoreOffering } from '@sanpuku/matching-domain';
import { aRequest, anOffering, daysBefore, NOW } from './testing/matching.fixtures';

describe('the score is explained part by part and adds up', () => {
  const request = aRequest({
    needs: ['meal_delivery', 'monitoring_emergency'],
    location: { lat: 35.694, lng: 139.753 },
    preferences: { budgetYen: 500 },
  });
  const offering = anOffering({
    categories: ['meal_delivery'],
    priceYen: 600,
    base: { lat: 35.694, lng: 139.753 },
    capacityConfirmedAt: daysBefore(15),
  });
  const { score, parts } = scoreOffering(request, offering, NOW, DEFAULT_MATCHING_CONFIG.scoring);

  it('has exactly the four named parts, each with weight, value, points and ja/en text', () => {
    expect(parts.map((p) => p.part)).toEqual([...SCORE_PARTS]);
    for (const p of parts) {
      expect(p.value).toBeGreaterThanOrEqual(0);
      expect(p.value).toBeLessThanOrEqual(1);
      expect(p.ja.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
      expect(p.points).toBeCloseTo(100 * p.normalizedWeight * p.value, 2);
    }
  });

  it('each part reflects its input: 0 m, 1 of 2 needs, 20 % over budget, 15 of 30 days', () => {
    const byName = Object.fromEntries(parts.map((p) => [p.part, p]));
    expect(byName.distance.value).toBe(1);
    expect(byName.needs_coverage.value).toBe(0.5);
    expect(byName.price.value).toBeCloseTo(1 - 0.2 / 0.5, 10);
    expect(byName.freshness.value).toBeCloseTo(0.5, 10);
    expect(byName.needs_coverage.en).toBe('Covers 1 of 2 requested categories');
    expect(byName.needs_coverage.ja).toBe('ご希望2分野のうち1分野に対応');
  });

  it('the total is the sum of the parts’ points (0–100)', () => {
    // 30·1 + 40·0.5 + 15·0.6 + 15·0.5 = 66.5
    expect(score).toBe(66.5);
    expect(score).toBeCloseTo(parts.reduce((s, p) => s + p.points, 0), 10);
  });
});
