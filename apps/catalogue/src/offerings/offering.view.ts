import { label } from '@sanpuku/kernel';
import { assessListingFreshness, findMissingDisclosure, type ConfirmationFreshness, type FreshnessPolicy } from '@sanpuku/catalogue-domain';
import type { OfferingRecord } from './offering.row';
import type {
  ConfirmationFreshnessView,
  ListingStatus,
  OfferingCapacityStatus,
  OfferingCareLevel,
  OfferingCoverage,
  OfferingOtherCostUnit,
  OfferingPriceUnit,
  OfferingView,
  ServiceAreaKind,
} from './offering.model';

const freshnessView = (f: ConfirmationFreshness): ConfirmationFreshnessView => ({
  confirmedAt: f.confirmedAt,
  daysSince: f.daysSince,
  staleAfterDays: f.staleAfterDays,
  stale: f.stale,
});

/** `{ <field>LabelJa, <field>LabelEn }` for a code, from the kernel's label registry. */
function words<F extends string>(field: F, kind: string, code: string): Record<`${F}LabelJa` | `${F}LabelEn`, string> {
  const l = label(kind, code);
  return { [`${field}LabelJa`]: l.ja, [`${field}LabelEn`]: l.en } as Record<`${F}LabelJa` | `${F}LabelEn`, string>;
}

/** The GraphQL view of a stored offering, with its freshness at `now` (pure). */
export function offeringView(r: OfferingRecord, now: Date, policy: FreshnessPolicy): OfferingView {
  const o = r.offering;
  const area = o.serviceArea;
  const freshness = assessListingFreshness(o, now, policy);
  const d = o.disclosure;
  const levels: readonly string[] = o.eligibility.careLevels === 'none_required' ? [] : o.eligibility.careLevels;
  return {
    id: r.id,
    organizationId: r.organizationId,
    organizationName: r.organizationName,
    status: r.status as ListingStatus,
    ...words('status', 'ListingStatus', r.status),
    version: r.version,
    title: o.name,
    titleEn: r.extras.titleEn,
    description: o.description,
    descriptionEn: r.extras.descriptionEn,
    categories: o.categories,
    price: { amountYen: o.price.amountYen, unit: o.price.unit as OfferingPriceUnit, ...words('unit', 'PriceUnit', o.price.unit), includes: r.extras.priceIncludes },
    otherCosts: o.otherCosts.map((c) => ({ label: c.label, amountYen: c.amountYen, unit: c.unit as OfferingOtherCostUnit, ...words('unit', 'PriceUnit', c.unit) })),
    coverage: o.coverage as OfferingCoverage,
    ...words('coverage', 'Coverage', o.coverage),
    eligibility: {
      certificationRequired: o.eligibility.careLevels !== 'none_required',
      careLevels: levels as OfferingCareLevel[],
      careLevelsLabelJa: levels.map((c) => label('CareLevel', c).ja),
      careLevelsLabelEn: levels.map((c) => label('CareLevel', c).en),
      minAge: o.eligibility.minAge,
      maxAge: o.eligibility.maxAge,
      otherConditions: r.extras.eligibilityNotes,
    },
    schedule: o.schedule.map((s) => ({ ...s, ...words('day', 'Weekday', String(s.day)) })),
    capacity: { status: o.capacity.status as OfferingCapacityStatus, ...words('status', 'CapacityStatus', o.capacity.status), confirmedAt: o.capacity.confirmedAt },
    detailsConfirmedAt: o.detailsConfirmedAt,
    languages: o.languages,
    serviceArea: {
      kind: area.kind as ServiceAreaKind,
      ...words('kind', 'ServiceAreaKind', area.kind),
      municipalityCodes: area.kind === 'municipalities' ? area.codes : null,
      center: area.kind === 'radius' ? area.base : null,
      radiusM: area.kind === 'radius' ? area.radiusM : null,
      polygon: area.kind === 'polygon' ? area.geometry.coordinates : null,
    },
    servedMunicipalityCodes: r.extras.servedMunicipalityCodes,
    base: o.base,
    disclosure: {
      staffQualifications: d.staffQualifications,
      liabilityInsurance: d.liabilityInsurance
        ? d.liabilityInsurance.enrolled
          ? { enrolled: true, insurer: d.liabilityInsurance.insurer, coverageSummary: d.liabilityInsurance.coverageSummary }
          : { enrolled: false, insurer: null, coverageSummary: null }
        : null,
      complaintDesk: d.complaintDesk,
      cancellationTerms: d.cancellationTerms,
      effectClaim: d.effectClaim
        ? d.effectClaim.claimed
          ? { claimed: true, claim: d.effectClaim.claim, evidence: d.effectClaim.evidence, evidenceUrl: d.effectClaim.evidenceUrl }
          : { claimed: false, claim: null, evidence: null, evidenceUrl: null }
        : null,
    },
    missingDisclosure: findMissingDisclosure(o),
    freshness: { capacity: freshnessView(freshness.capacity), details: freshnessView(freshness.details), stale: freshness.stale },
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
    publishedAt: r.publishedAt,
  };
}
