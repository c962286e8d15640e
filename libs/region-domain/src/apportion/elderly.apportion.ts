import { Care3Method, Pop75Method } from '../classification/classification.types';

/**
 * Per-block 75+ and care-level-3+ figures for one classification unit, filling gaps from the
 * unit's own figures. Fractions are kept: apportioned people are never rounded away.
 *
 * 75+:
 * - every block has a count → used as is ('block_counts');
 * - otherwise the unit's 75+ minus the blocks' known counts is split EQUALLY over the blocks
 *   without a count ('apportioned_equally', or 'remainder_apportioned_equally' when some blocks
 *   had counts). Equal split because nothing finer is known about where the people live; a
 *   negative remainder is clamped to 0 (warning);
 * - no unit figure either → blocks without a count get 0 ('missing', warning).
 * care3+ (要介護3以上 among the 75+):
 * - every block has a count → used as is;
 * - otherwise the unit's care3+ minus known block counts is split over the other blocks BY
 *   EACH BLOCK'S SHARE OF 75+ (equally if those blocks hold no 75+), as docs/domain.md asks
 *   ('apportioned_by_75plus_share');
 * - no unit figure → care3+ = policy ratio × the block's 75+ ('ratio_of_75plus').
 * at-home elderly (在宅高齢者) = 75+ − care3+, clamped at 0 (warning).
 * Any apportioned or ratio-derived figure marks the block (and the unit) as estimated.
 */
export interface UnitElderlyFigures {
  readonly pop75Plus?: number | null;
  readonly care3Plus?: number | null;
}

export interface BlockElderlyFigures {
  readonly pop75Plus?: number | null;
  readonly care3Plus?: number | null;
}

export type ApportionWarning =
  | 'missing_75plus'
  | 'block_75plus_exceeds_municipality'
  | 'block_care3plus_exceeds_municipality'
  | 'care3plus_exceeds_75plus';

export interface ApportionmentResult {
  readonly pop75Plus: Float64Array;
  readonly care3Plus: Float64Array;
  readonly atHomeElderly: Float64Array;
  /** 1 when the block's 75+ figure is estimated. */
  readonly estimated75: Uint8Array;
  /** 1 when the block's care3+ figure is estimated. */
  readonly estimatedCare: Uint8Array;
  readonly pop75Method: Pop75Method;
  readonly care3Method: Care3Method;
  readonly warnings: readonly ApportionWarning[];
}

function known(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

export function apportionElderly(
  unit: UnitElderlyFigures,
  blocks: readonly BlockElderlyFigures[],
  care3PlusRatioOf75Plus: number,
): ApportionmentResult {
  const n = blocks.length;
  const out: ApportionmentOutput = {
    pop75Plus: new Float64Array(n),
    care3Plus: new Float64Array(n),
    atHomeElderly: new Float64Array(n),
    estimated75: new Uint8Array(n),
    estimatedCare: new Uint8Array(n),
  };
  const identity = new Uint32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  const methods = apportionElderlyInto(unit, blocks, identity, care3PlusRatioOf75Plus, out, 0);
  return { ...out, ...methods };
}

/** Output arrays shared by all units of a run; unit figures are written at `offset`. */
export interface ApportionmentOutput {
  readonly pop75Plus: Float64Array;
  readonly care3Plus: Float64Array;
  readonly atHomeElderly: Float64Array;
  readonly estimated75: Uint8Array;
  readonly estimatedCare: Uint8Array;
}

/**
 * Allocation-free form of {@link apportionElderly} used by the classification: the unit's blocks
 * are `blocks[indices[k]]`, results go to `out.*[offset + k]`.
 */
export function apportionElderlyInto(
  unit: UnitElderlyFigures,
  blocks: readonly BlockElderlyFigures[],
  indices: ArrayLike<number>,
  care3PlusRatioOf75Plus: number,
  out: ApportionmentOutput,
  offset: number,
): Pick<ApportionmentResult, 'pop75Method' | 'care3Method' | 'warnings'> {
  const n = indices.length;
  if (n === 0) return { pop75Method: 'no_blocks', care3Method: 'no_blocks', warnings: [] };
  const pop75 = out.pop75Plus;
  const care3 = out.care3Plus;
  const est75 = out.estimated75;
  const estCare = out.estimatedCare;
  const warnings: ApportionWarning[] = [];

  // 75+
  let knownSum = 0;
  let unknownCount = 0;
  for (let k = 0; k < n; k++) {
    const v = blocks[indices[k]].pop75Plus;
    if (known(v)) {
      pop75[offset + k] = v;
      knownSum += v;
    } else {
      pop75[offset + k] = 0;
      unknownCount++;
    }
    est75[offset + k] = 0;
  }
  let pop75Method: Pop75Method = 'block_counts';
  if (unknownCount > 0) {
    if (known(unit.pop75Plus)) {
      let remainder = unit.pop75Plus - knownSum;
      if (remainder < 0) {
        warnings.push('block_75plus_exceeds_municipality');
        remainder = 0;
      }
      const share = remainder / unknownCount;
      for (let k = 0; k < n; k++) {
        if (!known(blocks[indices[k]].pop75Plus)) {
          pop75[offset + k] = share;
          est75[offset + k] = 1;
        }
      }
      pop75Method = unknownCount === n ? 'apportioned_equally' : 'remainder_apportioned_equally';
    } else {
      warnings.push('missing_75plus');
      pop75Method = 'missing';
    }
  }

  // care3+
  let knownCare = 0;
  let unknownCare = 0;
  let unknownWeight = 0;
  for (let k = 0; k < n; k++) {
    const v = blocks[indices[k]].care3Plus;
    estCare[offset + k] = 0;
    if (known(v)) {
      care3[offset + k] = v;
      knownCare += v;
    } else {
      care3[offset + k] = 0;
      unknownCare++;
      unknownWeight += pop75[offset + k];
    }
  }
  let care3Method: Care3Method = 'block_counts';
  if (unknownCare > 0) {
    if (known(unit.care3Plus)) {
      care3Method = 'apportioned_by_75plus_share';
      let remainder = unit.care3Plus - knownCare;
      if (remainder < 0) {
        warnings.push('block_care3plus_exceeds_municipality');
        remainder = 0;
      }
      for (let k = 0; k < n; k++) {
        if (!known(blocks[indices[k]].care3Plus)) {
          care3[offset + k] =
            unknownWeight > 0 ? (remainder * pop75[offset + k]) / unknownWeight : remainder / unknownCare;
          estCare[offset + k] = 1;
        }
      }
    } else {
      care3Method = 'ratio_of_75plus';
      for (let k = 0; k < n; k++) {
        if (!known(blocks[indices[k]].care3Plus)) {
          care3[offset + k] = care3PlusRatioOf75Plus * pop75[offset + k];
          estCare[offset + k] = 1;
        }
      }
    }
  }

  let clamped = false;
  for (let k = 0; k < n; k++) {
    const v = pop75[offset + k] - care3[offset + k];
    if (v < 0) clamped = true;
    out.atHomeElderly[offset + k] = v > 0 ? v : 0;
  }
  if (clamped) warnings.push('care3plus_exceeds_75plus');
  return { pop75Method, care3Method, warnings };
}
