/**
 * From the GraphQL offering input to the domain's offering draft (pure). The GraphQL input
 * mirrors the domain model with a few changes for clients: `title` (domain `name`), a
 * `capacityStatus` whose confirmation time the server sets, a flat service-area input with a
 * `kind`, and eligibility as `certificationRequired` + `careLevels`. Validation is the domain's
 * `validateOffering`; its JSON Pointers are translated back to the input's field names, and the
 * catalogue-only fields (English texts, what the price includes, other eligibility conditions,
 * the municipalities a radius/polygon area serves) are checked here, all problems at once.
 */
import {
  fieldError,
  jsonPointer,
  validateOffering,
  type Capacity,
  type ComplaintDesk,
  type FieldError,
  type MessagePair,
  type Offering,
  type OfferingValidationContext,
} from '@sanpuku/catalogue-domain';

export interface LatLngShape {
  lat: number;
  lng: number;
}

/** The shape of the GraphQL `OfferingInput` (offering.model.ts implements it). */
export interface OfferingInputShape {
  title: string;
  titleEn?: string | null;
  description?: string | null;
  descriptionEn?: string | null;
  categories: string[];
  price: { amountYen: number; unit: string; includes?: string | null };
  otherCosts?: Array<{ label: string; amountYen: number; unit: string }> | null;
  coverage: string;
  eligibility: {
    certificationRequired: boolean;
    careLevels?: string[] | null;
    minAge?: number | null;
    maxAge?: number | null;
    otherConditions?: string | null;
  };
  schedule?: Array<{ day: number; opensAt: string; closesAt: string }> | null;
  capacityStatus?: string | null;
  languages?: string[] | null;
  serviceArea: {
    kind: string;
    municipalityCodes?: string[] | null;
    center?: LatLngShape | null;
    radiusM?: number | null;
    polygon?: number[][][] | null;
  };
  servedMunicipalityCodes?: string[] | null;
  base?: LatLngShape | null;
  disclosure?: {
    staffQualifications?: string | null;
    liabilityInsurance?: { enrolled: boolean; insurer?: string | null; coverageSummary?: string | null } | null;
    complaintDesk?: { name: string; phone?: string | null; email?: string | null } | null;
    cancellationTerms?: string | null;
    effectClaim?: { claimed: boolean; claim?: string | null; evidence?: string | null; evidenceUrl?: string | null } | null;
  } | null;
}

/** Catalogue-only facts of an offering (not part of the domain model, the events or HSDS). */
export interface OfferingExtras {
  titleEn: string | null;
  descriptionEn: string | null;
  /** What the headline price includes (e.g. 弁当代・配達料込み); reviewed with the price. */
  priceIncludes: string | null;
  /** Other eligibility conditions in words (e.g. 「要介護者と同居のご家族も利用可」). */
  eligibilityNotes: string | null;
  /**
   * The municipalities the offering serves (5-digit JIS). For a municipality-list area it is
   * that list; for a radius or polygon area the operator declares it (required to submit):
   * reviewers of these municipalities review the listing, and a municipality search finds it.
   */
  servedMunicipalityCodes: string[];
}

export const CATALOGUE_INPUT_MESSAGES = {
  not_applicable_for_kind: {
    ja: 'サービス提供地域の種類「{kind}」では指定できない項目です。',
    en: 'This field does not apply to a service area of kind "{kind}".',
  },
  care_levels_without_certification: {
    ja: '「要介護認定は不要」の場合、対象の要介護度は指定できません。',
    en: 'Care levels cannot be listed when no certification is required.',
  },
  served_municipalities_not_applicable: {
    ja: '市区町村単位の提供地域では、提供先の市区町村は提供地域の一覧そのものです（別途指定できません）。',
    en: 'A municipality-list area serves exactly its municipalities; do not list them again.',
  },
  served_municipalities_required: {
    ja: '半径・区域指定の提供地域では、審査と市区町村検索のため、提供先の市区町村を1つ以上指定してください。',
    en: 'A radius or polygon area must list the municipalities it serves (for review and municipality search).',
  },
  served_municipality_invalid: {
    ja: '市区町村コード「{value}」は5桁の全国地方公共団体コード（JIS X 0402）ではありません。',
    en: 'Municipality code "{value}" is not a 5-digit JIS X 0402 code.',
  },
  served_municipality_duplicate: { ja: '市区町村コード「{value}」が重複しています。', en: 'Municipality code "{value}" is listed twice.' },
  too_many: { ja: '{max}件以内で指定してください。', en: 'List at most {max} entries.' },
  text_too_long: { ja: '{max}文字以内で入力してください。', en: 'Use at most {max} characters.' },
} as const satisfies Record<string, MessagePair>;

