/**
 * Boundaries include their lower bound ("exactly 200 is general_city", "exactly 80 % is A").
 * Density and sufficiency are quotients of floating-point numbers, so a value that is exactly on
 * a threshold mathematically can come out one ulp below it (34 / 0.17 = 199.99999999999997;
 * four of five blocks of 3 / 5 people = 0.7999999999999999). We therefore compare with a
 * relative tolerance of 1e-9: far below any real difference (a real municipality's density or
 * sufficiency cannot sit within 1e-9 of a threshold without being on it), far above rounding.
 */
export const THRESHOLD_RELATIVE_TOLERANCE = 1e-9;

/** value ≥ threshold, forgiving floating-point rounding. */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - THRESHOLD_RELATIVE_TOLERANCE * Math.max(1, Math.abs(threshold));
}
