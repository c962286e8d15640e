import { label, labelKinds } from '@sanpuku/kernel';
import { DENSITY_TIER_LABELS, RECOMMENDED_MODELS, SEED_DEFAULT_POLICY } from '@sanpuku/region-domain';
import { DensityTierCode, SegmentCode } from '../areas/area.model';
import { ClassificationLevelCode } from '../classification/classification.model';
import { DistanceModelCode } from '../classification/classification.input';

describe("region's codes have words", () => {
  it('labels.every-region-enum-value-has-japanese-and-english-words', () => {
    const enums: [string, Record<string, string>][] = [
      ['Segment', SegmentCode],
      ['DensityTier', DensityTierCode],
      ['ClassificationLevel', ClassificationLevelCode],
      ['DistanceModelKind', DistanceModelCode],
    ];
    for (const [kind, e] of enums) {
      const [k] = labelKinds([kind]);
      expect(k?.graphqlEnums).toContain(kind);
      expect(k.labels.map((l) => l.code).sort()).toEqual(Object.values(e).sort());
      for (const l of k.labels) {
        expect(l.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(l.en).toMatch(/^[A-Z]/);
      }
    }
  });

  it("labels.segment-and-tier-say-what-the-domain-rules-say", () => {
    for (const s of ['A', 'B', 'C'] as const) expect(RECOMMENDED_MODELS[s].marketViability.ja).toContain(label('Segment', s).ja);
    for (const t of ['rural', 'general_city', 'large_city'] as const) expect(label('DensityTier', t).ja).toBe(DENSITY_TIER_LABELS[t].ja);
  });

  it('labels.seed-policy-categories-have-words', () => {
    for (const c of SEED_DEFAULT_POLICY.resourceCategories) expect(() => label('ResourceCategory', c)).not.toThrow();
  });
});
