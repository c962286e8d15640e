import { buildPseudonymousSummary } from './referral-disclosure.policy';
import { careLevelBand } from '@sanpuku/matching-domain';

describe('before accepting, an operator sees a pseudonymous summary only', () => {
  const facts = { municipalityCode: '13101', needs: ['meal_delivery', 'housework'], careLevelBand: careLevelBand('care_2'), preferredDays: [5, 1] };

  it('shows the area, the requested categories its offering serves, the care-need band and the days', () => {
    expect(buildPseudonymousSummary(facts, ['meal_delivery'])).toEqual({
      municipalityCode: '13101',
      categories: ['meal_delivery'],
      careLevelBand: 'care_1_2',
      careLevelBandJa: '要介護1〜2',
      careLevelBandEn: 'Care level 1–2',
      preferredDays: [1, 5],
      preferredDaysJa: '月・金',
      preferredDaysEn: 'Mon, Fri',
      items: ['municipality', 'needs', 'care_level_band', 'preferred_days'],
    });
  });

  it('is built from the matchable facts alone: there is no input through which a name, address or note could enter', () => {
    const keys = Object.keys(buildPseudonymousSummary(facts, ['meal_delivery'])).sort();
    expect(keys).toEqual(
      ['careLevelBand', 'careLevelBandEn', 'careLevelBandJa', 'categories', 'items', 'municipalityCode', 'preferredDays', 'preferredDaysEn', 'preferredDaysJa'].sort(),
    );
  });

  it('the exact care level is reduced to a band (要介護3〜5 are all “3 or higher”)', () => {
    expect(['care_3', 'care_4', 'care_5'].map((l) => careLevelBand(l as 'care_3'))).toEqual(['care_3_plus', 'care_3_plus', 'care_3_plus']);
    expect(careLevelBand('support_2')).toBe('support');
    expect(careLevelBand('none')).toBe('none');
  });
});
