import { CATEGORY_CODE, JIS_CODE_5, MatchingInputError } from './input.errors';
import type { OfferingReadModel } from './offering.types';
import type { GeoPoint, HelpRequestFacts } from './request.types';
import { isAgeBand, isCareLevel } from './senior-profile.types';

const validPoint = (p: GeoPoint): boolean =>
  Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180;

const validDays = (days: readonly number[]): boolean => days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6);

/** Lists what is wrong with a request (empty when valid). */
export function validateHelpRequest(request: HelpRequestFacts): string[] {
  const issues: string[] = [];
  if (!isCareLevel(request.careLevel)) issues.push(`careLevel '${String(request.careLevel)}' is not a care level`);
  if (!isAgeBand(request.ageBand)) issues.push(`ageBand '${String(request.ageBand)}' is not an age band`);
  if (typeof request.municipalityCode !== 'string' || !JIS_CODE_5.test(request.municipalityCode)) {
    issues.push('municipalityCode must be a 5-digit JIS code');
  }
  if (request.location !== null && (typeof request.location !== 'object' || !validPoint(request.location))) {
    issues.push('location must be null or {lat, lng} in WGS84 degrees');
  }
  if (!Array.isArray(request.needs) || request.needs.length === 0) issues.push('needs must list at least one category');
  else if (request.needs.some((n) => typeof n !== 'string' || !CATEGORY_CODE.test(n))) {
    issues.push('needs must be taxonomy category codes (lower_snake_case)');
  }
  const p = request.preferences;
  if (!p || !['covered', 'not_covered', 'any'].includes(p.coverage)) {
    issues.push("preferences.coverage must be 'covered', 'not_covered' or 'any'");
  } else {
    if (p.budgetYen != null && (!Number.isFinite(p.budgetYen) || p.budgetYen < 0)) {
      issues.push('preferences.budgetYen must be a number ≥ 0');
    }
    if (p.preferredDays != null && (!Array.isArray(p.preferredDays) || !validDays(p.preferredDays))) {
      issues.push('preferences.preferredDays must be integers 0 (Sunday) … 6 (Saturday)');
    }
    if (p.language != null && typeof p.language !== 'string') issues.push('preferences.language must be a string');
  }
  return issues;
}

/** Lists what is wrong with an offering read model (empty when valid). */
export function validateOffering(o: OfferingReadModel): string[] {
  const issues: string[] = [];
  const at = `offering ${String(o.id)}`;
  if (typeof o.id !== 'string' || o.id.length === 0) issues.push('offering id must be a non-empty string');
  if (typeof o.organizationId !== 'string' || o.organizationId.length === 0) issues.push(`${at}: organizationId missing`);
  if (!Array.isArray(o.categories)) issues.push(`${at}: categories must be an array`);
  if (!Number.isFinite(o.priceYen) || o.priceYen < 0) issues.push(`${at}: priceYen must be ≥ 0`);
  if (!Array.isArray(o.days) || !validDays(o.days)) issues.push(`${at}: days must be integers 0…6`);
  if (!Array.isArray(o.languages)) issues.push(`${at}: languages must be an array`);
  if (!Array.isArray(o.eligibleCareLevels) || !o.eligibleCareLevels.every(isCareLevel)) {
    issues.push(`${at}: eligibleCareLevels must be care levels`);
  }
  if (o.base !== null && (typeof o.base !== 'object' || !validPoint(o.base))) issues.push(`${at}: base must be null or {lat, lng}`);
  const a = o.serviceArea;
  if (!a || typeof a !== 'object') issues.push(`${at}: serviceArea missing`);
  else if (a.kind === 'municipalities') {
    if (!Array.isArray(a.codes) || a.codes.some((c) => !JIS_CODE_5.test(c))) issues.push(`${at}: serviceArea.codes must be 5-digit JIS codes`);
  } else if (a.kind === 'radius') {
    if (!validPoint({ lat: a.lat, lng: a.lng }) || !(a.radiusM > 0)) issues.push(`${at}: radius area needs a centre and radiusM > 0`);
  } else if (a.kind !== 'polygon') {
    issues.push(`${at}: serviceArea.kind must be municipalities, radius or polygon`);
  }
  // Malformed polygons are not thrown on: the area filter fails them with area_geometry_invalid.
  return issues;
}

export function assertValidHelpRequest(request: HelpRequestFacts): void {
  const issues = validateHelpRequest(request);
  if (issues.length) throw new MatchingInputError('help request', issues);
}
