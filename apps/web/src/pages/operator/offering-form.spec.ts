/**
 * The editor's form ↔ listing mapping: saving what was loaded changes nothing, including the
 * fields the form does not show (an update replaces the whole listing); a radius is sent in metres
 * with the municipalities it reaches; a polygon drawn elsewhere is kept; the live checklist reads
 * an empty form as the catalogue would.
 */
import { draftOf, emptyDraft, inputOf, subjectOf, type Offering } from './offering-form';
import { missingDisclosure } from '../../ui/disclosure-check';

function offering(over: Partial<Offering> = {}): Offering {
  return {
    id: 'o1',
    title: '夕食お届け',
    titleEn: 'Evening meals',
    description: '手渡しでお届けします。',
    descriptionEn: 'Handed over in person.',
    status: 'returned',
    statusLabelJa: '差し戻し',
    statusLabelEn: 'Returned',
    categories: ['meal_delivery', 'monitoring_emergency'],
    coverage: 'not_covered',
    languages: ['ja', 'en'],
    base: { lat: 34.34, lng: 134.05 },
    price: { amountYen: 650, unit: 'per_visit', includes: '弁当代' },
    otherCosts: [{ label: '初回登録料', amountYen: 1000, unit: 'one_time' }],
    eligibility: { certificationRequired: true, careLevels: ['care_1', 'care_2'], minAge: 65, maxAge: null, otherConditions: '市内在住の方' },
    schedule: [
      { day: 3, opensAt: '16:00', closesAt: '18:30' },
      { day: 1, opensAt: '16:00', closesAt: '18:30' },
    ],
    capacity: { status: 'waitlist' },
    serviceArea: { kind: 'municipalities', municipalityCodes: ['37201', '37341'], center: null, radiusM: null, polygon: null },
    servedMunicipalityCodes: ['37201', '37341'],
    disclosure: {
      cancellationTerms: '前日まで無料',
      staffQualifications: '管理栄養士',
      complaintDesk: { name: '相談室', phone: '087-000-0001', email: null },
      liabilityInsurance: { enrolled: true, insurer: 'テスト損保', coverageSummary: '1億円' },
      effectClaim: { claimed: true, claim: '低栄養の予防', evidence: '利用者調査', evidenceUrl: 'https://example.jp/report' },
    },
    missingDisclosure: [],
    history: [],
    ...over,
  };
}

describe('the offering editor’s form', () => {
  it('saving a listing as loaded sends it back unchanged, with the fields the form does not show', () => {
    const o = offering();
    expect(inputOf(draftOf(o), o)).toEqual({
      title: '夕食お届け',
      titleEn: 'Evening meals',
      description: '手渡しでお届けします。',
      descriptionEn: 'Handed over in person.',
      categories: ['meal_delivery', 'monitoring_emergency'],
      price: { amountYen: 650, unit: 'per_visit', includes: '弁当代' },
      otherCosts: [{ label: '初回登録料', amountYen: 1000, unit: 'one_time' }],
      coverage: 'not_covered',
      eligibility: { certificationRequired: true, careLevels: ['care_1', 'care_2'], minAge: 65, maxAge: undefined, otherConditions: '市内在住の方' },
      // Monday first, as the form lists the days.
      schedule: [
        { day: 1, opensAt: '16:00', closesAt: '18:30' },
        { day: 3, opensAt: '16:00', closesAt: '18:30' },
      ],
      capacityStatus: 'waitlist',
      languages: ['ja', 'en'],
      serviceArea: { kind: 'municipalities', municipalityCodes: ['37201', '37341'] },
      servedMunicipalityCodes: undefined,
      base: { lat: 34.34, lng: 134.05 },
      disclosure: {
        staffQualifications: '管理栄養士',
        cancellationTerms: '前日まで無料',
        liabilityInsurance: { enrolled: true, insurer: 'テスト損保', coverageSummary: '1億円' },
        complaintDesk: { name: '相談室', phone: '087-000-0001', email: undefined },
        effectClaim: { claimed: true, claim: '低栄養の予防', evidence: '利用者調査', evidenceUrl: 'https://example.jp/report' },
      },
    });
  });

  it('a radius goes out in metres around its centre, which is also the base, with the municipalities it reaches', () => {
    const o = offering({ serviceArea: { kind: 'radius', municipalityCodes: null, center: { lat: 34.3, lng: 134.0 }, radiusM: 8000, polygon: null }, servedMunicipalityCodes: ['37201'] });
    const d = draftOf(o);
    expect(d.area).toEqual({ kind: 'radius', municipalityCodes: [], centre: { lat: 34.3, lng: 134.0 }, radiusKm: '8', served: ['37201'] });
    const input = inputOf({ ...d, area: { ...d.area, radiusKm: '2.5' } }, o);
    expect([input.serviceArea, input.servedMunicipalityCodes, input.base]).toEqual([{ kind: 'radius', center: { lat: 34.3, lng: 134.0 }, radiusM: 2500 }, ['37201'], { lat: 34.3, lng: 134.0 }]);
  });

  it('a polygon drawn elsewhere is kept as it is, with its declared municipalities', () => {
    const polygon = [
      [
        [134.0, 34.3],
        [134.1, 34.3],
        [134.1, 34.4],
        [134.0, 34.3],
      ],
    ];
    const o = offering({ serviceArea: { kind: 'polygon', municipalityCodes: null, center: null, radiusM: null, polygon }, servedMunicipalityCodes: ['37201'] });
    const input = inputOf(draftOf(o), o);
    expect([input.serviceArea, input.servedMunicipalityCodes]).toEqual([{ kind: 'polygon', polygon }, ['37201']]);
  });

  it('unchecking 「認定が必要」 sends no care levels; a free service is 0 yen whatever was typed', () => {
    const o = offering();
    const input = inputOf({ ...draftOf(o), certificationRequired: false, unit: 'free', amountYen: '650' }, o);
    expect([input.eligibility.careLevels, input.price.amountYen, input.price.unit]).toEqual([[], 0, 'free']);
  });

  it('the live checklist reads an empty form as the catalogue would: everything missing but the desk copied from the organisation', () => {
    const empty = emptyDraft({ name: 'お客様相談室', phone: '087-000-2222' });
    expect(missingDisclosure(subjectOf(empty)).map((m) => m.key)).toEqual(['price', 'coverage', 'staffQualifications', 'liabilityInsurance', 'cancellationTerms', 'effectEvidence']);
    expect(missingDisclosure(subjectOf(emptyDraft(null))).map((m) => m.key)).toContain('complaintDesk');
    // A price typed but not a whole number of yen is not stated yet.
    expect(missingDisclosure(subjectOf({ ...empty, amountYen: '6.5' })).map((m) => m.key)).toContain('price');
    expect(missingDisclosure(subjectOf({ ...empty, amountYen: '650' })).map((m) => m.key)).not.toContain('price');
  });
});
