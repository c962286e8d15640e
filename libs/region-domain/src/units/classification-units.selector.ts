import { ClassificationLevel, Diagnostic, MunicipalityInput } from '../classification/classification.types';

/**
 * Which units are classified, and where each block is counted.
 *
 * The master lists a designated city (政令指定都市) both as itself and as its wards, so
 * classifying all rows would count every ward block twice. Rules:
 * - `municipality` and `tokyo_special_ward` rows are always units.
 * - level 'city': a designated city is one unit; the blocks of its wards are counted in the
 *   city. Its ward rows are not units. (A ward whose parent city is not in the input stays a
 *   unit of its own, with a warning.)
 * - level 'wards': each ward is a unit; a designated city that has at least one ward in the
 *   input is not a unit, and blocks filed directly under the city code cannot be placed (error
 *   diagnostic). (A designated city without any ward in the input stays a unit, with a note.)
 * - Duplicate codes: the first row wins.
 * Each block therefore lands in at most one unit.
 */
export interface UnitSelection {
  readonly level: ClassificationLevel;
  /** Units to classify, in input order. */
  readonly units: readonly MunicipalityInput[];
  /** Block municipality code → unit code. Codes absent from the map cannot be placed. */
  readonly unitCodeByBlockCode: ReadonlyMap<string, string>;
  /** Designated cities replaced by their wards (level 'wards'). */
  readonly replacedCityCodes: ReadonlySet<string>;
  readonly diagnostics: readonly Diagnostic[];
}

export function selectClassificationUnits(
  municipalities: readonly MunicipalityInput[],
  level: ClassificationLevel = 'city',
): UnitSelection {
  const diagnostics: Diagnostic[] = [];
  const rows: MunicipalityInput[] = [];
  const seen = new Set<string>();
  for (const m of municipalities) {
    if (seen.has(m.code)) {
      diagnostics.push({
        severity: 'error',
        code: 'duplicate_municipality',
        municipalityCode: m.code,
        message: `municipality ${m.code} appears more than once; the first row is used`,
      });
      continue;
    }
    seen.add(m.code);
    rows.push(m);
  }

  const cityCodes = new Set(rows.filter((m) => m.unitType === 'designated_city').map((m) => m.code));
  const citiesWithWards = new Set<string>();
  for (const m of rows) {
    if (m.unitType === 'designated_city_ward' && m.parentCode && cityCodes.has(m.parentCode)) {
      citiesWithWards.add(m.parentCode);
    }
  }

  const units: MunicipalityInput[] = [];
  const unitCodeByBlockCode = new Map<string, string>();
  const replacedCityCodes = new Set<string>();
  for (const m of rows) {
    if (m.unitType === 'designated_city_ward') {
      const parent = m.parentCode ?? null;
      if (parent !== null && cityCodes.has(parent)) {
        if (level === 'city') {
          unitCodeByBlockCode.set(m.code, parent);
          continue;
        }
      } else {
        diagnostics.push({
          severity: 'warning',
          code: 'ward_without_parent_city',
          municipalityCode: m.code,
          message: `ward ${m.code} has no designated city ${parent ?? '(none given)'} in the input; classified on its own`,
        });
      }
    } else if (m.unitType === 'designated_city' && level === 'wards') {
      if (citiesWithWards.has(m.code)) {
        replacedCityCodes.add(m.code);
        continue;
      }
      diagnostics.push({
        severity: 'info',
        code: 'designated_city_without_wards',
        municipalityCode: m.code,
        message: `designated city ${m.code} has no wards in the input; classified as one unit`,
      });
    }
    units.push(m);
    unitCodeByBlockCode.set(m.code, m.code);
  }
  return { level, units, unitCodeByBlockCode, replacedCityCodes, diagnostics };
}
