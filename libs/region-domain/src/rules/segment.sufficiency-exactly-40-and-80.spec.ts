import { classify, decideSegment, SEED_DEFAULT_POLICY, TownBlockInput } from '../index';
import { geodesicDirect } from '@sanpuku/kernel';
import { block, input, municipality, shop } from '../testing/classification.fixtures';

const T = SEED_DEFAULT_POLICY.sufficiencyThresholds;

describe('segment rule (lower bounds inclusive)', () => {
  it.each([
    ['general_city', 1, 'A'],
    ['general_city', 0.8, 'A'],
    ['general_city', 0.7999, 'B'],
    ['general_city', 0.4, 'B'],
    ['general_city', 0.3999, 'C'],
    ['general_city', 0, 'C'],
    ['large_city', 0.8, 'A'],
    ['large_city', 0.4, 'B'],
    ['large_city', 0.39, 'C'],
    ['rural', 1, 'C'],
    ['rural', 0.8, 'C'],
  ] as const)('%s with sufficiency %p → %s', (tier, sufficiency, segment) => {
    expect(decideSegment(tier, sufficiency, T).segment).toBe(segment);
  });

  it('explains which rule decided', () => {
    expect(decideSegment('rural', 0.9, T).reason).toBe('rural');
    expect(decideSegment('general_city', 0.8, T).reason).toBe('sufficiency_at_least_a');
    expect(decideSegment('general_city', 0.4, T).reason).toBe('sufficiency_at_least_b');
    expect(decideSegment('general_city', 0.39, T).reason).toBe('sufficiency_below_b');
    expect(decideSegment('general_city', null, T)).toEqual({ segment: 'C', reason: 'sufficiency_undefined' });
  });
});

/** n blocks 3 km apart in a row (no shop reaches two of them); a shop on each of the first k. */
function scenario(n: number, k: number, pop75Plus: number) {
  const blocks: TownBlockInput[] = [];
  for (let i = 0; i < n; i++) {
    const p = geodesicDirect(35.0, 135.0, 90, 3000 * i);
    blocks.push(block(`b${i}`, '26100', p.lat, p.lng));
  }
  const shops = blocks.slice(0, k).map((b, i) => shop(`s${i}`, b.lat, b.lng));
  // Dense city; care3+ 0 so at-home elderly = apportioned 75+.
  return input([municipality({ code: '26100', population: 50_000, areaKm2: 10, pop75Plus, care3Plus: 0 })], blocks, shops);
}

describe('sufficiency exactly on the thresholds, end to end', () => {
  it('4 of 5 equal blocks covered = exactly 80 % → A (even when the float ratio is 0.7999999999999999)', () => {
    // 3 people split over 5 blocks: 0.6 each; 0.6·4 / (0.6·5) evaluates to 0.7999999999999999.
    const m = classify(scenario(5, 4, 3)).municipalities[0];
    expect(m.coveredBlockCount).toBe(4);
    expect(m.sufficiency).toBeLessThan(0.8);
    expect(m.sufficiency).toBeCloseTo(0.8, 12);
    expect(m.segment).toBe('A');
    expect(m.segmentReason).toBe('sufficiency_at_least_a');
  });

  it('2 of 5 covered = exactly 40 % → B', () => {
    const m = classify(scenario(5, 2, 1000)).municipalities[0];
    expect(m.sufficiency).toBeCloseTo(0.4, 12);
    expect(m.segment).toBe('B');
  });

  it('3 of 8 covered = 37.5 % → C; 7 of 8 = 87.5 % → A; 6 of 8 = 75 % → B', () => {
    expect(classify(scenario(8, 3, 800)).municipalities[0].segment).toBe('C');
    expect(classify(scenario(8, 7, 800)).municipalities[0].segment).toBe('A');
    expect(classify(scenario(8, 6, 800)).municipalities[0].segment).toBe('B');
  });

  it('each segment carries its recommended co-creation model in Japanese and English', () => {
    const a = classify(scenario(5, 5, 100)).municipalities[0].recommendedModel;
    const b = classify(scenario(5, 2, 100)).municipalities[0].recommendedModel;
    const c = classify(scenario(5, 0, 100)).municipalities[0].recommendedModel;
    expect(a).toMatchObject({ segment: 'A', code: 'lead_new_resource_development' });
    expect(a.title.ja).toContain('他地域にも展開し得る新たな資源開発');
    expect(a.examples.en).toContain('service-development lab functions');
    expect(b).toMatchObject({ segment: 'B', code: 'use_existing_local_resources' });
    expect(b.examples.ja).toContain('ローカルマーケティング支援を通じた資源充足');
    expect(c).toMatchObject({ segment: 'C', code: 'maintain_most_needed_resources' });
    expect(c.examples.ja.join()).toContain('地域協同プラットフォーム');
    expect(c.examples.en.join()).toContain('public programmes');
  });
});
