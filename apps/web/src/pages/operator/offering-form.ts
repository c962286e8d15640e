/**
 * The editor's form as data, and the listing it stands for: `draftOf` reads an offering into the
 * form, `inputOf` writes the form back as the whole listing the API takes (an update replaces every
 * field, so what the form does not show is carried over from the offering), `subjectOf` gives the
 * disclosure facts the live checklist reads. Pure, so spec/offering-form.spec.ts can check them.
 */
import type { OfferingForEditQuery as OfferingData, OfferingInput } from '../../gql/graphql';
import type { LatLng } from '../../ui/map/area-geometry';

export interface AreaValue {
  /** `polygon`: drawn elsewhere (API, HSDS import); kept as it is unless the operator switches to another kind. */
  kind: 'municipalities' | 'radius' | 'polygon';
  municipalityCodes: string[];
  centre: LatLng | null;
  /** As typed, in km. */
  radiusKm: string;
  /** Radius areas: the municipalities the circle reaches (their staff review the listing). */
  served: string[];
}

export type Offering = OfferingData['offering'];
export type YesNo = '' | 'yes' | 'no';
export interface Slot {
  on: boolean;
  opensAt: string;
  closesAt: string;
}
export interface Draft {
  title: string;
  description: string;
  categories: string[];
  area: AreaValue;
  amountYen: string;
  unit: string;
  includes: string;
  coverage: string;
  certificationRequired: boolean;
  careLevels: string[];
  schedule: Slot[];
  capacityStatus: string;
  staffQualifications: string;
  insurance: YesNo;
  insurer: string;
  insuranceSummary: string;
  deskName: string;
  deskPhone: string;
  deskEmail: string;
  cancellationTerms: string;
  effect: YesNo;
  claim: string;
  evidence: string;
}

/** Monday first, as a Japanese week is read; day numbers are the API's (0 = Sunday). */
export const WEEK = [1, 2, 3, 4, 5, 6, 0];
export const UNITS = ['per_visit', 'per_hour', 'per_month', 'free'];
export const COVERAGES = ['not_covered', 'covered'];
export const CARE_LEVELS = ['support_1', 'support_2', 'care_1', 'care_2', 'care_3', 'care_4', 'care_5'];
export const CAPACITY = ['available', 'waitlist', 'full'];
export const EDITABLE = ['draft', 'returned'];

const emptySchedule = (): Slot[] => Array.from({ length: 7 }, () => ({ on: false, opensAt: '09:00', closesAt: '17:00' }));

export function emptyDraft(desk?: { name: string; phone?: string | null; email?: string | null } | null): Draft {
  return {
    title: '',
    description: '',
    categories: [],
    area: { kind: 'municipalities', municipalityCodes: [], centre: null, radiusKm: '5', served: [] },
    amountYen: '',
    unit: 'per_visit',
    includes: '',
    coverage: '',
    certificationRequired: false,
    careLevels: [],
    schedule: emptySchedule(),
    capacityStatus: 'available',
    staffQualifications: '',
    insurance: '',
    insurer: '',
    insuranceSummary: '',
    deskName: desk?.name ?? '',
    deskPhone: desk?.phone ?? '',
    deskEmail: desk?.email ?? '',
    cancellationTerms: '',
    effect: '',
    claim: '',
    evidence: '',
  };
}

export function draftOf(o: Offering): Draft {
  const schedule = emptySchedule();
  for (const s of o.schedule) schedule[s.day] = { on: true, opensAt: s.opensAt, closesAt: s.closesAt };
  const d = o.disclosure;
  const a = o.serviceArea;
  return {
    title: o.title,
    description: o.description ?? '',
    categories: [...o.categories],
    area:
      a.kind === 'polygon'
        ? { kind: 'polygon', municipalityCodes: [], centre: null, radiusKm: '5', served: [...o.servedMunicipalityCodes] }
        : a.kind === 'radius' && a.center
        ? { kind: 'radius', municipalityCodes: [], centre: { lat: a.center.lat, lng: a.center.lng }, radiusKm: String((a.radiusM ?? 0) / 1000), served: [...o.servedMunicipalityCodes] }
        : { kind: 'municipalities', municipalityCodes: [...(a.municipalityCodes ?? [])], centre: null, radiusKm: '5', served: [] },
    amountYen: String(o.price.amountYen),
    unit: o.price.unit,
    includes: o.price.includes ?? '',
    coverage: o.coverage,
    certificationRequired: o.eligibility.certificationRequired,
    careLevels: [...o.eligibility.careLevels],
    schedule,
    capacityStatus: o.capacity.status,
    staffQualifications: d.staffQualifications ?? '',
    insurance: d.liabilityInsurance ? (d.liabilityInsurance.enrolled ? 'yes' : 'no') : '',
    insurer: d.liabilityInsurance?.insurer ?? '',
    insuranceSummary: d.liabilityInsurance?.coverageSummary ?? '',
    deskName: d.complaintDesk?.name ?? '',
    deskPhone: d.complaintDesk?.phone ?? '',
    deskEmail: d.complaintDesk?.email ?? '',
    cancellationTerms: d.cancellationTerms ?? '',
    effect: d.effectClaim ? (d.effectClaim.claimed ? 'yes' : 'no') : '',
    claim: d.effectClaim?.claim ?? '',
    evidence: d.effectClaim?.evidence ?? '',
  };
}

