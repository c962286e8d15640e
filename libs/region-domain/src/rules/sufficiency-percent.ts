import { THRESHOLD_RELATIVE_TOLERANCE } from './threshold.compare';

/**
 * Sufficiency (0–1) as a percentage for people, with one decimal, rounded DOWN: the figure shown
 * never reaches a segment threshold (40 %, 80 %) the municipality did not reach, so a reader
 * who sees 79.9 % next to B is not puzzled by a rounded-up 80.0 %. A rate that the segment rule
 * treats as on the threshold (within its floating-point tolerance) shows the threshold itself.
 * null (no at-home elderly to measure) stays null.
 */
export function sufficiencyPercent(sufficiency: number | null): number | null {
  if (sufficiency === null || !Number.isFinite(sufficiency)) return null;
  return Math.floor(sufficiency * 1000 * (1 + THRESHOLD_RELATIVE_TOLERANCE)) / 10;
}