type Code = keyof typeof CATALOGUE_INPUT_MESSAGES;
const err = (path: Array<string | number>, code: Code, params?: Record<string, unknown>): FieldError =>
  fieldError(jsonPointer(path), code, CATALOGUE_INPUT_MESSAGES[code], params);

const JIS5 = /^(0[1-9]|[1-3]\d|4[0-7])\d{3}$/;
const MAX_SERVED = 300;

/** Domain offering path → GraphQL input path (`/name` → `/title`, `/serviceArea/codes/1` → `/serviceArea/municipalityCodes/1`…). */
export function toInputPath(domainPath: string): string {
  const rules: Array<[RegExp, string]> = [
    [/^\/name(?=\/|$)/, '/title'],
    [/^\/capacity(\/status|\/confirmedAt)?(?=\/|$)/, '/capacityStatus'],
    [/^\/serviceArea\/codes(?=\/|$)/, '/serviceArea/municipalityCodes'],
    [/^\/serviceArea\/base(?=\/|$)/, '/serviceArea/center'],
    [/^\/serviceArea\/geometry\/coordinates(?=\/|$)/, '/serviceArea/polygon'],
    [/^\/serviceArea\/geometry(\/type)?$/, '/serviceArea/polygon'],
  ];
  for (const [re, to] of rules) if (re.test(domainPath)) return domainPath.replace(re, to);
  return domainPath;
}

const blankToNull = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function optionalText(errors: FieldError[], path: string[], v: string | null | undefined, max: number): string | null {
  const t = blankToNull(v);
  if (t !== null && t.length > max) errors.push(err(path, 'text_too_long', { max }));
  return t;
}

export interface DraftContext {
  id: string;
  organizationId: string;
  /** The current capacity (update), used when the input has no capacityStatus; null on create. */
  currentCapacity: Capacity | null;
  detailsConfirmedAt: string;
  /** ISO time for a capacity status given in the input. */
  now: string;
  /** The organization's complaint desk, used when a new offering states none. */
  defaultComplaintDesk: ComplaintDesk | null;
}

export type DraftResult = { ok: true; offering: Offering; extras: OfferingExtras } | { ok: false; errors: FieldError[] };

