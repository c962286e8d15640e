import { decideSegment, SEED_DEFAULT_POLICY, sufficiencyPercent } from '../index';

const thresholds = SEED_DEFAULT_POLICY.sufficiencyThresholds;

describe('sufficiency as a percentage', () => {
  it('sufficiency.percent-has-one-decimal-rounded-down', () => {
    expect(sufficiencyPercent(0.12345)).toBe(12.3);
    expect(sufficiencyPercent(0.5)).toBe(50);
    expect(sufficiencyPercent(1)).toBe(100);
    expect(sufficiencyPercent(0)).toBe(0);
    expect(sufficiencyPercent(null)).toBeNull();
  });

  it('sufficiency.percent-never-rounds-across-a-threshold', () => {
    // Just below 80 %: segment B, so the percentage must not read 80.0.
    expect(decideSegment('general_city', 0.79996, thresholds).segment).toBe('B');
    expect(sufficiencyPercent(0.79996)).toBe(79.9);
    expect(decideSegment('general_city', 0.39999, thresholds).segment).toBe('C');
    expect(sufficiencyPercent(0.39999)).toBe(39.9);
    // Within the rule's floating-point tolerance of 80 %: segment A, and it reads 80.0.
    const onThreshold = 0.1 * 8 - 1e-12;
    expect(decideSegment('general_city', onThreshold, thresholds).segment).toBe('A');
    expect(sufficiencyPercent(onThreshold)).toBe(80);
  });
});
