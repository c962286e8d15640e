import { evaluateHardFilters, FILTER_REASON_CODES, filterReasonMessage, HARD_FILTERS } from '@sanpuku/matching-domain';
import { aRequest, anOffering } from './testing/matching.fixtures';

describe('every filter reports an explicit reason in Japanese and English', () => {
  it('every reason code has non-empty ja and en messages', () => {
    for (const code of FILTER_REASON_CODES) {
      const m = filterReasonMessage(code);
      expect(m.ja.length).toBeGreaterThan(0);
      expect(m.en.length).toBeGreaterThan(0);
      expect(m.ja).not.toEqual(m.en);
    }
  });

  it('all filters run even after a failure, each with filled-in messages', () => {
    const ev = evaluateHardFilters(
      aRequest({ needs: ['mobility'], careLevel: 'none', preferences: { preferredDays: [0] } }),
      anOffering({
        capacity: 'full',
        coverage: 'covered',
        eligibleCareLevels: ['care_3'],
        minAge: 90,
        serviceArea: { kind: 'municipalities', codes: ['01100'] },
      }),
    );
    expect(ev.outcomes.map((o) => o.filter)).toEqual([...HARD_FILTERS]);
    expect(ev.failed.map((o) => o.code)).toEqual([
      'category_no_match',
      'area_municipality_not_listed',
      'care_level_not_eligible',
      'age_out_of_range',
      'covered_requires_certification',
      'schedule_no_overlap',
      'capacity_full',
    ]);
    for (const o of ev.outcomes) {
      expect(o.ja).not.toMatch(/\{[a-z_]+\}/);
      expect(o.en).not.toMatch(/\{[a-z_]+\}/);
    }
  });
});