/** Builds the domain draft (JSON, unvalidated) and checks the input-only rules. */
export function draftOf(input: OfferingInputShape, ctx: DraftContext): { draft: Record<string, unknown>; extras: OfferingExtras; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const area = input.serviceArea ?? ({} as OfferingInputShape['serviceArea']);
  const kind = area.kind;
  const present = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
  const applicable: Record<string, Array<'municipalityCodes' | 'center' | 'radiusM' | 'polygon'>> = {
    municipalities: ['municipalityCodes'],
    radius: ['center', 'radiusM'],
    polygon: ['polygon'],
  };
  for (const f of ['municipalityCodes', 'center', 'radiusM', 'polygon'] as const) {
    if (applicable[kind] && !applicable[kind].includes(f) && present(area[f])) errors.push(err(['serviceArea', f], 'not_applicable_for_kind', { kind }));
  }
  const serviceArea =
    kind === 'municipalities'
      ? { kind, codes: area.municipalityCodes }
      : kind === 'radius'
        ? { kind, base: area.center, radiusM: area.radiusM }
        : kind === 'polygon'
          ? { kind, geometry: area.polygon == null ? undefined : { type: 'Polygon', coordinates: area.polygon } }
          : { kind };

  const e = input.eligibility ?? ({} as OfferingInputShape['eligibility']);
  let careLevels: unknown;
  if (e.certificationRequired === false) {
    if (present(e.careLevels)) errors.push(err(['eligibility', 'careLevels'], 'care_levels_without_certification'));
    careLevels = 'none_required';
  } else {
    careLevels = e.careLevels ?? [];
  }

  let capacity: unknown;
  if (input.capacityStatus != null) capacity = { status: input.capacityStatus, confirmedAt: ctx.now };
  else if (ctx.currentCapacity) capacity = ctx.currentCapacity;
  // else: the domain reports /capacity as required (→ /capacityStatus).

  const d = input.disclosure ?? {};
  const li = d.liabilityInsurance;
  const ec = d.effectClaim;
  const draft: Record<string, unknown> = {
    id: ctx.id,
    organizationId: ctx.organizationId,
    name: input.title,
    description: input.description ?? null,
    categories: input.categories,
    price: input.price ? { amountYen: input.price.amountYen, unit: input.price.unit } : undefined,
    otherCosts: input.otherCosts ?? [],
    coverage: input.coverage,
    eligibility: { careLevels, minAge: e.minAge ?? null, maxAge: e.maxAge ?? null },
    schedule: input.schedule ?? [],
    capacity,
    detailsConfirmedAt: ctx.detailsConfirmedAt,
    languages: input.languages ?? ['ja'],
    serviceArea,
    base: input.base ?? null,
    disclosure: {
      staffQualifications: d.staffQualifications ?? null,
      liabilityInsurance: li == null ? null : li.enrolled ? { enrolled: true, insurer: li.insurer ?? null, coverageSummary: li.coverageSummary ?? null } : { enrolled: false },
      complaintDesk: d.complaintDesk ?? ctx.defaultComplaintDesk ?? null,
      cancellationTerms: d.cancellationTerms ?? null,
      effectClaim:
        ec == null ? null : ec.claimed ? { claimed: true, claim: ec.claim ?? null, evidence: ec.evidence ?? null, evidenceUrl: ec.evidenceUrl ?? null } : { claimed: false },
    },
  };

  let served: string[] = [];
  const declared = input.servedMunicipalityCodes ?? [];
  if (kind === 'municipalities') {
    if (declared.length > 0) errors.push(err(['servedMunicipalityCodes'], 'served_municipalities_not_applicable'));
  } else {
    if (declared.length > MAX_SERVED) errors.push(err(['servedMunicipalityCodes'], 'too_many', { max: MAX_SERVED }));
    const seen = new Set<string>();
    declared.forEach((c, i) => {
      if (!JIS5.test(c)) errors.push(err(['servedMunicipalityCodes', i], 'served_municipality_invalid', { value: c }));
      else if (seen.has(c)) errors.push(err(['servedMunicipalityCodes', i], 'served_municipality_duplicate', { value: c }));
      seen.add(c);
    });
    served = [...seen];
  }

  const extras: OfferingExtras = {
    titleEn: optionalText(errors, ['titleEn'], input.titleEn, 200),
    descriptionEn: optionalText(errors, ['descriptionEn'], input.descriptionEn, 4000),
    priceIncludes: optionalText(errors, ['price', 'includes'], input.price?.includes, 1000),
    eligibilityNotes: optionalText(errors, ['eligibility', 'otherConditions'], e.otherConditions, 2000),
    servedMunicipalityCodes: served,
  };
  return { draft, extras, errors };
}

/**
 * The validated offering and its extras, or every problem (input paths). Municipality codes of
 * a municipality-list area become the served municipalities.
 */
export function validateOfferingInput(input: OfferingInputShape, ctx: DraftContext, validation: OfferingValidationContext): DraftResult {
  const { draft, extras, errors } = draftOf(input, ctx);
  const r = validateOffering(draft, validation);
  const all = [...errors, ...(r.ok ? [] : r.errors.map((x) => ({ ...x, path: toInputPath(x.path) })))];
  if (all.length > 0 || !r.ok) return { ok: false, errors: all };
  return { ok: true, offering: r.value, extras: withServed(r.value, extras) };
}

/** Extras whose served municipalities follow the area (municipality list) or the declaration. */
export function withServed(o: Offering, extras: OfferingExtras): OfferingExtras {
  return o.serviceArea.kind === 'municipalities' ? { ...extras, servedMunicipalityCodes: [...o.serviceArea.codes] } : extras;
}

/** What submission needs beyond the domain's readiness: a radius/polygon area names the municipalities it serves. */
export function submissionExtrasErrors(o: Offering, extras: OfferingExtras): FieldError[] {
  if (o.serviceArea.kind !== 'municipalities' && extras.servedMunicipalityCodes.length === 0) return [err(['servedMunicipalityCodes'], 'served_municipalities_required')];
  return [];
}

/**
 * The offering as the listing workflow compares it on an edit: what the price includes travels
 * with the price, so changing it on a published listing sends it back to review like the price.
 */
export function reviewedView(o: Offering, extras: OfferingExtras): Record<string, unknown> {
  return { ...o, price: { ...o.price, includes: extras.priceIncludes } };
}
