/** A valid FileHelpRequestInput, as GraphQL delivers it (test fixture). */
export function aFileHelpRequestInput(o: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    senior: {
      fullName: '山田 花子',
      fullNameKana: 'ヤマダ ハナコ',
      addressText: '東京都千代田区一番町1-1',
      contactPhone: '03-1234-5678',
      careLevel: 'care_2',
      healthNotes: '糖尿病のため食事制限あり',
    },
    ageBand: '80_84',
    municipalityCode: '13101',
    location: { townBlockCode: '131010001001', lat: 35.694, lng: 139.753 },
    livingSituation: 'alone',
    needs: ['meal_delivery'],
    needsNote: '夕食の配達を希望',
    preferences: { coverage: 'any', budgetYen: 800, preferredDays: [1, 3, 5], language: 'ja' },
    acquisitionConsent: { givenBy: 'family', givenByName: '山田 太郎', method: 'written', obtainedAt: new Date('2026-11-20T00:00:00Z') },
    ...o,
  };
}
