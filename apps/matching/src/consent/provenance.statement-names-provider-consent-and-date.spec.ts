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
      'この情報は、依頼者（ケアマネジャー（居宅介護支援事業所））から、本人の同意に基づき Sanpuku を通じて提供されました。' +
        '同意は家族（本人に代わって）から、ケアマネジャーが2026年11月27日に取得しました。要配慮個人情報は2026年11月20日に取得の同意を得て登録されています。',
    );
    expect(s.en).toBe(
      "Provided through Sanpuku by the requester (a care manager at a care-management office) under the senior's consent, " +
        'given by a family member on their behalf and obtained by a care manager on 27 Nov 2026 (Japan time). The special care-required items were collected with consent obtained on 20 Nov 2026.',
    );
  });

  it('provenance.statement-has-no-ids-or-iso-dates: the consent id, the office id and ISO dates stay out of the sentences', () => {
    const s = provenanceStatement(facts);
    for (const text of [s.ja, s.en]) {
      expect(text).not.toContain(facts.consentId);
      expect(text).not.toContain('office-1');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    }
  });

  it('without an office or an acquisition consent, says nothing about them', () => {
    const s = provenanceStatement({ ...facts, providerRole: 'family', providerOfficeId: null, consentGivenBy: 'self', consentObtainedByRole: 'family', acquisitionObtainedAt: null });
    expect(s.ja).toContain('依頼者（ご家族）');
    expect(s.ja).toContain('同意は本人から、ご家族が');
    expect(s.ja).not.toContain('要配慮');
    expect(s.en).not.toContain('office');
  });

  it('Japan dates have no daylight saving: always +09:00', () => {
    expect(japanDate(new Date('2026-06-30T15:00:00Z')).ja).toBe('2026年7月1日');
    expect(japanDate(new Date('2026-12-31T14:59:59Z')).en).toBe('31 Dec 2026');
  });
});
