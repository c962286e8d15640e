import { classify, InvalidPolicyError, policyRef, SEED_DEFAULT_POLICY, validatePolicy } from '../index';
import { block, IIDABASHI_1, input, municipality, shop, shopAtDistance } from '../testing/classification.fixtures';

const M = municipality({ code: '13101', population: 60_000, areaKm2: 11.66 });
const B = block('b', '13101', IIDABASHI_1.lat, IIDABASHI_1.lng);

describe('the classification policy', () => {
  it('defaults to the seed rules, named and versioned, and cannot be mutated', () => {
    expect(SEED_DEFAULT_POLICY).toMatchObject({
      id: 'seed-default',
      version: 1,
      radiusM: 500,
      distanceModel: { kind: 'ellipsoid', ellipsoid: 'WGS84' },
      densityTiers: { generalCityMinPerKm2: 200, largeCityMinPerKm2: 2000 },
      sufficiencyThresholds: { segmentAMin: 0.8, segmentBMin: 0.4 },
      resourceCategories: ['supermarket', 'convenience', 'drugstore'],
    });
    expect(policyRef(SEED_DEFAULT_POLICY)).toBe('seed-default@1');
    expect(Object.isFrozen(SEED_DEFAULT_POLICY.resourceCategories)).toBe(true);
    expect(() => {
      (SEED_DEFAULT_POLICY as { radiusM: number }).radiusM = 800;
    }).toThrow(TypeError);
    expect(validatePolicy(SEED_DEFAULT_POLICY)).toEqual([]);
  });

  it('rejects an invalid policy with every problem listed', () => {
    const bad = {
      ...SEED_DEFAULT_POLICY,
      id: '',
      version: 0,
      radiusM: -1,
      sufficiencyThresholds: { segmentAMin: 0.3, segmentBMin: 0.4 },
      resourceCategories: [],
    };
    expect(validatePolicy(bad)).toHaveLength(5);
    expect(() => classify(input([M], [B], []), bad)).toThrow(InvalidPolicyError);
  });

  it('counts only the categories it lists', () => {
    const chemist = [shop('c', IIDABASHI_1.lat, IIDABASHI_1.lng, 'chemist')];
    const seed = classify(input([M], [B], chemist));
    expect(seed.municipalities[0].coveredBlockCount).toBe(0);
    expect(seed.stats.ignoredResourceCount).toBe(1);
    expect(seed.diagnostics).toContainEqual(expect.objectContaining({ code: 'resource_category_not_counted', severity: 'info' }));
    const widened = classify(input([M], [B], chemist), {
      ...SEED_DEFAULT_POLICY,
      id: 'with-chemists',
      resourceCategories: [...SEED_DEFAULT_POLICY.resourceCategories, 'chemist'],
    });
    expect(widened.municipalities[0].coveredBlockCount).toBe(1);
    expect(widened.resourceCategories).toContain('chemist');
  });

  it('a different radius is a different policy, and the result says so', () => {
    const s = [shopAtDistance('s', IIDABASHI_1, 10, 700)];
    const seed = classify(input([M], [B], s));
    const wide = classify(input([M], [B], s), { ...SEED_DEFAULT_POLICY, id: 'walk-800', version: 2, radiusM: 800 });
    expect(seed.municipalities[0].sufficiency).toBe(0);
    expect(wide.municipalities[0].sufficiency).toBe(1);
    expect(wide).toMatchObject({ policyId: 'walk-800', policyVersion: 2, policyRef: 'walk-800@2', radiusM: 800 });
  });

  it('the same input and policy give the same result', () => {
    const s = [shopAtDistance('s', IIDABASHI_1, 10, 300)];
    expect(classify(input([M], [B], s))).toEqual(classify(input([M], [B], s)));
  });
});
