import { ClassificationInput, MunicipalityInput, ResourceInput, TownBlockInput } from '../index';
import { geodesicDirect } from '@sanpuku/kernel';

/** A municipality with round numbers: density 1,000 /km² (general city) unless overridden. */
export function municipality(overrides: Partial<MunicipalityInput> & { code: string }): MunicipalityInput {
  return {
    name: `m-${overrides.code}`,
    unitType: 'municipality',
    population: 10_000,
    areaKm2: 10,
    pop75Plus: 1_000,
    care3Plus: 100,
    ...overrides,
  };
}

export function block(
  id: string,
  municipalityCode: string,
  lat: number,
  lng: number,
  extra: Partial<TownBlockInput> = {},
): TownBlockInput {
  return { id, municipalityCode, name: `block ${id}`, lat, lng, ...extra };
}

export function shop(id: string, lat: number, lng: number, category = 'convenience'): ResourceInput {
  return { id, category, lat, lng, name: `shop ${id}` };
}

/** A shop exactly `distanceM` metres (WGS84 geodesic) from a point, in direction `azimuthDeg`. */
export function shopAtDistance(
  id: string,
  from: { lat: number; lng: number },
  azimuthDeg: number,
  distanceM: number,
  category = 'convenience',
): ResourceInput {
  const p = geodesicDirect(from.lat, from.lng, azimuthDeg, distanceM);
  return shop(id, p.lat, p.lng, category);
}

export function input(
  municipalities: MunicipalityInput[],
  blocks: TownBlockInput[],
  resources: ResourceInput[],
  level: ClassificationInput['level'] = 'city',
): ClassificationInput {
  return { municipalities, blocks, resources, level };
}

export { seededRandom } from '@sanpuku/kernel';

/** Central Tokyo, 千代田区 飯田橋一丁目 representative point. */
export const IIDABASHI_1 = { lat: 35.69847, lng: 139.749414 };
