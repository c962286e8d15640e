import { japanDate, provenanceStatement } from './provenance.policy';

describe('the provenance an operator confirms on acceptance (APPI Art. 30)', () => {
  const facts = {
    providerRole: 'care_manager',
    providerOfficeId: 'office-1',
    consentId: 'c0ffee00-0000-4000-8000-000000000001',
    consentGivenBy: 'family' as const,
    consentObtainedByRole: 'care_manager',
    // 2026-11-26 23:30 UTC is already the 27th in Japan.
    consentObtainedAt: new Date('2026-11-26T23:30:00Z'),
    acquisitionObtainedAt: new Date('2026-11-20T01:00:00Z'),
  };

  it('names the provider, the consent, who gave it, who obtained it and when (Japan date), in both languages', () => {
    const s = provenanceStatement(facts);
    expect(s.ja).toBe(
      'この情報は、依頼者（ケアマネジャー・事業所 office-1）から、本人の同意（同意ID c0ffee00-0000-4000-8000-000000000001）に基づき Sanpuku を通じて提供されました。' +
        '同意は家族（本人に代わって）から、ケアマネジャーが 2026-11-27 に取得しました。要配慮個人情報は 2026-11-20 に取得の同意を得て登録されています。',
    );
    expect(s.en).toBe(
      "Provided through Sanpuku by the requester (a care manager, office office-1) under the senior's consent c0ffee00-0000-4000-8000-000000000001, " +
        'given by a family member on their behalf and obtained by a care manager on 2026-11-27 (JST). The special care-required items were collected with consent obtained on 2026-11-20.',
    );
  });

  it('without an office or an acquisition consent, says nothing about them', () => {
    const s = provenanceStatement({ ...facts, providerRole: 'family', providerOfficeId: null, consentGivenBy: 'self', consentObtainedByRole: 'family', acquisitionObtainedAt: null });
    expect(s.ja).toContain('依頼者（ご家族）');
    expect(s.ja).toContain('同意は本人から、ご家族が');
    expect(s.ja).not.toContain('要配慮');
    expect(s.en).not.toContain('office');
  });

  it('Japan dates have no daylight saving: always +09:00', () => {
    expect(japanDate(new Date('2026-06-30T15:00:00Z'))).toBe('2026-07-01');
    expect(japanDate(new Date('2026-12-31T14:59:59Z'))).toBe('2026-12-31');
  });
});
