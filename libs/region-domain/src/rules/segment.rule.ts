import { ClassificationPolicy } from '../policy/classification.policy';
import { DensityTier } from './density-tier.rule';
import { atLeast } from './threshold.compare';

/** Market viability: A 市場性「高」, B 市場性「中」, C 市場性「低」. */
export type Segment = 'A' | 'B' | 'C';

/**
 * Which rule decided the segment:
 * - `rural`: density below the general-city threshold ⇒ C at any sufficiency.
 * - `sufficiency_undefined`: no at-home elderly to measure (see {@link decideSegment}) ⇒ C.
 * - `sufficiency_at_least_a` ⇒ A; `sufficiency_at_least_b` ⇒ B; `sufficiency_below_b` ⇒ C.
 */
export type SegmentReason =
  | 'rural'
  | 'sufficiency_undefined'
  | 'sufficiency_at_least_a'
  | 'sufficiency_at_least_b'
  | 'sufficiency_below_b';

/**
 * Seed rule: A = density ≥ 200 and sufficiency 80–100 %; B = density ≥ 200 and 40–80 %;
 * C = rural at any sufficiency, or sufficiency 0–40 %. Lower bounds are inclusive.
 *
 * `sufficiency === null` (a municipality with no at-home elderly, so the rate is 0/0) ⇒ C.
 * Reason: the segments grade the market for eldercare services; with nobody to serve there is
 * no market to speak of, and C's model (keep the most needed resources, link with public
 * programmes) is the only one that does not presuppose demand. We never grade A or B on a
 * number we could not measure. The contract event allows a null sufficiency with a segment.
 */
export function decideSegment(
  tier: DensityTier,
  sufficiency: number | null,
  thresholds: ClassificationPolicy['sufficiencyThresholds'],
): { segment: Segment; reason: SegmentReason } {
  if (tier === 'rural') return { segment: 'C', reason: 'rural' };
  if (sufficiency === null) return { segment: 'C', reason: 'sufficiency_undefined' };
  if (atLeast(sufficiency, thresholds.segmentAMin)) return { segment: 'A', reason: 'sufficiency_at_least_a' };
  if (atLeast(sufficiency, thresholds.segmentBMin)) return { segment: 'B', reason: 'sufficiency_at_least_b' };
  return { segment: 'C', reason: 'sufficiency_below_b' };
}
