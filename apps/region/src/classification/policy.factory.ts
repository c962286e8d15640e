import { badUserInput, FieldProblem } from '@sanpuku/platform';
import {
  ClassificationPolicy,
  ELLIPSOID_WGS84_MODEL,
  GUARD_BAND_M,
  MAX_SUPPORTED_RADIUS_M,
  SEED_DEFAULT_POLICY,
  SPHERE_MEAN_RADIUS_MODEL,
  validatePolicy,
} from '@sanpuku/region-domain';
import { CATEGORY_PATTERN, REGION_LIMITS } from '../common/input-limits';
import { DistanceModelCode, PolicyInput } from './classification.input';

const AT = '/input/policy';
const p = (field: string, code: string, messageJa: string, messageEn: string): FieldProblem => ({ path: `${AT}/${field}`, code, messageJa, messageEn });

/** Every problem of a policy input at once, each at its JSON Pointer (`/input/policy/radiusM`). */
function policyInputProblems(i: PolicyInput, policy: ClassificationPolicy): FieldProblem[] {
  const out: FieldProblem[] = [];
  if ([...i.id].length > REGION_LIMITS.policyId || !/^[a-z0-9][a-z0-9._-]*$/i.test(i.id)) {
    out.push(p('id', 'invalid_format', `方針の名前は英数字と . _ - の${REGION_LIMITS.policyId}文字以内です`, `A policy id is letters, digits, . _ and -, at most ${REGION_LIMITS.policyId} characters`));
  }
  if (!Number.isInteger(i.version) || i.version < 1) out.push(p('version', 'out_of_range', '版は1以上の整数です', 'The version is a whole number of at least 1'));
  if (!(policy.radiusM > GUARD_BAND_M && policy.radiusM <= MAX_SUPPORTED_RADIUS_M)) {
    out.push(p('radiusM', 'out_of_range', `半径は0.01 mより大きく${MAX_SUPPORTED_RADIUS_M.toLocaleString('en-US')} m以下です`, `The radius is over 0.01 m and at most ${MAX_SUPPORTED_RADIUS_M.toLocaleString('en-US')} m`));
  }
  const { generalCityMinPerKm2: g, largeCityMinPerKm2: l } = policy.densityTiers;
  if (!(Number.isFinite(g) && g > 0)) out.push(p('generalCityMinPerKm2', 'out_of_range', '一般市の下限は正の数です', 'The general-city minimum is a positive number'));
  if (!(Number.isFinite(l) && l > g)) out.push(p('largeCityMinPerKm2', 'out_of_range', '大都市部の下限は一般市の下限より大きい数です', 'The large-city minimum is above the general-city minimum'));
  const { segmentAMin: a, segmentBMin: b } = policy.sufficiencyThresholds;
  if (!(Number.isFinite(b) && b > 0 && b < 1)) out.push(p('segmentBMin', 'out_of_range', '「中」の基準は0より大きく1未満です', 'The threshold for medium is above 0 and below 1'));
  if (!(Number.isFinite(a) && a > b && a <= 1)) out.push(p('segmentAMin', 'out_of_range', '「高」の基準は「中」の基準より大きく1以下です', 'The threshold for high is above the one for medium and at most 1'));
  if (i.resourceCategories) {
    if (i.resourceCategories.length === 0 || i.resourceCategories.length > REGION_LIMITS.policyCategories) {
      out.push(p('resourceCategories', 'out_of_range', `拠点の種類は1〜${REGION_LIMITS.policyCategories}件です`, `List 1 to ${REGION_LIMITS.policyCategories} categories`));
    }
    i.resourceCategories.slice(0, REGION_LIMITS.policyCategories).forEach((c, k) => {
      if ([...c].length > REGION_LIMITS.category || !CATEGORY_PATTERN.test(c)) {
        out.push(p(`resourceCategories/${k}`, 'invalid_format', `種類は英小文字・数字・_の${REGION_LIMITS.category}文字以内です`, `A category is lower-case letters, digits and _, at most ${REGION_LIMITS.category} characters`));
      }
    });
  }
  const r = policy.care3PlusRatioOf75Plus;
  if (!(Number.isFinite(r) && r >= 0 && r < 1)) out.push(p('care3PlusRatioOf75Plus', 'out_of_range', '比率は0以上1未満です', 'The ratio is at least 0 and below 1'));
  return out;
}

/**
 * A policy from user input: the seed default with the given values replaced. A policy that
 * differs from the seed must carry its own id or version, so results stay reproducible by name.
 */
export function policyFromInput(i: PolicyInput | undefined | null): ClassificationPolicy {
  if (!i) return SEED_DEFAULT_POLICY;
  const s = SEED_DEFAULT_POLICY;
  const policy: ClassificationPolicy = {
    id: i.id,
    version: i.version,
    description: `custom policy ${i.id}@${i.version} based on ${s.id}@${s.version}`,
    radiusM: i.radiusM ?? s.radiusM,
    distanceModel: i.distanceModel === DistanceModelCode.sphere ? SPHERE_MEAN_RADIUS_MODEL : i.distanceModel === DistanceModelCode.ellipsoid_wgs84 ? ELLIPSOID_WGS84_MODEL : s.distanceModel,
    densityTiers: {
      generalCityMinPerKm2: i.generalCityMinPerKm2 ?? s.densityTiers.generalCityMinPerKm2,
      largeCityMinPerKm2: i.largeCityMinPerKm2 ?? s.densityTiers.largeCityMinPerKm2,
    },
    sufficiencyThresholds: { segmentAMin: i.segmentAMin ?? s.sufficiencyThresholds.segmentAMin, segmentBMin: i.segmentBMin ?? s.sufficiencyThresholds.segmentBMin },
    resourceCategories: i.resourceCategories ?? s.resourceCategories,
    care3PlusRatioOf75Plus: i.care3PlusRatioOf75Plus ?? s.care3PlusRatioOf75Plus,
  };
  const problems = policyInputProblems(i, policy);
  if (problems.length) throw badUserInput(problems);
  const same = JSON.stringify({ ...policy, id: s.id, version: s.version, description: s.description }) === JSON.stringify(s);
  if (!same && i.id === s.id && i.version === s.version) {
    throw badUserInput([p('id', 'policy_name_taken', '変更したポリシーには別の名前または版が必要です', 'A changed policy needs its own id or version')]);
  }
  if (same) return s;
  // The domain's own check stays the last word; the input checks above name the field of anything it would refuse.
  const domain = validatePolicy(policy);
  if (domain.length) throw badUserInput(domain.map((d) => ({ path: AT, code: 'invalid_value', messageJa: 'ポリシーが不正です', messageEn: d })));
  return policy;
}
