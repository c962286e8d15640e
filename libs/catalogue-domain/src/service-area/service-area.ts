import { booleanPointInPolygon } from '@turf/turf';
import type { LatLng, Offering, ServiceArea } from '../model/offering.model';
import { geodesicDistanceM } from './geodesic';

/** A point to locate. `municipalityCode` (5-digit JIS) is needed only for municipality-list areas. */
export interface PointToLocate extends LatLng {
  municipalityCode?: string | null;
}

export type ContainmentMethod = 'municipality_code' | 'geodesic_radius' | 'polygon';

export interface ContainmentResult {
  inside: boolean;
  method: ContainmentMethod;
  /** For radius areas, the geodesic distance from the area's base in metres; otherwise null. */
  distanceFromBaseM: number | null;
}

/** A municipality-list area was asked about a point whose municipality is unknown. */
export class MunicipalityCodeRequiredError extends Error {
  readonly code = 'municipality_code_required' as const;
  readonly messageJa = '市区町村単位の提供地域を判定するには、地点の市区町村コードが必要です。';
  readonly messageEn = "A municipality-list service area needs the point's municipality code.";
  constructor() {
    super("A municipality-list service area needs the point's municipality code.");
    this.name = 'MunicipalityCodeRequiredError';
  }
}

/**
 * Whether a point lies in a service area.
 * - municipalities: the point's 5-digit JIS code (resolved by the caller, e.g. the region service)
 *   is in the list. Throws MunicipalityCodeRequiredError when the code is missing.
 * - radius: geodesic distance on the WGS84 ellipsoid (Vincenty) from the base ≤ radiusM
 *   (exactly on the circle counts as inside, like the 500 m rule in docs/domain.md §4).
 * - polygon: turf booleanPointInPolygon, holes excluded; a point on the outer boundary or on a
 *   hole's boundary counts as inside. Edges are straight lines in longitude/latitude, which at
 *   service-area scale (≤ a few tens of km per edge) differs from geodesic edges by metres at most.
 */
export function locateInServiceArea(area: ServiceArea, point: PointToLocate): ContainmentResult {
  switch (area.kind) {
    case 'municipalities': {
      if (!point.municipalityCode) throw new MunicipalityCodeRequiredError();
      return { inside: area.codes.includes(point.municipalityCode), method: 'municipality_code', distanceFromBaseM: null };
    }
    case 'radius': {
      const d = geodesicDistanceM(area.base, point);
      return { inside: d <= area.radiusM, method: 'geodesic_radius', distanceFromBaseM: d };
    }
    case 'polygon':
      return { inside: booleanPointInPolygon([point.lng, point.lat], area.geometry), method: 'polygon', distanceFromBaseM: null };
  }
}

export function isInServiceArea(area: ServiceArea, point: PointToLocate): boolean {
  return locateInServiceArea(area, point).inside;
}

/** The base used to order offerings by distance: a radius area's centre, otherwise the offering's base (or null). */
export function distanceBaseOf(offering: Pick<Offering, 'serviceArea' | 'base'>): LatLng | null {
  return offering.serviceArea.kind === 'radius' ? offering.serviceArea.base : offering.base;
}

/** Geodesic distance in metres from the offering's distance base to the point, or null when it has no base. */
export function distanceFromBaseM(offering: Pick<Offering, 'serviceArea' | 'base'>, point: LatLng): number | null {
  const base = distanceBaseOf(offering);
  return base ? geodesicDistanceM(base, point) : null;
}

export interface RankedByDistance<T> {
  item: T;
  distanceM: number | null;
}

/**
 * Orders items by geodesic distance from their base to the point, nearest first; items without a
 * base come last. Ties (and base-less items) keep their input order, so callers can apply their
 * own fair rotation before or after.
 */
export function rankByDistance<T>(items: readonly T[], baseOf: (item: T) => LatLng | null, point: LatLng): RankedByDistance<T>[] {
  return items
    .map((item, index) => {
      const base = baseOf(item);
      return { item, distanceM: base ? geodesicDistanceM(base, point) : null, index };
    })
    .sort((a, b) => {
      if (a.distanceM === null || b.distanceM === null) {
        if (a.distanceM === b.distanceM) return a.index - b.index;
        return a.distanceM === null ? 1 : -1;
      }
      return a.distanceM - b.distanceM || a.index - b.index;
    })
    .map(({ item, distanceM }) => ({ item, distanceM }));
}
