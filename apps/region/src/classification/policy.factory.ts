import { badInput } from '@sanpuku/platform';
import { ClassificationPolicy, ELLIPSOID_WGS84_MODEL, SEED_DEFAULT_POLICY, SPHERE_MEAN_RADIUS_MODEL, validatePolicy } from '@sanpuku/region-domain';
import { DistanceModelCode, PolicyInput } from './classification.model';

/**
 * A policy from user input: the seed default with the given values replaced. A policy that
 * differs from the seed must carry its own id or version, so results stay reproducible by name.
 */
export function policyFromInput(p: PolicyInput | undefined | null): ClassificationPolicy {
  if (!p) return SEED_DEFAULT_POLICY;
  const s = SEED_DEFAULT_POLICY;
  const policy: ClassificationPolicy = {
    id: p.id,
    version: p.version,
    description: `custom policy ${p.id}@${p.version} based on ${s.id}@${s.version}`,
    radiusM: p.radiusM ?? s.radiusM,
    distanceModel: p.distanceModel === DistanceModelCode.sphere ? SPHERE_MEAN_RADIUS_MODEL : p.distanceModel === DistanceModelCode.ellipsoid_wgs84 ? ELLIPSOID_WGS84_MODEL : s.distanceModel,
    densityTiers: {
      generalCityMinPerKm2: p.generalCityMinPerKm2 ?? s.densityTiers.generalCityMinPerKm2,
      largeCityMinPerKm2: p.largeCityMinPerKm2 ?? s.densityTiers.largeCityMinPerKm2,
    },
    sufficiencyThresholds: { segmentAMin: p.segmentAMin ?? s.sufficiencyThresholds.segmentAMin, segmentBMin: p.segmentBMin ?? s.sufficiencyThresholds.segmentBMin },
    resourceCategories: p.resourceCategories ?? s.resourceCategories,
    care3PlusRatioOf75Plus: p.care3PlusRatioOf75Plus ?? s.care3PlusRatioOf75Plus,
  };
  const same = JSON.stringify({ ...policy, id: s.id, version: s.version, description: s.description }) === JSON.stringify(s);
  if (!same && p.id === s.id && p.version === s.version) {
    throw badInput('/input/policy/id', 'a changed policy needs its own id or version', '変更したポリシーには別のIDまたはバージョンが必要です');
  }
  if (same) return s;
  const problems = validatePolicy(policy);
  if (problems.length) throw badInput('/input/policy', problems.join('; '), `ポリシーが不正です: ${problems.join('; ')}`);
  return policy;
}
