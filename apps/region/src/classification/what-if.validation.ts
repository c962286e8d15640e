import { badUserInput, FieldProblem } from '@sanpuku/platform';
import { JAPAN_BOUNDS } from '@sanpuku/region-domain';
import { CATEGORY_PATTERN, REGION_LIMITS } from '../common/input-limits';
import { WhatIfInput } from './classification.input';

const p = (path: string, code: string, messageJa: string, messageEn: string): FieldProblem => ({ path, code, messageJa, messageEn });

/**
 * Every problem of a what-if input at once, each at its JSON Pointer (`/input/add/0/lat`):
 * coordinates must be finite and inside Japan (the bounds the imports use: latitude
 * 20–46° N, longitude 122–154° E, inclusive), categories are lower_snake_case codes, names and
 * lists are bounded, resource ids are digits. Nothing is dropped silently.
 */
export function whatIfProblems(input: WhatIfInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  const { minLat, maxLat, minLng, maxLng } = JAPAN_BOUNDS;
  if (input.add.length > REGION_LIMITS.whatIfAdd) {
    out.push(p('/input/add', 'too_many', `追加する拠点は${REGION_LIMITS.whatIfAdd}件までです`, `At most ${REGION_LIMITS.whatIfAdd} planned shops`));
  }
  input.add.slice(0, REGION_LIMITS.whatIfAdd).forEach((a, i) => {
    const at = `/input/add/${i}`;
    if (!Number.isFinite(a.lat)) out.push(p(`${at}/lat`, 'not_finite', '緯度が数値ではありません', 'Latitude must be a finite number'));
    else if (a.lat < minLat || a.lat > maxLat) {
      out.push(p(`${at}/lat`, 'outside_japan', `緯度は日本の範囲（北緯${minLat}〜${maxLat}度）で指定してください`, `Latitude must be within Japan (${minLat} to ${maxLat}° N)`));
    }
    if (!Number.isFinite(a.lng)) out.push(p(`${at}/lng`, 'not_finite', '経度が数値ではありません', 'Longitude must be a finite number'));
    else if (a.lng < minLng || a.lng > maxLng) {
      out.push(p(`${at}/lng`, 'outside_japan', `経度は日本の範囲（東経${minLng}〜${maxLng}度）で指定してください`, `Longitude must be within Japan (${minLng} to ${maxLng}° E)`));
    }
    if ([...a.category].length > REGION_LIMITS.category || !CATEGORY_PATTERN.test(a.category)) {
      out.push(
        p(
          `${at}/category`,
          'invalid_format',
          `種類は英小文字・数字・_の${REGION_LIMITS.category}文字以内です（例: convenience）`,
          `A category is lower-case letters, digits and _, at most ${REGION_LIMITS.category} characters (e.g. convenience)`,
        ),
      );
    }
    if (a.name != null && [...a.name].length > REGION_LIMITS.resourceName) {
      out.push(p(`${at}/name`, 'too_long', `名前は${REGION_LIMITS.resourceName}文字以内です`, `At most ${REGION_LIMITS.resourceName} characters`));
    }
  });
  if (input.removeResourceIds.length > REGION_LIMITS.whatIfRemove) {
    out.push(p('/input/removeResourceIds', 'too_many', `除く拠点は${REGION_LIMITS.whatIfRemove}件までです`, `At most ${REGION_LIMITS.whatIfRemove} resources to remove`));
  }
  input.removeResourceIds.slice(0, REGION_LIMITS.whatIfRemove).forEach((id, i) => {
    if (!new RegExp(`^\\d{1,${REGION_LIMITS.resourceId}}$`).test(id)) {
      out.push(p(`/input/removeResourceIds/${i}`, 'invalid_format', '拠点のIDは数字です', 'A resource id is a number'));
    }
  });
  return out;
}

export function assertValidWhatIf(input: WhatIfInput): void {
  const problems = whatIfProblems(input);
  if (problems.length) throw badUserInput(problems);
}
