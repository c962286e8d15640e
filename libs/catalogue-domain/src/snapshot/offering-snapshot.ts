import type { z } from 'zod';
import type { OfferingSnapshot } from '@sanpuku/contracts';
import type { Offering } from '../model/offering.model';
import { distanceBaseOf } from '../service-area/service-area';

/**
 * The fields of the `catalogue.offering.published/updated` event (OfferingSnapshot in
 * @sanpuku/contracts) that come from the offering itself. The catalogue service adds
 * offeringId, organizationId, version and organizationName. Type-only import: no runtime
 * dependency on the contracts lib, but a contract change that breaks this mapping fails to compile.
 */
export type OfferingSnapshotFacts = Omit<z.input<typeof OfferingSnapshot>, 'offeringId' | 'organizationId' | 'version' | 'organizationName'>;

/**
 * Maps a validated offering to the event snapshot's shape: `none_required` → [] (the contract's
 * "no certification required"), schedule → distinct days, radius area → flat {lat, lng, radiusM},
 * polygon positions → [lng, lat] pairs (altitude dropped), base → the offering's base, or the
 * radius centre when it has none (the same rule as distanceBaseOf).
 */
export function toOfferingSnapshotFacts(o: Offering): OfferingSnapshotFacts {
  const area = o.serviceArea;
  return {
    title: o.name,
    categories: [...o.categories],
    coverage: o.coverage,
    priceYen: o.price.amountYen,
    priceUnit: o.price.unit,
    eligibleCareLevels: o.eligibility.careLevels === 'none_required' ? [] : [...o.eligibility.careLevels],
    minAge: o.eligibility.minAge,
    maxAge: o.eligibility.maxAge,
    days: [...new Set(o.schedule.map((s) => s.day))].sort((a, b) => a - b),
    languages: [...o.languages],
    capacity: o.capacity.status,
    capacityConfirmedAt: o.capacity.confirmedAt,
    serviceArea:
      area.kind === 'radius'
        ? { kind: 'radius', lat: area.base.lat, lng: area.base.lng, radiusM: area.radiusM }
        : area.kind === 'polygon'
          ? { kind: 'polygon', geometry: { type: 'Polygon', coordinates: area.geometry.coordinates.map((ring) => ring.map((p) => [p[0], p[1]] as [number, number])) } }
          : { kind: 'municipalities', codes: [...area.codes] },
    base: distanceBaseOf(o),
  };
}
