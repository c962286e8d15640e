/**
 * The one builder of offerings for tests (not exported from the library's index; other projects
 * import it as `@sanpuku/catalogue-domain/testing`). Places are real: 佐渡市 (JIS 15224) town-block
 * representative points from MLIT 位置参照情報 (via geolonia/japanese-addresses).
 */
import { SERVICE_TAXONOMY_SEED, categoryCodesOf, validateOffering, type Offering, type OfferingValidationContext } from '../index';

export const CATEGORY_CODES = categoryCodesOf(SERVICE_TAXONOMY_SEED);
export const CONTEXT: OfferingValidationContext = { categoryCodes: CATEGORY_CODES };

/** 佐渡市千種 (town-block representative point). */
export const SADO_CHIGUSA = { lat: 38.041521, lng: 138.3643 };

/**
 * A complete, valid offering draft as JSON (a fresh copy on every call); `overrides` replace
 * whole top-level fields, so a test states only what its scenario changes.
 */
export function validOfferingInput(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    id: '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b',
    organizationId: '0b7e6d5c-4b3a-4928-9170-6a5b4c3d2e1f',
    name: 'やまびこ配食サービス',
    description: '管理栄養士が献立を作るお弁当を、安否確認を兼ねて手渡しでお届けします。',
    categories: ['meal_delivery', 'monitoring_emergency'],
    price: { amountYen: 650, unit: 'per_visit' },
    otherCosts: [{ label: '初回登録料', amountYen: 1000, unit: 'one_time' }],
    coverage: 'not_covered',
    eligibility: { careLevels: 'none_required', minAge: 65, maxAge: null },
    schedule: [
      { day: 3, opensAt: '11:00', closesAt: '13:00' },
      { day: 1, opensAt: '11:00', closesAt: '13:00' },
      { day: 5, opensAt: '11:00', closesAt: '13:00' },
    ],
    capacity: { status: 'available', confirmedAt: '2026-11-01T09:00:00+09:00' },
    detailsConfirmedAt: '2026-10-01T10:00:00+09:00',
    languages: ['ja'],
    serviceArea: { kind: 'municipalities', codes: ['15224'] },
    base: SADO_CHIGUSA,
    disclosure: {
      staffQualifications: '管理栄養士1名、調理師2名、配達員は認知症サポーター養成講座修了',
      liabilityInsurance: { enrolled: true, insurer: 'さどがしま損害保険株式会社', coverageSummary: '対人・対物 1事故1億円' },
      complaintDesk: { name: 'お客様相談窓口', phone: '0259-00-0000', email: 'soudan@example.jp' },
      cancellationTerms: '前日17時までのご連絡でキャンセル料はかかりません。当日は弁当代の全額を頂きます。',
      effectClaim: { claimed: false },
    },
    ...structuredClone(overrides),
  };
}

/** `validOfferingInput(overrides)` through the library's validation: a canonical `Offering`. */
export function validOffering(overrides: Record<string, unknown> = {}): Offering {
  const r = validateOffering(validOfferingInput(overrides), CONTEXT);
  if (!r.ok) throw new Error(`fixture offering invalid: ${JSON.stringify(r.errors)}`);
  return r.value;
}
