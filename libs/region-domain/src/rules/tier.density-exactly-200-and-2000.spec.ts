import { classify, densityTier, populationDensity, SEED_DEFAULT_POLICY } from '../index';
import { block, IIDABASHI_1, input, municipality, shop } from '../testing/classification.fixtures';

const TIERS = SEED_DEFAULT_POLICY.densityTiers;

describe('density tiers: rural < 200 ≤ general_city < 2,000 ≤ large_city', () => {
  it.each([
    [0, 'rural'],
    [199.9, 'rural'],
    [200, 'general_city'],
    [200.1, 'general_city'],
    [1999.9, 'general_city'],
    [2000, 'large_city'],
    [25_000, 'large_city'],
  ])('density %p → %s', (density, tier) => {
    expect(densityTier(density, TIERS)).toBe(tier);
  });

  it('exactly 200 and 2,000 stay in the upper tier even when floating-point division lands one ulp below', () => {
    // 34 people on 0.17 km² is exactly 200 /km², but 34 / 0.17 === 199.99999999999997 in IEEE 754.
    expect(populationDensity(34, 0.17)).toBeLessThan(200);
    expect(densityTier(populationDensity(34, 0.17), TIERS)).toBe('general_city');
    // 140 / 0.07 === 1999.9999999999998
    expect(populationDensity(140, 0.07)).toBeLessThan(2000);
    expect(densityTier(populationDensity(140, 0.07), TIERS)).toBe('large_city');
  });

  it('a real shortfall is not forgiven: 199.9999 /km² is rural', () => {
    expect(densityTier(199.9999, TIERS)).toBe('rural');
    expect(densityTier(1999.9999, TIERS)).toBe('general_city');
  });

  it('classification: exactly 200 /km² with full coverage is A; one person fewer is rural, hence C', () => {
    const blocks = [block('b', '01234', IIDABASHI_1.lat, IIDABASHI_1.lng)];
    const shops = [shop('s', IIDABASHI_1.lat, IIDABASHI_1.lng)];
    const at200 = classify(input([municipality({ code: '01234', population: 20_000, areaKm2: 100 })], blocks, shops));
    const below = classify(input([municipality({ code: '01234', population: 19_999, areaKm2: 100 })], blocks, shops));
    expect(at200.municipalities[0]).toMatchObject({ densityPerKm2: 200, tier: 'general_city', sufficiency: 1, segment: 'A' });
    expect(below.municipalities[0]).toMatchObject({ tier: 'rural', sufficiency: 1, segment: 'C', segmentReason: 'rural' });
  });

  it('classification: exactly 2,000 /km² is large_city', () => {
    const run = classify(input([municipality({ code: '13101', population: 116_800, areaKm2: 58.4 })], [], []));
    expect(run.municipalities[0].densityPerKm2).toBeCloseTo(2000, 9);
    expect(run.municipalities[0].tier).toBe('large_city');
  });

  it('thresholds come from the policy', () => {
    const policy = { ...SEED_DEFAULT_POLICY, id: 'strict', densityTiers: { generalCityMinPerKm2: 300, largeCityMinPerKm2: 3000 } };
    const run = classify(input([municipality({ code: '01234', population: 25_000, areaKm2: 100 })], [], []), policy);
    expect(run.municipalities[0].tier).toBe('rural');
    expect(run.policyRef).toBe('strict@1');
  });
});