const blank = (s: string) => (s.trim() ? s.trim() : undefined);

/** The whole listing as the API takes it (an update replaces every field): what the form does not show is carried over. */
export function inputOf(f: Draft, kept: Offering | undefined): OfferingInput {
  const amount = f.unit === 'free' ? 0 : Number(f.amountYen);
  const radius = f.area.kind === 'radius';
  return {
    title: f.title.trim(),
    titleEn: kept?.titleEn ?? undefined,
    description: blank(f.description),
    descriptionEn: kept?.descriptionEn ?? undefined,
    categories: f.categories,
    price: { amountYen: amount, unit: f.unit as OfferingInput['price']['unit'], includes: blank(f.includes) },
    otherCosts: kept?.otherCosts.map((c) => ({ label: c.label, amountYen: c.amountYen, unit: c.unit })),
    coverage: f.coverage as OfferingInput['coverage'],
    eligibility: {
      certificationRequired: f.certificationRequired,
      careLevels: f.certificationRequired ? (f.careLevels as NonNullable<OfferingInput['eligibility']['careLevels']>) : [],
      minAge: kept?.eligibility.minAge ?? undefined,
      maxAge: kept?.eligibility.maxAge ?? undefined,
      otherConditions: kept?.eligibility.otherConditions ?? undefined,
    },
    schedule: WEEK.filter((d) => f.schedule[d].on).map((day) => ({ day, opensAt: f.schedule[day].opensAt, closesAt: f.schedule[day].closesAt })),
    capacityStatus: f.capacityStatus as OfferingInput['capacityStatus'],
    languages: kept?.languages.length ? kept.languages : ['ja'],
    serviceArea: radius
      ? { kind: 'radius', center: f.area.centre ?? undefined, radiusM: Math.round(Number(f.area.radiusKm) * 1000) }
      : f.area.kind === 'polygon'
        ? { kind: 'polygon', polygon: kept?.serviceArea.polygon ?? undefined }
        : { kind: 'municipalities', municipalityCodes: f.area.municipalityCodes },
    servedMunicipalityCodes: radius || f.area.kind === 'polygon' ? f.area.served : undefined,
    base: radius && f.area.centre ? f.area.centre : kept?.base ? { lat: kept.base.lat, lng: kept.base.lng } : undefined,
    disclosure: {
      staffQualifications: blank(f.staffQualifications),
      cancellationTerms: blank(f.cancellationTerms),
      liabilityInsurance: f.insurance ? { enrolled: f.insurance === 'yes', insurer: f.insurance === 'yes' ? blank(f.insurer) : undefined, coverageSummary: f.insurance === 'yes' ? blank(f.insuranceSummary) : undefined } : undefined,
      complaintDesk: f.deskName.trim() ? { name: f.deskName.trim(), phone: blank(f.deskPhone), email: blank(f.deskEmail) } : undefined,
      effectClaim: f.effect
        ? { claimed: f.effect === 'yes', claim: f.effect === 'yes' ? blank(f.claim) : undefined, evidence: f.effect === 'yes' ? blank(f.evidence) : undefined, evidenceUrl: kept?.disclosure.effectClaim?.evidenceUrl ?? undefined }
        : undefined,
    },
  };
}

/** The disclosure facts as the catalogue's rule reads them, from the form as it is now. */
export function subjectOf(f: Draft) {
  const input = inputOf(f, undefined);
  const priceStated = f.unit === 'free' || (f.amountYen.trim() !== '' && Number.isInteger(Number(f.amountYen)));
  return { price: priceStated ? input.price : undefined, coverage: f.coverage || undefined, disclosure: input.disclosure };
}

