import { serviceAreaContains, type ContainmentMethod, type ServiceAreaShape } from '@sanpuku/kernel';
import type { LatLng, Offering, ServiceArea } from '../model/offering.model';
import { geodesicDistanceM } from './geodesic';

/** A point to locate. `municipalityCode` (5-digit JIS) is needed only for municipality-list areas. */
export interface PointToLocate extends LatLng {
  municipalityCode?: string | null;
}

export type { ContainmentMethod };

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

/** The catalogue's service area in the kernel's shape, where the one containment rule lives. */
export function serviceAreaShape(area: ServiceArea): ServiceAreaShape {
  switch (area.kind) {
    case 'municipalities':
      return area;
    case 'radius':
      return { kind: 'radius', center: area.base, radiusM: area.radiusM };
    case 'polygon':
      return { kind: 'polygon', rings: area.geometry.coordinates };
  }
}

/**
 * Whether a point lies in a service area, by the kernel's one rule (municipality list, WGS84
 * geodesic radius with the circle included, polygon with holes and edges included). A
 * municipality-list area needs the point's 5-digit JIS code (resolved by the caller, e.g. the
 * region service): MunicipalityCodeRequiredError when it is missing.
 */
export function locateInServiceArea(area: ServiceArea, point: PointToLocate): ContainmentResult {
  if (area.kind === 'municipalities' && !point.municipalityCode) throw new MunicipalityCodeRequiredError();
  const r = serviceAreaContains(serviceAreaShape(area), { point, municipalityCode: point.municipalityCode });
  return { inside: r.inside, method: r.method, distanceFromBaseM: r.distanceM };
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
