/** A complete meal-delivery listing for 高松市 (a GraphQL `OfferingInput`): the one every journey files. */
export function mealOffering(title: string, cancellationTerms: string): Record<string, unknown> {
  return {
    title,
    description: '減塩メニューも選べる夕食を、安否確認を兼ねて手渡しでお届けします。',
    categories: ['meal_delivery'],
    price: { amountYen: 650, unit: 'per_visit', includes: '弁当代・配達料' },
    coverage: 'not_covered',
    eligibility: { certificationRequired: false },
    schedule: [1, 2, 3, 4, 5].map((day) => ({ day, opensAt: '16:00', closesAt: '18:30' })),
    capacityStatus: 'available',
    languages: ['ja'],
    serviceArea: { kind: 'municipalities', municipalityCodes: ['37201'] },
    base: { lat: 34.341273, lng: 134.051529 },
    disclosure: {
      staffQualifications: '管理栄養士1名。配達員は認知症サポーター養成講座を修了しています。',
      liabilityInsurance: { enrolled: true, insurer: 'テスト損害保険株式会社', coverageSummary: '対人・対物 1事故1億円' },
      complaintDesk: { name: 'お客様相談窓口', phone: '087-000-0001' },
      cancellationTerms,
      effectClaim: { claimed: false },
    },
  };
}
