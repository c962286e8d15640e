import { admin, careManagerOffice1, familyX, operatorA, staffChiyoda, staffChuo } from '../access/actors.fixture';
import { canEraseSeniorData, redactCareLevelWords } from './erasure.policy';

const chiyodaRequest = { filedByUserId: familyX.sub, officeId: null, municipalityCode: '13101' };

describe('erasure.only-own-municipality-staff-and-admins-may-erase', () => {
  it('staff of the senior’s municipality and admins may', () => {
    expect(canEraseSeniorData(staffChiyoda, chiyodaRequest, true)).toEqual({ allowed: true });
    expect(canEraseSeniorData(admin, chiyodaRequest, true)).toEqual({ allowed: true });
  });

  it('the family that filed it sees the request but may not erase, and is told whom to ask', () => {
    expect(canEraseSeniorData(familyX, chiyodaRequest, true)).toMatchObject({ allowed: false, hidden: false, ja: expect.stringContaining('市区町村') });
  });

  it('staff of another municipality, operators and other care managers learn nothing (not found)', () => {
    for (const a of [staffChuo, operatorA, careManagerOffice1]) expect(canEraseSeniorData(a, chiyodaRequest, false)).toMatchObject({ allowed: false, hidden: true });
  });
});

describe('erasure.shortlist-words-naming-the-care-level-are-redacted', () => {
  it('replaces the words of care-level outcomes only, keeping filter, result and code', () => {
    const stored = {
      criteriaMet: [
        { filter: 'care_level', passed: true, code: 'care_level_eligible', ja: '要介護度（要介護2）が利用条件を満たしています', en: 'Care level (care level 2) meets the eligibility requirement', detail: { required: ['care_2'] } },
        { filter: 'age', passed: true, code: 'age_within_range', ja: '年齢（80〜84歳）が利用条件を満たしています', en: 'Age band ok' },
      ],
      notes: [],
    };
    const out = redactCareLevelWords(stored);
    expect(out.criteriaMet[0]).toEqual({ ...stored.criteriaMet[0], ja: expect.stringContaining('削除済み'), en: expect.stringContaining('erased') });
    expect(JSON.stringify(out)).not.toContain('要介護2');
    expect(out.criteriaMet[1]).toEqual(stored.criteriaMet[1]);
    expect(stored.criteriaMet[0].ja).toContain('要介護2'); // the input is not changed
  });
});
