/**
 * Catalogue's offering snapshot (as kept in `offering_read_model.snapshot`) → the matching
 * domain's OfferingReadModel, plus what a shortlist displays. Pure. A snapshot the contract does
 * not accept, or the domain finds malformed, is reported instead of breaking the shortlist.
 */
import { z } from 'zod';
import { OfferingSnapshot } from '@sanpuku/contracts';
import { type OfferingReadModel, validateOffering } from '@sanpuku/matching-domain';

export type Snapshot = z.infer<typeof OfferingSnapshot>;

/** Business listing facts shown next to a candidate (no personal data). */
export interface OfferingDisplay {
  readonly title: string;
  readonly organizationName: string;
  readonly categories: readonly string[];
  readonly coverage: string;
  readonly priceYen: number;
  readonly priceUnit: string;
  readonly capacity: string;
  readonly days: readonly number[];
}

export function toDomainOffering(s: Snapshot): OfferingReadModel {
  return {
    id: s.offeringId,
    organizationId: s.organizationId,
    categories: s.categories,
    coverage: s.coverage,
    priceYen: s.priceYen,
    priceUnit: s.priceUnit,
    eligibleCareLevels: s.eligibleCareLevels,
    minAge: s.minAge,
    maxAge: s.maxAge,
    days: s.days,
    languages: s.languages,
    capacity: s.capacity,
    capacityConfirmedAt: s.capacityConfirmedAt,
    serviceArea: s.serviceArea,
    base: s.base,
  };
}

export function toDisplay(s: Snapshot): OfferingDisplay {
  return {
    title: s.title,
    organizationName: s.organizationName,
    categories: s.categories,
    coverage: s.coverage,
    priceYen: s.priceYen,
    priceUnit: s.priceUnit,
    capacity: s.capacity,
    days: s.days,
  };
}

export type MappedOffering =
  | { readonly ok: true; readonly offering: OfferingReadModel; readonly display: OfferingDisplay }
  | { readonly ok: false; readonly offeringId: string; readonly issues: readonly string[] };

/** Parses a stored snapshot with the contract schema and checks it with the domain's validation. */
export function mapStoredSnapshot(offeringId: string, raw: unknown): MappedOffering {
  const parsed = OfferingSnapshot.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, offeringId, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const offering = toDomainOffering(parsed.data);
  const issues = validateOffering(offering);
  if (issues.length) return { ok: false, offeringId, issues };
  return { ok: true, offering, display: toDisplay(parsed.data) };
}

/**
 * The rotation scope of a request: its municipality and its (sorted) set of needs. Requests with
 * the same scope compete for the same top positions, so they share one exposure state.
 */
export function rotationScopeKey(municipalityCode: string, needs: readonly string[]): string {
  return `${municipalityCode}|${[...new Set(needs)].sort().join('+')}`;
}
