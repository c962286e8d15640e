import { buildDisclosedDetails, DisclosablePersonalData, operatorDetailsVisibility } from './referral-disclosure.policy';

const data: DisclosablePersonalData = {
  fullName: '山田 花子',
  fullNameKana: 'ヤマダ ハナコ',
  addressText: '東京都千代田区一番町1-1',
  contactPhone: '03-0000-0000',
  ageBand: '80_84',
  careLevel: 'care_2',
  livingSituation: 'alone',
  healthNotes: '糖尿病のため食事制限あり',
  needsNote: '夕食の配達を希望',
};

describe('after acceptance the operator sees the consented items and nothing else', () => {
  it('name and address only: every other field is null', () => {
    const d = buildDisclosedDetails(data, ['full_name', 'address']);
    expect(d).toMatchObject({ fullName: '山田 花子', fullNameKana: 'ヤマダ ハナコ', addressText: '東京都千代田区一番町1-1' });
    expect([d.contactPhone, d.ageBand, d.careLevel, d.livingSituation, d.healthNotes, d.needsNote]).toEqual([null, null, null, null, null, null]);
    expect(JSON.stringify(d)).not.toContain('糖尿病');
  });

  it('care level with its Japanese label when consented', () => {
    expect(buildDisclosedDetails(data, ['care_level'])).toMatchObject({ careLevel: 'care_2', careLevelLabel: '要介護2' });
  });
});

describe('when the operator may see details', () => {
  it('not before a details provision was recorded (i.e. before acceptance)', () => {
    expect(operatorDetailsVisibility({ detailsProvided: false, consentWithdrawn: false })).toMatchObject({ visible: false, reason: 'not_accepted' });
  });

  it('after acceptance, while the consent stands', () => {
    expect(operatorDetailsVisibility({ detailsProvided: true, consentWithdrawn: false })).toEqual({ visible: true });
  });

  it('never again once the consent was withdrawn', () => {
    expect(operatorDetailsVisibility({ detailsProvided: true, consentWithdrawn: true })).toMatchObject({ visible: false, reason: 'consent_withdrawn', ja: expect.stringContaining('撤回') });
  });
});
